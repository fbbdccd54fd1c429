"""The sixth blind set's truth agrees with what it draws (no score threshold: no app here)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time
from html import escape
from pathlib import Path

import pytest

from tests.blindgen6.cases import CASES, PHONE, QUOTED, chrome, collector_key, truth
from tests.blindgen6.model import number_key
from tests.blindgen6.render import file_name, page_html, render_case

# Skins and apps the earlier sets drew (tests/casegen, tests/blindgen … tests/blindgen5).
_EARLIER = {
    "miui", "hyperos", "hyperos_dark", "harmony", "harmony_next", "emui", "emui9", "ios",
    "ios_light", "ios_dark", "ios16", "ios_big", "originos", "coloros", "magicos", "oneui",
    "flyme", "realme", "oneplus", "myos", "nubia", "zui", "smartisan", "pixel", "zenui", "xperia",
    "tianyi", "elder", "fold", "you_light", "you_dark",
    "wechat", "wechat_en", "wecom", "dingtalk", "qq", "qq_group", "tim", "douyin_dm", "alipay",
    "feishu", "xiaohongshu", "weibo", "kuaishou", "xianyu", "bilibili", "meituan", "telegram",
    "momo", "soul", "zhihu", "tieba", "douyin", "moments", "mp", "sms_same", "tantan", "loanapp",
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


def _night(moment) -> bool:
    return moment.hour >= 22 or moment.hour < 6


def test_set_is_large_and_new():
    assert len(CASES) >= 4
    assert len(_SCREENS) >= 32
    skins = {s.skin for s in _SCREENS}
    apps = {s.app for s in _SCREENS}
    assert skins == {"nothing", "hios", "aosp_dark", "lineage"}
    assert skins.isdisjoint(_EARLIER)
    assert apps.isdisjoint(_EARLIER)
    assert {
        "sms_rcs", "lockscreen", "incall", "mail163", "wechat_dark_own", "merged_record",
        "sms_hios", "dialer_hios", "dialer_aosp", "sms_lineage", "idcard_photo", "doc_photo",
    } <= apps  # fmt: skip
    assert any(s.overlaps for s in _SCREENS)
    assert any(s.forwarded for s in _SCREENS)
    assert any(s.height >= 1000 for s in _SCREENS)  # long captures
    assert any(m.kind == "card" for s in _SCREENS for m in s.msgs)
    assert any(s.extra.get("group") for s in _SCREENS)


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    case = CASES[key]
    data = truth(case)
    collectors = set(data["collectors"])
    assert 2 <= len(collectors) == len(case.collectors) <= 5
    assert 2 <= len(data["contacts"]) <= 4
    assert set(data["contacts"]).isdisjoint(collectors)
    assert set(data["contacts"].values()).isdisjoint(collectors)
    assert set(data["calls"]) <= collectors
    names = data["screens"]
    assert len(set(names)) == len(names)
    loan = data["loan"]
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]
    lo, hi = data["span"]
    pages = {s.name: page_html(s) for s in case.screens}
    for screen in case.screens:
        page = pages[screen.name]
        for part in screen.status.split():
            assert escape(part) in page
        for msg in screen.msgs:
            if msg.who != "me":
                assert msg.collector == (collector_key(msg.who) in collectors), msg.text
            if msg.collector and msg.quote:
                assert lo <= msg.at.date().isoformat() <= hi
            assert escape(msg.text) in page
            assert msg.at <= screen.captured
        for call in screen.calls:
            assert call.collector == (number_key(call.number) in collectors)
            assert call.at <= screen.captured
            assert lo <= call.at.date().isoformat() <= hi or not call.collector
            assert escape(call.name or call.number) in page
            if call.count > 1:
                assert f"({call.count})" in page
        if screen.overlaps:
            earlier = next(s for s in case.screens if s.name == screen.overlaps)
            assert names.index(earlier.name) < names.index(screen.name)
            assert set(earlier.calls) & set(screen.calls)
        if screen.app == "bill_own":
            assert f"{loan['demanded']:,.2f}" in page
            assert f"{loan['received']:,.2f}" in page
    for quote in data["quotes"]:
        assert escape(quote["text"]) in pages[quote["screen"]]
    # The sums: every distinct collector row once.
    rows = {
        (s.owner, c.number, c.at): c.count for s in case.screens for c in s.calls if c.collector
    }
    assert sum(data["calls"].values()) == sum(rows.values())
    conduct = [m.at for s in case.screens for m in s.msgs if m.collector and m.quote]
    conduct += [c.at for s in case.screens for c in s.calls if c.collector]
    assert min(conduct).date().isoformat() == lo
    assert max(conduct).date().isoformat() == hi


def test_quotes_are_whole_messages_and_no_ui():
    for case in CASES.values():
        data = truth(case)
        assert len(data["quotes"]) >= 6
        kinds = {m.text: m.kind for s in case.screens for m in s.msgs if m.collector}
        for quote in data["quotes"]:
            assert kinds[quote["text"]] in QUOTED
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote
        assert data["tabs"] == chrome()


def test_a_notice_is_no_conduct():
    notices = [m for s in _SCREENS for m in s.msgs if m.collector and not m.quote]
    assert notices
    for case in CASES.values():
        texts = {q["text"] for q in truth(case)["quotes"]}
        assert not texts & {m.text for m in notices}


def test_night_only_on_the_status_clock_in_baotou():
    case = CASES["baotou"]
    moments = [x.at for s in case.screens for x in (*s.msgs, *s.calls)]
    assert all(time(8) <= m.time() <= time(21) for m in moments)
    assert not any(s.app == "lockscreen" for s in case.screens)  # its big clock would show
    assert any(_night(s.captured) and s.status for s in case.screens)
    for other in ("zhuzhou", "jiujiang", "zhaoqing"):
        calls = [c.at for s in CASES[other].screens for c in s.calls if c.collector]
        assert any(_night(m) for m in calls), other
        assert not all(_night(m) for m in calls), other


def test_file_names_are_unique_and_look_handed_in():
    for key, case in CASES.items():
        names = [file_name(s, i, PHONE[key]) for i, s in enumerate(case.screens)]
        assert len(set(names)) == len(names)
        for name, screen in zip(names, case.screens, strict=True):
            if screen.forwarded:
                assert name.startswith("mmexport")
                assert name.endswith(".jpg")
                assert screen.owner != "borrower"
            elif screen.photo:
                assert name.startswith("IMG_")
                assert name.endswith(".jpg")
            else:
                assert name.startswith("Screenshot_")
                assert screen.owner == "borrower"


def test_one_screen_renders_as_a_phone_shot(tmp_path):
    """One real render (chromium): a 1080-pixel-wide PNG."""
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("chromium is not installed")
    from PIL import Image

    case = CASES["zhaoqing"]
    one = replace(case, screens=case.screens[:1])
    (path,) = render_case(one, tmp_path, PHONE["zhaoqing"])
    with Image.open(path) as image:
        assert image.size == (1080, 3 * case.screens[0].height)
