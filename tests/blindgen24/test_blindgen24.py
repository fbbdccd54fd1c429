"""The twenty-fourth blind set's truth agrees with what it draws (layout only: no OCR)."""

from __future__ import annotations

import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen24.cases import CASES, PHONE, all_screens, collector_key, conduct_days, truth
from tests.blindgen24.model import number_key
from tests.blindgen24.paint import paint

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from screens_report import _ui_in

BEIJING = timezone(timedelta(hours=8))
SCREENS = [s for c in CASES.values() for s in c.screens]
DRAWN = {s.name: "\n".join(paint(s).texts) for s in SCREENS}


def test_set_is_large_and_new():
    assert len(CASES) == 4
    assert 36 <= len(SCREENS) <= 42
    assert all(9 <= len(c.screens) <= 11 for c in CASES.values())
    assert set(CASES).isdisjoint(cities_before(24))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | {s.wrap for s in SCREENS}
    labels.discard("")
    assert labels.isdisjoint(labels_before(24))
    assert all(label.endswith("24") for label in labels), labels
    assert len({s.name for s in SCREENS}) == len(SCREENS)
    assert set(PHONE) == set(CASES)


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_drawn(key):
    case = CASES[key]
    data = truth(case)
    drawn = "".join(DRAWN[s.name] for s in case.screens)
    for who in case.collectors:
        assert who in drawn, who
    assert set(data["contacts"].values()).isdisjoint(data["collectors"])
    assert set(data["calls"]) <= set(data["collectors"])
    for q in data["quotes"]:
        assert q["text"] in DRAWN[q["screen"]], q
        assert not _ui_in(q["text"], data["statuses"], data["tabs"]), q
    for s in all_screens(case):
        for m in s.msgs:
            assert m.collector == (collector_key(m.who) in data["collectors"]) or m.who == "me"
            assert m.at <= s.captured, m.text
            if m.preview:
                assert m.text + "…" in drawn
                assert not m.quote
        for c in s.calls:
            assert (c.name or c.number) in drawn
            assert c.collector == (number_key(c.number) in data["collectors"])
            assert c.at <= s.captured
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    assert set(data["loan"]) == {"amount", "received", "deducted", "demanded"}
    loan = data["loan"]
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]


def test_calls_shown_twice_count_once():
    assert truth(CASES["anshun"])["calls"] == {"085186723341": 5, "17785531246": 2}
    # The aunt's own log, forwarded as a picture, adds her calls to the borrower's.
    assert truth(CASES["mudanjiang"])["calls"] == {"04536931288": 5, "13104536672": 6}


def test_file_names_are_capture_times():
    for s in SCREENS:
        stamp = s.captured.strftime("%Y%m%d")
        dashed = s.captured.strftime("%Y-%m-%d")
        if s.name.startswith("mmexport"):
            # WeChat names a saved picture by the epoch milliseconds (Beijing time) it was saved.
            saved = datetime.fromtimestamp(int(s.name[8:21]) / 1000, BEIJING).replace(tzinfo=None)
            assert timedelta(0) < saved - s.captured < timedelta(hours=1), s.name
            continue
        assert stamp in s.name or dashed in s.name, s.name


def test_money_and_time_shapes():
    words = "".join(q["text"] for c in CASES.values() for q in truth(c)["quotes"])
    for shape in ("伍仟", "5k", "5千", "陆仟肆佰捌拾", "yq", "txl"):
        assert re.search(shape, words), shape
    drawn = "\n".join(DRAWN.values())
    for shape in (
        r"昨天 23:18",
        r"\d+分钟前",
        "刚刚",
        r"1[01]/\d+ \d\d:\d\d",
        r"周[一二三四五六日] [上下]午\d+:\d\d",
    ):
        assert re.search(shape, drawn), shape
