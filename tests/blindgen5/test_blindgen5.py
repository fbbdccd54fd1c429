"""The fifth blind set's truth agrees with what it draws (no score threshold: no model here)."""

from __future__ import annotations

import re
from datetime import datetime, time
from html import escape
from pathlib import Path

import pytest
from PIL import Image

from tests.blindgen5.cases import CASES, PHONE, chrome, collector_key, truth
from tests.blindgen5.model import number_key, read_label
from tests.blindgen5.render import file_name, page_html, render_case

# Skins and apps the earlier sets drew (tests/casegen, tests/blindgen … tests/blindgen4).
_EARLIER = {
    "miui", "hyperos", "hyperos_dark", "harmony", "harmony_next", "emui", "emui9", "ios",
    "ios_light", "ios_dark", "ios16", "ios_big", "originos", "coloros", "magicos", "oneui",
    "flyme", "realme", "oneplus", "myos", "nubia", "zui", "smartisan", "pixel", "zenui", "xperia",
    "wechat", "wechat_en", "wecom", "dingtalk", "qq", "qq_group", "tim", "douyin_dm", "alipay",
    "feishu", "xiaohongshu", "weibo", "kuaishou", "xianyu", "bilibili", "meituan", "telegram",
}  # fmt: skip
_STATUS = re.compile(r"\d+K/s|\b[45]G\b|\bHD\b|\d{1,3}%")


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
    screens = [s for c in CASES.values() for s in c.screens]
    assert len(CASES) >= 4
    assert len(screens) >= 32
    assert {s.skin for s in screens}.isdisjoint(_EARLIER)
    assert {s.app for s in screens}.isdisjoint(_EARLIER)
    assert {"momo", "soul", "zhihu", "tieba", "douyin", "moments", "mp", "sms_same"} <= {
        s.app for s in screens
    }
    assert {"tianyi", "elder", "fold", "you_light", "you_dark"} <= {s.skin for s in screens}
    assert {"cropped", "marked", "photo", "overlaps", "sent_via"} <= {
        k
        for s in screens
        for k in ("cropped", "marked", "photo", "overlaps", "sent_via")
        if getattr(s, k)
    }
    assert any(s.owner != "borrower" for s in screens)


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    case = CASES[key]
    data = truth(case)
    collectors = set(data["collectors"])
    assert all(data["collectors"])
    assert len(collectors) == len(case.collectors)
    assert set(data["contacts"]).isdisjoint(collectors)
    assert set(data["contacts"].values()).isdisjoint(collectors)
    assert set(data["calls"]) <= collectors
    names = data["screens"]
    assert len(set(names)) == len(names)
    lo, hi = data["span"]
    assert lo <= hi
    assert set(data["loan"]) == {"amount", "received", "deducted", "demanded"}
    assert data["loan"]["amount"] - data["loan"]["deducted"] == data["loan"]["received"]
    for screen in case.screens:
        page = page_html(screen)
        for part in screen.status.split():
            assert escape(part) in page
        assert not screen.overlaps or screen.overlaps in names[: names.index(screen.name)]
        for msg in screen.msgs:
            if msg.who != "me":
                # A message is a collector's exactly when its sender is one of the collectors.
                assert msg.collector == (collector_key(msg.who) in collectors), msg.text
            if msg.collector and msg.quote:
                assert lo <= msg.at.date().isoformat() <= hi
            assert escape(msg.text) in page  # drawn whole (an inbox row is cut by CSS only)
        for call in screen.calls:
            assert call.collector == (number_key(call.number) in collectors)
            assert escape(call.name or call.number) in page
            if call.count > 1:
                assert f"({call.count})" in page


@pytest.mark.parametrize("key", list(CASES))
def test_time_labels_say_the_true_time(key):
    """Every drawn separator or call-log time resolves, against the capture, to the true time."""
    for screen in CASES[key].screens:
        stamped = [(m.stamp, m.at) for m in screen.msgs if m.stamp]
        stamped += [(c.label, c.at) for c in screen.calls]
        for label, moment in stamped:
            day, clock = read_label(label, screen.captured)
            assert day == moment.date(), (screen.name, label)
            assert clock is None or clock == (moment.hour, moment.minute), (screen.name, label)
            assert moment <= screen.captured
        times = [m.at for m in screen.msgs if m.kind != "preview"]
        assert times == sorted(times), screen.name


def test_no_true_quote_reads_as_ui():
    for case in CASES.values():
        data = truth(case)
        assert data["quotes"]
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote
        assert data["tabs"] == chrome()


def _night(moment: datetime) -> bool:
    return moment.hour >= 22 or moment.hour < 6


def test_night_only_on_the_status_clock_in_xining():
    case = CASES["xining"]
    moments = [x.at for s in case.screens for x in (*s.msgs, *s.calls)]
    assert all(time(8) <= m.time() <= time(21) for m in moments)
    assert any(s.status.startswith("23:") for s in case.screens)
    for other in ("yinchuan", "mianyang"):
        calls = [c.at for s in CASES[other].screens for c in s.calls if c.collector]
        assert any(_night(m) for m in calls), other


def test_a_friend_scolds_but_is_no_collector():
    case = CASES["liuzhou"]
    data = truth(case)
    angry = [m for s in case.screens for m in s.msgs if m.who == "阿珍" and "过分" in m.text]
    assert angry
    assert "阿珍" in data["contacts"]
    assert not any(m.collector for m in angry)


def test_file_names_are_unique_and_carry_the_capture():
    for key, case in CASES.items():
        names = [file_name(s, i, PHONE[key]) for i, s in enumerate(case.screens)]
        assert len(set(names)) == len(names)
        for name, screen in zip(names, case.screens, strict=True):
            if name.startswith("mmexport"):
                sent = datetime.fromtimestamp(int(name[8:21]) / 1000)
                assert sent.date() == screen.captured.date()
            else:
                assert f"{screen.captured:%Y}" in name


def test_rendered_files_look_handed_in(tmp_path):
    """Photos carry EXIF dates; forwarded copies are smaller JPEGs; one file per screen."""
    pytest.importorskip("playwright")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("chromium is not installed")
    case = CASES["mianyang"]
    paths = render_case(case, tmp_path, PHONE["mianyang"])
    assert len(paths) == len(case.screens)
    widths = {}
    for path, screen in zip(paths, case.screens, strict=True):
        with Image.open(path) as image:
            widths[screen.name] = image.width
            if screen.photo:
                assert image.getexif().get(0x0132, "").startswith(f"{screen.captured:%Y:%m:%d}")
    assert widths["m01"] >= 1000
