"""The seventh blind set's truth agrees with what it draws (no score here: no app import)."""

from __future__ import annotations

import re
from datetime import datetime, time
from html import escape
from pathlib import Path

import pytest
from PIL import Image

from tests.blindgen7.cases import CALL_KINDS, CASES, PHONE, chrome, collector_key, truth
from tests.blindgen7.model import clock, number_key, when
from tests.blindgen7.pages import page_html
from tests.blindgen7.render import file_name, render_screen

# Skins and apps the earlier sets drew (tests/casegen, tests/blindgen … tests/blindgen6).
_EARLIER = {
    "miui", "hyperos", "hyperos_dark", "harmony", "harmony_next", "emui", "emui9", "ios",
    "ios_light", "ios_dark", "ios16", "ios_big", "originos", "coloros", "magicos", "oneui",
    "flyme", "realme", "oneplus", "myos", "nubia", "zui", "smartisan", "pixel", "zenui", "xperia",
    "tianyi", "elder", "fold", "you_light", "you_dark", "wechat", "wechat_en", "wecom",
    "dingtalk", "qq", "qq_group", "tim", "douyin_dm", "alipay", "feishu", "xiaohongshu", "weibo",
    "kuaishou", "xianyu", "bilibili", "meituan", "telegram", "momo", "soul", "zhihu", "tieba",
    "douyin", "moments", "mp", "sms_same", "tantan", "loanapp",
}  # fmt: skip
_STATUS = re.compile(r"\d+K/s|\b[45]G\b|\bHD\b|\d{1,3}%")
_SCREENS = [s for c in CASES.values() for s in c.screens]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).rstrip("。！？!?")


def _reads_as_ui(text: str, statuses: list[str], bars: list[str]) -> bool:
    """bench/screens_report.py's rule for UI text, restated so this test needs no app import."""
    flat = _flat(text)
    if any(_flat(s) in flat for s in statuses) or _STATUS.search(text):
        return True
    if flat in {w for b in bars for w in b.split() if len(w) >= 2}:
        return True
    return any(sum(w in flat for w in b.split() if len(w) >= 2) >= 2 for b in bars)


def test_set_is_large_and_new():
    assert len(CASES) >= 4
    assert len(_SCREENS) >= 32
    skins, apps = {s.skin for s in _SCREENS}, {s.app for s in _SCREENS}
    assert skins.isdisjoint(_EARLIER)
    assert apps.isdisjoint(_EARLIER)
    assert {"ipad_split", "pc_wechat_own", "coolpad", "eink", "sharp"} <= skins
    assert {"mms", "voicemail", "recorder", "shop_chat", "fraud_alert", "line_like"} <= apps
    kinds = {s.kind for s in _SCREENS}
    assert {"sms_list", "sms_thread", "call_log", "bill", "id", "doc"} <= kinds
    assert any(s.overlaps for s in _SCREENS)
    assert any(s.tall > 1 for s in _SCREENS)
    assert any(s.forwarded for s in _SCREENS)
    assert any(s.photo for s in _SCREENS)
    assert any(m.kind == "mms" and m.collector for s in _SCREENS for m in s.msgs)
    assert any(m.kind == "voice" and m.collector for s in _SCREENS for m in s.msgs)
    for case in CASES.values():
        assert 2 <= len(case.collectors) <= 5
        assert 2 <= len(case.contacts) <= 4
        assert any(s.owner != "borrower" for s in case.screens)


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    case = CASES[key]
    data = truth(case)
    collectors = set(data["collectors"])
    assert len(collectors) == len(case.collectors)
    assert all(collectors)
    assert set(data["contacts"]).isdisjoint(collectors)
    assert set(data["contacts"].values()).isdisjoint(collectors)
    assert set(data["calls"]) <= collectors
    names = data["screens"]
    assert len(set(names)) == len(names)
    assert data["loan"]["amount"] - data["loan"]["deducted"] == data["loan"]["received"]
    pages = {s.name: page_html(s) for s in case.screens}
    for quote in data["quotes"]:
        assert escape(quote["text"]) in pages[quote["screen"]]  # drawn whole on its screen
    for screen in case.screens:
        page = pages[screen.name]
        for part in screen.status.split():
            assert escape(part) in page
        assert not screen.overlaps or screen.overlaps in names[: names.index(screen.name)]
        for msg in screen.msgs:
            if msg.who != "me":
                assert msg.collector == (collector_key(msg.who) in collectors), msg.text
            assert escape(msg.text) in page
        for call in screen.calls:
            assert call.collector == (number_key(call.number) in collectors)
            assert escape(call.name or call.number) in page
            if call.count > 1:
                assert f"{escape(call.name or call.number)}({call.count})" in page
    bills = [s for s in case.screens if s.kind == "bill"]
    assert len(bills) == 1
    for value in data["loan"].values():
        assert f"{value:,}.00" in pages[bills[0].name]


@pytest.mark.parametrize("key", list(CASES))
def test_calls_sum_drawn_rows_with_overlaps_once(key):
    """Every drawn collector row's "(n)" summed, less the rows drawn again on a second screen.

    A row is drawn again when one phone shows it twice: two shots of one log share rows, and a
    recording lists a call its log shows too. Only those pairs may share rows.
    """
    case = CASES[key]
    want = truth(case)["calls"]
    naive: dict[str, int] = {}
    where: dict[tuple, list] = {}
    for screen in case.screens:
        if screen.kind not in CALL_KINDS:
            continue
        for call in screen.calls:
            if call.collector:
                number = number_key(call.number)
                naive[number] = naive.get(number, 0) + call.count
                where.setdefault((screen.owner, number, call.at), []).append((screen, call))
    again = {number: 0 for number in naive}
    for (_, number, _), shown in where.items():
        for screen, call in shown[1:]:
            first = shown[0][0]
            assert screen.overlaps == first.name or "recorder" in (screen.kind, first.kind)
            assert call.count == shown[0][1].count
            again[number] += call.count
    assert {n: naive[n] - again[n] for n in naive} == want
    overlapped = [s for s in case.screens if s.overlaps]
    assert all(any(len(v) > 1 and v[-1][0] is s for v in where.values()) for s in overlapped)


@pytest.mark.parametrize("key", list(CASES))
def test_span_is_the_conduct(key):
    case = CASES[key]
    lo, hi = truth(case)["span"]
    conduct = [m.at for s in case.screens for m in s.msgs if m.collector and m.quote]
    conduct += [c.at for s in case.screens for c in s.calls if c.collector]
    days = {d.date().isoformat() for d in conduct}
    assert lo in days
    assert hi in days
    assert all(lo <= d <= hi for d in days)
    notices = [m for s in case.screens for m in s.msgs if not m.quote]
    assert notices
    assert all(m.at.date().isoformat() < lo or not m.collector for m in notices)


@pytest.mark.parametrize("key", list(CASES))
def test_time_labels_are_drawn_and_before_the_capture(key):
    for screen in CASES[key].screens:
        page = page_html(screen)
        for msg in screen.msgs:
            assert msg.at <= screen.captured
            if msg.stamp:
                assert escape(when(msg.at, screen.captured, screen.style, screen.dates)) in page
        for call in screen.calls:
            assert call.at <= screen.captured
        timed = [c.at for c in screen.calls]
        assert timed == sorted(timed, reverse=True), screen.name  # newest first
        if screen.kind in ("sms_thread", "chat", "shop"):
            times = [m.at for m in screen.msgs]
            assert times == sorted(times), screen.name
        if screen.status:
            assert screen.status.startswith(clock(screen.captured, screen.style))


def test_no_true_quote_reads_as_ui():
    for case in CASES.values():
        data = truth(case)
        assert data["quotes"]
        assert data["tabs"] == chrome()
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote


def _night(moment: datetime) -> bool:
    return moment.hour >= 22 or moment.hour < 6


def test_night_only_on_the_status_clock_in_baotou():
    case = CASES["baotou"]
    moments = [x.at for s in case.screens for x in (*s.msgs, *s.calls)]
    assert all(time(8) <= m.time() <= time(21) for m in moments)
    assert any(_night(s.captured) and s.status.startswith("23:") for s in case.screens)
    for other in ("xiangtan", "zhaoqing", "wuhu"):
        calls = [c.at for s in CASES[other].screens for c in s.calls if c.collector]
        assert any(_night(m) for m in calls), other
        assert not all(_night(m) for m in calls), other


def test_file_names_are_unique_and_carry_the_capture():
    for key, case in CASES.items():
        names = [file_name(s, i, PHONE[key]) for i, s in enumerate(case.screens)]
        assert len(set(names)) == len(names)
        for name, screen in zip(names, case.screens, strict=True):
            if name.startswith("mmexport"):
                assert screen.forwarded
                assert (
                    datetime.fromtimestamp(int(name[8:21]) / 1000).date() == screen.captured.date()
                )
            else:
                assert f"{screen.captured:%Y}" in name


def test_one_forwarded_screen_renders_as_a_smaller_jpeg(tmp_path):
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("chromium is not installed")
    screen = next(s for s in CASES["zhaoqing"].screens if s.forwarded)
    path = render_screen(screen, tmp_path / "mmexport.jpg")
    with Image.open(path) as image:
        assert image.format == "JPEG"
        assert image.width == 360 * 2 * 3 // 4  # the e-ink phone's width, recompressed
