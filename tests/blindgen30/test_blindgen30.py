"""The thirtieth blind set's truth agrees with what it draws (layout only: no OCR)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen30.cases import CASES, PHONE, all_screens, collector_key, conduct_days, truth
from tests.blindgen30.model import number_key
from tests.blindgen30.skins import SKINS
from tests.blindgen30.wraps import draw

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from screens_report import _ui_in

SCREENS = [s for c in CASES.values() for s in c.screens]
DRAWN = {s.name: "\n".join(draw(s)[1]) for s in SCREENS}


def test_set_is_large_and_new():
    assert len(CASES) == 4
    assert all(9 <= len(c.screens) <= 11 for c in CASES.values())
    assert 36 <= len(SCREENS) <= 42
    assert set(CASES).isdisjoint(cities_before(30))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | {s.wrap for s in SCREENS}
    labels.discard("")
    assert labels.isdisjoint(labels_before(30))
    assert all(label.endswith("30") for label in labels), labels
    assert len({s.name for s in SCREENS}) == len(SCREENS)
    assert set(PHONE) == set(CASES)
    assert all(s.skin in SKINS for s in all_screens_of_set())


def all_screens_of_set():
    return [s for c in CASES.values() for s in all_screens(c)]


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
            if m.who not in ("me", "system") and m.kind != "notice":
                assert m.collector == (collector_key(m.who) in data["collectors"]), m.text
            assert m.quote <= m.collector
            assert m.at <= s.captured, m.text
            if m.kind == "preview":
                assert m.text + "…" in drawn
        for c in s.calls:
            assert c.collector == (number_key(c.number) in data["collectors"])
            assert c.at <= s.captured
            if c.drawn:
                assert (c.name or c.number) in drawn
            else:  # told in a 漏话提醒: the number and the count are in its words
                assert any(c.number in m.text and c.words in m.text for m in s.msgs), c
            assert c.count == 1 or c.words in drawn, c
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    assert set(data["loan"]) == {"amount", "received", "deducted", "demanded"}
    loan = data["loan"]
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]


def test_each_call_counts_once_across_screens_and_phones():
    assert truth(CASES["zhangjiakou"])["calls"] == {
        "18531342207": 14,
        "18531342208": 5,
        "03138261457": 3,
    }
    assert truth(CASES["changzhi"])["calls"] == {
        "17335560912": 9,
        "17335560913": 4,
        "03552198630": 5,
    }
    assert truth(CASES["chifeng"])["calls"] == {"17647053318": 10, "04765883127": 7}
    assert truth(CASES["jiamusi"])["calls"] == {
        "13204546617": 16,
        "04548627105": 6,
        "15645409902": 1,
    }


def test_name_only_collectors_and_number_changes():
    names = [c for case in CASES.values() for c in truth(case)["collectors"] if not c.isdigit()]
    assert names == [
        "速易花法务-王专员",
        "信和-催收部小刘",
        "鑫享借-贷后专员",
        "北方律所-张律师",
        "快易贷-客服专员07",
    ]
    keys = truth(CASES["zhangjiakou"])["collectors"]
    assert int(keys[1]) - int(keys[0]) == 1


def test_one_case_is_night_by_its_clock_and_day_by_its_calls():
    case = CASES["jiamusi"]
    hours = [m.at.hour for s in all_screens(case) for m in s.msgs if m.collector]
    hours += [c.at.hour for s in all_screens(case) for c in s.calls if c.collector]
    assert all(9 <= h < 18 for h in hours)
    assert all(s.captured.hour >= 21 or s.captured.hour < 1 for s in case.screens)


def test_spans_cross_a_month_and_money_is_written_many_ways():
    spans = {k: truth(c)["span"] for k, c in CASES.items()}
    assert spans["zhangjiakou"] == ("2026-11-24", "2026-12-03")
    assert spans["changzhi"] == ("2026-02-27", "2026-03-06")
    assert spans["chifeng"] == ("2026-07-29", "2026-08-06")
    words = "".join(q["text"] for c in CASES.values() for q in truth(c)["quotes"])
    for shape in ("伍仟", "5千8", "6k", "3千", "叁仟肆佰捌拾元", r"5,860\.00元", "2千"):
        assert re.search(shape, words), shape


def test_pictures_are_phone_sized():
    case = CASES["changzhi"]
    sizes = {s.name: draw(s)[0].size for s in case.screens[:3]}
    assert sizes["IMG_0412.PNG"] == (750, 1334)
