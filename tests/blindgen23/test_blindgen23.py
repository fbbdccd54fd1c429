"""The twenty-third blind set's truth agrees with what it draws (layout only: no paint, no OCR)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen23.cases import CASES, PHONE, all_screens, collector_key, conduct_days, truth
from tests.blindgen23.model import number_key
from tests.blindgen23.pages import paint

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from screens_report import _ui_in

SCREENS = [s for c in CASES.values() for s in c.screens]
DRAWN = {s.name: "\n".join(paint(s, paint=False).texts) for s in SCREENS}


def test_set_is_large_and_new():
    assert len(CASES) == 4
    assert 36 <= len(SCREENS) <= 42
    assert set(CASES).isdisjoint(cities_before(23))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | {s.wrap for s in SCREENS}
    labels.discard("")
    assert labels.isdisjoint(labels_before(23))
    assert all(label.endswith("23") for label in labels), labels
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
            if m.kind == "preview":
                assert m.text + "…" in drawn
        for c in s.calls:
            assert (c.name or c.number) in drawn
            assert c.count == 1 or f"({c.count})" in drawn
            assert c.collector == (number_key(c.number) in data["collectors"])
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    assert set(data["loan"]) == {"amount", "received", "deducted", "demanded"}
    loan = data["loan"]
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]


def test_overlapping_logs_count_a_row_once():
    assert truth(CASES["yangzhou"])["calls"] == {"13852716604": 6}
    assert truth(CASES["zhenjiang"])["calls"] == {"18705283319": 5, "051185527730": 1}


def test_one_case_is_night_only_by_its_clock():
    case = CASES["suqian"]
    hours = [m.at.hour for s in all_screens(case) for m in s.msgs if m.collector]
    hours += [c.at.hour for s in all_screens(case) for c in s.calls if c.collector]
    assert all(8 <= h < 22 for h in hours)
    assert any(s.captured.hour >= 22 for s in case.screens)
    night = [c.at.hour for c in CASES["yangzhou"].screens[5].calls]
    assert any(h >= 22 for h in night)


def test_money_shapes():
    words = "".join(q["text"] for c in CASES.values() for q in truth(c)["quotes"])
    for shape in ("伍仟", r"5k", r"\d,\d{3}\.00元", "根据借款合同第"):
        assert re.search(shape, words), shape
