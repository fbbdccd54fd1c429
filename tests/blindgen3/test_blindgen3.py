"""The third blind set's truth agrees with what it draws (no score threshold: no model here)."""

from __future__ import annotations

import re
from datetime import datetime, time
from html import escape
from pathlib import Path

import pytest
from PIL import Image

from tests.blindgen3.cases import CASES, PHONE, chrome, conduct, truth
from tests.blindgen3.docs import page_html
from tests.blindgen3.model import ascii_digits, number_key, read_label, who_key
from tests.blindgen3.render import SCREEN_H, file_name, render_case
from tests.blindgen3.skins import PHONES

# Phone skins and apps the earlier sets drew (tests/casegen, tests/blindgen, tests/blindgen2).
_EARLIER_SKINS = {"miui", "harmony", "emui", "ios", "ios_dark", "originos", "coloros", "magicos",
                  "oneui", "flyme", "ios_light", "harmony_next", "hyperos_dark", "hyperos",
                  "realme", "oneplus"}  # fmt: skip
_EARLIER_APPS = {"wechat", "dingtalk", "qq", "qq_group", "wecom", "douyin", "alipay"}
_STATUS = re.compile(r"\d+K/s|\b[45]G\b|\bHD\b|\d{1,3}%")
_CAPTURES = [c for m in CASES.values() for c in m.captures]


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
    assert len(_CAPTURES) >= 32
    assert {c.skin for c in _CAPTURES}.isdisjoint(_EARLIER_SKINS)
    assert {c.app for c in _CAPTURES}.isdisjoint(_EARLIER_APPS)
    apps = {"lark", "xhs", "weibo", "shopchat", "wechat_care", "wechat_family", "sms", "dialer"}
    assert apps <= {c.app for c in _CAPTURES}
    kinds = {"chat", "group", "sms_thread", "sms_list", "call_log", "bill", "paper", "id_card"}
    assert kinds | {"pad_chat"} <= {c.kind for c in _CAPTURES}
    assert any(c.tall for c in _CAPTURES)
    assert {"wechat", "wechat_pc"} <= {c.sent_via for c in _CAPTURES}
    assert sum(c.owner != "borrower" for c in _CAPTURES) >= 4
    assert sum(bool(c.overlaps) for c in _CAPTURES) >= 4
    dials = [d for c in _CAPTURES for d in c.dials]
    assert {"卡1", "卡2"} <= {d.sim for d in dials}
    assert {"今天", "昨天", "10月12日"} <= {d.day for d in dials}
    shown = [d.shown for d in dials] + [c.title for c in _CAPTURES]
    assert any(s.startswith("+86") for s in shown)
    assert any(re.fullmatch(r"\d{3} \d{4} \d{4}", s) for s in shown)
    assert any(re.fullmatch(r"\d{3}-\d{4}-\d{4}", s) for s in shown)
    texts = [line.text for c in _CAPTURES for line in c.said]
    assert any(ascii_digits(t) != t for t in texts)  # full-width digits
    assert any(re.search("[\U0001f300-\U0001faff]", t) for t in texts)  # emoji
    assert PHONES["zui_pad"].width * PHONES["zui_pad"].scale == 1600


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    matter = CASES[key]
    data = truth(matter)
    collectors = set(data["collectors"])
    assert all(data["collectors"])
    assert len(collectors) == len(matter.collectors)
    assert set(data["contacts"]).isdisjoint(collectors)
    assert (set(data["contacts"].values()) - {""}).isdisjoint(collectors)
    assert set(data["calls"]) <= collectors
    names = data["screens"]
    assert len(set(names)) == len(names)
    lo, hi = data["span"]
    pages = {c.name: page_html(c) for c in matter.captures}
    everything = "".join(pages.values())
    for who in matter.collectors:
        assert escape(who) in everything, who
    owners = {c.owner for c in matter.captures}
    for name, _ in matter.contacts:  # drawn, or the owner of a forwarded phone
        assert escape(name) in everything or name in owners, name
    for cap in matter.captures:
        page = pages[cap.name]
        for part in cap.status.split():
            assert escape(part) in page
        assert not cap.overlaps or cap.overlaps in names[: names.index(cap.name)]
        for line in cap.said:
            if line.who not in ("me", ""):
                # A line is a collector's exactly when its sender is one of the collectors.
                assert line.collector == (who_key(line.who) in collectors), line
            if line.collector and not line.notice:
                assert lo <= line.at.date().isoformat() <= hi
            assert escape(line.text) in page  # drawn whole (an inbox row is cut by CSS only)
        for dial in cap.dials:
            assert dial.collector == (number_key(dial.shown) in collectors), dial
            assert escape(dial.shown) in page
            if dial.count > 1:
                assert f"({dial.count})" in page
        for label, value in cap.fields:
            assert all(escape(part) in page for part in value.split("\n")), label


@pytest.mark.parametrize("key", list(CASES))
def test_loan_figures_are_drawn(key):
    """Each true loan figure is printed on the bill page or in the platform's texts."""
    matter = CASES[key]
    drawn = " ".join(
        [v for c in matter.captures for _, v in c.fields]
        + [line.text for c in matter.captures for line in c.said if line.collector]
    ).replace(",", "")
    for field, value in matter.loan.items():
        assert f"{value:.2f}" in drawn, field


@pytest.mark.parametrize("key", list(CASES))
def test_time_labels_say_the_true_time(key):
    """Every drawn separator or call-log time resolves, against the capture, to the true time."""
    for cap in CASES[key].captures:
        stamped = [(line.stamp, line.at) for line in cap.said if line.stamp]
        stamped += [(f"{d.day} {d.when}".strip(), d.at) for d in cap.dials]
        for label, moment in stamped:
            day, clock = read_label(label, cap.captured)
            assert day == moment.date(), (cap.name, label)
            assert clock is None or clock == (moment.hour, moment.minute), (cap.name, label)
            assert moment <= cap.captured
        # Threads run oldest first, logs and inboxes newest first.
        times = [line.at for line in cap.said if not line.preview]
        assert times == sorted(times)
        listed = [d.at for d in cap.dials] + [line.at for line in cap.said if line.preview]
        assert listed == sorted(listed, reverse=True)


def test_no_true_quote_reads_as_ui():
    for matter in CASES.values():
        data = truth(matter)
        assert data["quotes"]
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote
        assert data["tabs"] == chrome()


def test_night_is_only_on_the_status_clock_in_nanchang():
    matter = CASES["nanchang"]
    moments = [x.at for c in matter.captures for x in (*c.said, *c.dials)]
    assert all(time(8) <= m.time() <= time(21) for m in moments)
    assert any(c.status.startswith(("22:", "23:")) for c in matter.captures)
    for key in ("lanzhou", "haikou"):  # the others have calls and texts in the night
        assert any(m.hour >= 22 or m.hour < 6 for m in conduct(CASES[key]))


def test_file_names_are_unique_and_carry_the_capture():
    for key, matter in CASES.items():
        names = [file_name(c, i, PHONE[key]) for i, c in enumerate(matter.captures)]
        assert len(set(names)) == len(names)
        for name, cap in zip(names, matter.captures, strict=True):
            if name.startswith("mmexport"):
                sent = datetime.fromtimestamp(int(name[8:21]) / 1000)
                assert sent.date() == cap.captured.date()
            elif name.startswith("S") and not name.startswith("Screenshot"):
                assert name[1:7] == f"{cap.captured:%y%m%d}"  # Smartisan: S<yymmdd>-<hhmmss>
            elif not re.fullmatch(r"IMG_\d{4}\.(PNG|JPG)", name):  # iPhones: EXIF only
                assert f"{cap.captured:%Y}" in name.replace("-", "")


def test_rendered_files_look_handed_in(tmp_path):
    """A long capture runs long, forwarded shots are small JPEGs, photos carry EXIF."""
    pytest.importorskip("playwright")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("chromium is not installed")
    matter = CASES["haikou"]
    paths = render_case(matter, tmp_path, PHONE["haikou"])
    assert len(paths) == len(matter.captures)
    sizes = {}
    for path, cap in zip(paths, matter.captures, strict=True):
        with Image.open(path) as image:
            sizes[cap.name] = image.size
            if cap.skin == "camera":
                stamp = image.getexif().get(0x0132, "")
                assert stamp.startswith(f"{cap.captured:%Y:%m:%d}")
    assert sizes["d05"][0] == 720
    assert sizes["d02"][0] >= 1000
    assert sizes["d01"][1] > 2.4 * sizes["d01"][0]  # the long capture
    for cap in matter.captures:
        w, h = sizes[cap.name]
        if cap.skin != "camera" and not cap.tall:  # one screen: everything drawn is on it
            assert h / w <= SCREEN_H[cap.skin] / PHONES[cap.skin].width + 0.01, cap.name
