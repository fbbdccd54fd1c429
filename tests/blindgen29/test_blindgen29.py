"""The twenty-ninth blind set's truth agrees with what it draws (layout only: no paint, no OCR)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen29.cases import CASES, PHONE, all_screens, collector_key, conduct_days, truth
from tests.blindgen29.model import number_key
from tests.blindgen29.wraps import paint

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from screens_report import _ui_in

SCREENS = [s for c in CASES.values() for s in c.screens]
DRAWN = {s.name: "\n".join(paint(s, paint=False).texts) for s in SCREENS}


def test_set_is_large_and_new():
    assert len(CASES) == 4
    assert 36 <= len(SCREENS) <= 42
    assert all(9 <= len(c.screens) <= 11 for c in CASES.values())
    assert set(CASES).isdisjoint(cities_before(29))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | {s.wrap for s in SCREENS}
    labels.discard("")
    assert labels.isdisjoint(labels_before(29))
    assert all(label.endswith("29") for label in labels), labels
    assert len({s.name for s in SCREENS}) == len(SCREENS)
    assert set(PHONE) == set(CASES)
    assert all(1080 <= s.width <= 1440 for s in SCREENS)
    assert any(s.height >= 2400 for s in SCREENS)
    assert any(s.dark for s in SCREENS)
    assert {s.wrap for s in SCREENS} >= {"tilt29", "recomp29", "editor29"}


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_drawn(key):
    case = CASES[key]
    data = truth(case)
    drawn = "".join(DRAWN[s.name] for s in case.screens)
    for who in case.collectors:
        assert who in drawn, who
    assert set(data["contacts"].values()).isdisjoint(data["collectors"])
    assert set(data["contacts"]).isdisjoint(data["collectors"])
    assert set(data["calls"]) <= set(data["collectors"])
    assert PHONE[key] not in data["collectors"]
    for q in data["quotes"]:
        assert q["text"] in DRAWN[q["screen"]], q
        assert not _ui_in(q["text"], data["statuses"], data["tabs"]), q
    for s in all_screens(case):
        for m in s.msgs:
            assert m.collector == (collector_key(m.who) in data["collectors"]) or m.who == "me"
            assert m.at <= s.captured, m.text
            if m.kind == "preview":
                assert m.text + "…" in drawn
        for c in s.calls:
            assert c.at <= s.captured
            if s.app == "calldetail29":
                assert s.title in drawn
            else:
                assert (c.name or c.number) in drawn
            assert c.count == 1 or s.app != "dialer29" or f"({c.count})" in drawn
            assert c.collector == (number_key(c.number) in data["collectors"])
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    assert set(data["loan"]) == {"amount", "received", "deducted", "demanded"}
    loan = data["loan"]
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]
    assert len(data["screens"]) == len(case.screens)


def test_each_call_counts_once():
    # folded rows, a number page, a second shot of the log and a carrier's 详单 hold the same
    # calls; a relative's forwarded log adds its own
    assert truth(CASES["deyang"])["calls"] == {
        "18328461507": 12, "18328461508": 3, "02886193542": 5
    }  # fmt: skip
    assert truth(CASES["qujing"])["calls"] == {
        "17787452290": 9, "15287490316": 4, "08743318627": 4, "95136866": 2
    }  # fmt: skip
    assert truth(CASES["liupanshui"])["calls"] == {
        "18685190433": 9, "08588231476": 8, "18685190438": 4
    }  # fmt: skip
    assert truth(CASES["jiuquan"])["calls"] == {
        "13993742815": 7, "09372617358": 3, "15393701264": 6
    }  # fmt: skip


def test_numbers_one_digit_apart_and_odd_shapes():
    keys = [k for c in CASES.values() for k in truth(c)["collectors"]]
    for key in ("18328461507", "18328461508", "18685190433", "18685190438"):
        assert key in keys, key
    drawn = "".join(DRAWN.values())
    for shape in ("转6", "+86 ", "186 8519 0438", "0874-", "95136866", "106"):
        assert shape in drawn, shape


def test_night_only_by_its_clock_and_night_callers():
    case = CASES["liupanshui"]
    hours = [m.at.hour for s in all_screens(case) for m in s.msgs if m.collector]
    hours += [t.hour for s in all_screens(case) for c in s.calls if c.collector for t in c.times]
    assert all(8 <= h < 22 for h in hours)
    assert any(s.captured.hour >= 22 for s in case.screens)
    night = [
        t.hour
        for s in all_screens(CASES["qujing"])
        for c in s.calls
        if c.collector
        for t in c.times
    ]
    assert sum(h >= 22 or h < 2 for h in night) > len(night) * 0.7
    assert any(h == 0 for h in night)


def test_time_shapes_and_money_shapes():
    drawn = "".join(DRAWN.values())
    for shape in ("今天", "昨天", "前天", "周一", "刚刚", "分钟前", "小时前", "下午",
                  "凌晨", "11/20", "月", "日 "):  # fmt: skip
        assert shape in drawn, shape
    assert re.search(r"\d{2}-\d{2}", drawn)
    assert re.search(r"\b\d{1,2}日 \d", drawn)
    words = "".join(q["text"] for c in CASES.values() for q in truth(c)["quotes"])
    for shape in ("伍仟", "5k", "3960", "九千六百五", "七千三百八十", "三千", "txl"):
        assert shape in words, shape
