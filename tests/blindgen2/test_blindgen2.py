"""The second blind set's truth agrees with what it draws (no score threshold: no model here)."""

from __future__ import annotations

import re
from datetime import datetime, time
from html import escape
from pathlib import Path

import pytest
from PIL import Image

from tests.blindgen2.cases import CASES, PHONE, chrome, collector_key, truth
from tests.blindgen2.model import number_key, read_label
from tests.blindgen2.render import file_name, page_html, render_case

# Skins and apps the earlier generators drew (tests/casegen, tests/blindgen).
_EARLIER_SKINS = {"miui", "harmony", "ios", "ios_dark", "originos", "coloros", "magicos", "oneui"}
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
    shots = [s for c in CASES.values() for s in c.shots]
    assert len(CASES) >= 4
    assert len(shots) >= 32
    assert {s.skin for s in shots}.isdisjoint(_EARLIER_SKINS)
    assert {"wecom", "qq_group", "dingtalk", "douyin", "alipay"} <= {s.app for s in shots}
    kinds = {"chat", "group", "sms_thread", "sms_list", "call_log", "contact", "id_card", "paper"}
    assert kinds | {"bill"} <= {s.kind for s in shots}
    assert any(s.owner != "borrower" for s in shots)
    assert any(s.overlaps for s in shots)
    assert any(s.sent_via for s in shots)
    assert any(line.kind == "voice" for s in shots for line in s.lines)


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    story = CASES[key]
    data = truth(story)
    collectors = set(data["collectors"])
    assert all(data["collectors"])
    assert len(collectors) == len(story.collectors)
    assert set(data["contacts"]).isdisjoint(collectors)
    assert set(data["contacts"].values()).isdisjoint(collectors)
    assert set(data["calls"]) <= collectors
    names = data["screens"]
    assert len(set(names)) == len(names)
    lo, hi = data["span"]
    assert lo <= hi
    for shot in story.shots:
        page = page_html(shot)
        for part in shot.status.split():
            assert escape(part) in page
        assert not shot.overlaps or shot.overlaps in names[: names.index(shot.name)]
        for line in shot.lines:
            if line.who != "me":
                # A line is a collector's exactly when its sender is one of the collectors.
                assert line.by_collector == (collector_key(line.who) in collectors)
            if line.by_collector:
                assert lo <= line.at.date().isoformat() <= hi
            if line.kind != "image":
                assert escape(line.text) in page  # drawn whole (an inbox row is cut by CSS only)
        for ring in shot.rings:
            assert ring.collector == (number_key(ring.number) in collectors)
            assert escape(ring.name or ring.number) in page
            if ring.count > 1:
                assert f"({ring.count})" in page


@pytest.mark.parametrize("key", list(CASES))
def test_time_labels_say_the_true_time(key):
    """Every drawn separator or call-log time resolves, against the capture, to the true time."""
    for shot in CASES[key].shots:
        stamped = [(line.stamp, line.at) for line in shot.lines if line.stamp]
        stamped += [(ring.label, ring.at) for ring in shot.rings]
        for label, moment in stamped:
            day, clock = read_label(label, shot.captured)
            assert day == moment.date(), (shot.name, label)
            assert clock is None or clock == (moment.hour, moment.minute), (shot.name, label)
            assert moment <= shot.captured
        # Lines run in time order, each after the stamp above it.
        times = [line.at for line in shot.lines if line.kind != "preview"]
        assert times == sorted(times)


def test_no_true_quote_reads_as_ui():
    for story in CASES.values():
        data = truth(story)
        assert data["quotes"]
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote
        assert data["tabs"] == chrome()


def test_the_only_night_in_shijiazhuang_is_the_status_clock():
    story = CASES["shijiazhuang"]
    moments = [x.at for s in story.shots for x in (*s.lines, *s.rings)]
    assert all(time(8) <= m.time() <= time(21) for m in moments)
    assert any(s.status.startswith("23:") for s in story.shots)
    # The other cases do have calls in the night.
    night = [r.at for s in CASES["guiyang"].shots for r in s.rings if r.collector]
    assert any(m.hour >= 22 or m.hour < 6 for m in night)


def test_file_names_are_unique_and_carry_the_capture():
    for key, story in CASES.items():
        names = [file_name(s, i, PHONE[key]) for i, s in enumerate(story.shots)]
        assert len(set(names)) == len(names)
        for name, shot in zip(names, story.shots, strict=True):
            if name.startswith("mmexport"):
                sent = datetime.fromtimestamp(int(name[8:21]) / 1000)
                assert sent.date() == shot.captured.date()
            elif not re.fullmatch(r"IMG_\d{4}\.(PNG|JPG)", name):  # iPhones: EXIF only
                assert f"{shot.captured:%Y}" in name


def test_rendered_files_look_handed_in(tmp_path):
    """Forwarded shots are smaller JPEGs; photos carry EXIF; one file per shot."""
    pytest.importorskip("playwright")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("chromium is not installed")
    story = CASES["hefei"]
    paths = render_case(story, tmp_path, PHONE["hefei"])
    assert len(paths) == len(story.shots)
    sizes = {}
    for path, shot in zip(paths, story.shots, strict=True):
        with Image.open(path) as image:
            sizes[shot.name] = image.width
            if shot.kind == "paper":
                assert image.getexif().get(0x0132, "").startswith(f"{shot.captured:%Y:%m:%d}")
    assert sizes["h05"] < sizes["h01"] * 0.7
    assert sizes["h01"] >= 1000
