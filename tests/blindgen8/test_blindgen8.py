"""The eighth blind set's truth agrees with what it draws (no score threshold: no model here)."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from html import escape
from pathlib import Path

import pytest
from PIL import Image

from tests.blindgen8.cases import CASES, PHONE, chrome, collector_key, conduct, messages, truth
from tests.blindgen8.model import label
from tests.blindgen8.pages import count_text
from tests.blindgen8.render import file_name, page_html, render_case

# Skins and apps the earlier sets drew (the brief's list): none may come back here.
_EARLIER = {
    "miui", "hyperos", "hyperos_dark", "harmony", "harmony_next", "emui", "emui9", "ios",
    "ios_light", "ios_dark", "ios16", "ios_big", "originos", "coloros", "magicos", "oneui",
    "flyme", "realme", "oneplus", "myos", "nubia", "zui", "smartisan", "pixel", "zenui", "xperia",
    "tianyi", "elder", "fold", "you_light", "you_dark", "nothing", "hios", "aosp_dark", "lineage",
    "ipad_split", "pc_wechat_own", "coolpad", "eink", "sharp", "camera_own",
    "wechat", "wechat_en", "wecom", "dingtalk", "qq", "qq_group", "tim", "douyin_dm", "alipay",
    "feishu", "xiaohongshu", "weibo", "kuaishou", "xianyu", "bilibili", "meituan", "telegram",
    "momo", "soul", "zhihu", "tieba", "douyin", "moments", "mp", "sms_same", "tantan", "loanapp",
    "lockscreen", "incall", "sms_rcs", "mail163", "wechat_dark_own", "merged_record", "shop_chat",
    "line_like", "voicemail", "recorder", "mms", "fraud_alert", "weixin_pc",
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
    assert {s.skin for s in _SCREENS} == {"holo", "kaios", "lite_go", "hm_large"}
    apps = {s.app for s in _SCREENS}
    assert apps.isdisjoint(_EARLIER)
    assert {s.skin for s in _SCREENS}.isdisjoint(_EARLIER)
    assert {"blocker", "contact_detail", "parents_group", "guestbook", "channels_dm"} <= apps
    assert {"dialer", "sms_thread", "msg_inbox", "chat1v1", "bill", "paper"} <= apps
    assert {s.extra.get("paper") for s in _SCREENS} >= {"idcard", "letter"}
    for flag in ("overlaps", "forwarded", "photo", "tall"):
        assert any(getattr(s, flag) for s in _SCREENS), flag
    assert any(m.kind == "shot" and m.inner for s in _SCREENS for m in s.msgs)
    assert {s.style for s in _SCREENS if s.calls} >= {"12", "day"}


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
    assert len(set(data["screens"])) == len(data["screens"])
    assert any(s.owner == "borrower" for s in case.screens)
    assert any(s.owner != "borrower" for s in case.screens)
    assert set(data["loan"]) == {"amount", "received", "deducted", "demanded"}
    assert data["loan"]["amount"] - data["loan"]["deducted"] == data["loan"]["received"]
    lo, hi = data["span"]
    quoted = {q["text"] for q in data["quotes"]}
    for screen in case.screens:
        page = page_html(screen)
        for part in screen.status.split():
            assert escape(part) in page
        if screen.overlaps:
            earlier = next(s for s in case.screens if s.name == screen.overlaps)
            assert set(earlier.calls) & set(screen.calls)
        for msg in messages(screen):
            assert escape(msg.text) in page  # drawn whole (an inbox row is cut by CSS only)
            if conduct(case, msg):
                assert lo <= msg.at.date().isoformat() <= hi
                assert msg.kind != "text" or msg.text in quoted
            assert msg.at <= screen.captured
        for call in screen.calls:
            assert escape(call.name or call.number) in page
            assert count_text(call, screen.app) in page
            assert call.at <= screen.captured
    for quote in data["quotes"]:
        screen = next(s for s in case.screens if s.name == quote["screen"])
        assert escape(quote["text"]) in page_html(screen)


@pytest.mark.parametrize("key", list(CASES))
def test_call_counts_sum_the_drawn_rows(key):
    """Per number: every row's count once, a row on two shots of one list counted once."""
    case = CASES[key]
    rows = {
        (s.owner, c.number, c.at): c.count
        for s in case.screens
        for c in s.calls
        if collector_key(c.number) in truth(case)["collectors"]
    }
    drawn = sum(c.count for s in case.screens for c in s.calls if (s.owner, c.number, c.at) in rows)
    assert sum(truth(case)["calls"].values()) == sum(rows.values()) < drawn


def test_lists_run_newest_first():
    for screen in _SCREENS:
        listed = screen.app in ("dialer", "blocker", "contact_detail", "msg_inbox", "guestbook")
        if listed or screen.extra.get("list"):
            moments = [x.at for x in (*screen.calls, *screen.msgs)]
            assert moments == sorted(moments, reverse=True), screen.name
        elif screen.app != "paper":
            moments = [m.at for m in screen.msgs]
            assert moments == sorted(moments), screen.name


def test_no_true_quote_reads_as_ui():
    for case in CASES.values():
        data = truth(case)
        assert data["quotes"]
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote
        assert data["tabs"] == chrome()


def test_labels_word_the_moment():
    captured = datetime(2026, 11, 26, 23, 16)
    assert label(captured - timedelta(hours=3), captured, "12") == "晚上8:16"
    assert label(datetime(2026, 11, 25, 8, 20), captured, "12") == "昨天 上午8:20"
    assert label(datetime(2026, 11, 23, 12, 40), captured, "12") == "周一 下午12:40"
    assert label(datetime(2026, 11, 19, 18, 30), captured, "day") == "11/19"
    assert label(datetime(2026, 11, 3, 9, 5), captured, "ymd") == "2026/11/03 09:05"


def _night(moment: datetime) -> bool:
    return moment.hour >= 22 or moment.hour < 6


def test_night_only_on_the_status_clock_in_zibo():
    case = CASES["zibo"]
    moments = [x.at for s in case.screens for x in (*messages(s), *s.calls)]
    assert all(time(8) <= m.time() <= time(21) for m in moments)
    assert any(s.status.startswith("23:") for s in case.screens)
    for other in ("kunming", "ganzhou", "nanchong"):
        calls = [c.at for s in CASES[other].screens for c in s.calls if c.count > 1]
        assert any(_night(m) for m in calls), other
        assert not all(_night(m) for m in calls), other


def test_file_names_are_unique_and_carry_the_capture():
    for key, case in CASES.items():
        names = [file_name(s, i, PHONE[key]) for i, s in enumerate(case.screens)]
        assert len(set(names)) == len(names)
        for name, screen in zip(names, case.screens, strict=True):
            if name.startswith("mmexport"):
                assert (
                    datetime.fromtimestamp(int(name[8:21]) / 1000).date() == screen.captured.date()
                )
            else:
                assert f"{screen.captured:%Y}" in name


def test_one_forwarded_screen_renders_as_a_small_jpeg(tmp_path):
    pytest.importorskip("playwright")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("chromium is not installed")
    case = CASES["ganzhou"]
    one = next(s for s in case.screens if s.app == "parents_group")
    small = type(case)(case.key, case.borrower, case.platform, case.collectors, case.contacts,
                       case.loan, (one,))  # fmt: skip
    (path,) = render_case(small, tmp_path, PHONE["ganzhou"])
    assert path.name.startswith("mmexport")
    assert path.suffix == ".jpg"
    with Image.open(path) as image:
        assert image.format == "JPEG"
        assert image.width < 540
