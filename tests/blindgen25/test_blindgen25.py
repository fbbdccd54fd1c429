"""The twenty-fifth blind set's truth agrees with what it draws (layout only, no OCR)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen25.cases import CASES, PHONE, all_screens, collector_key, conduct_days, truth
from tests.blindgen25.model import number_key
from tests.blindgen25.pages import page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from screens_report import _ui_in

SCREENS = [s for c in CASES.values() for s in c.screens]
DRAWN = {s.name: "\n".join(page(s).texts) for s in SCREENS}


def test_set_is_large_and_new():
    assert len(CASES) == 4
    assert 36 <= len(SCREENS) <= 42
    assert all(9 <= len(c.screens) <= 11 for c in CASES.values())
    assert set(CASES).isdisjoint(cities_before(25))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | {s.wrap for s in SCREENS}
    labels.discard("")
    assert labels.isdisjoint(labels_before(25))
    assert all(label.endswith("25") for label in labels), labels
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
    assert set(data["contacts"]).isdisjoint(data["collectors"])
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
            assert c.at <= s.captured
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    assert set(data["loan"]) == {"amount", "received", "deducted", "demanded"}
    loan = data["loan"]
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]


def test_a_call_two_screens_show_counts_once():
    assert truth(CASES["tangshan"])["calls"] == {"17330129947": 5, "03152836614": 4}
    assert truth(CASES["huhehaote"])["calls"] == {"18547120093": 9, "04716952830": 6}
    # the second log repeats the lock screen's 08:40 row and the first log's 07:41 row
    assert truth(CASES["wulumuqi"])["calls"] == {"13565927704": 7, "09914682207": 5}


def test_each_case_has_a_name_only_collector_a_landline_and_a_service_sender():
    for case in CASES.values():
        keys = truth(case)["collectors"]
        assert any(not k.isdigit() for k in keys)
        assert any(k.startswith("0") for k in keys)
    senders = {k for c in CASES.values() for k in truth(c)["collectors"]}
    assert any(k.startswith("106") for k in senders)
    assert any(k.startswith("95") for k in senders)


def test_money_and_time_shapes():
    words = "".join(q["text"] for c in CASES.values() for q in truth(c)["quotes"])
    for shape in ("伍仟", "5k", "4k", "捌仟陆佰肆拾", "8640"):
        assert re.search(shape, words), shape
    stamps = {m.stamp for c in CASES.values() for s in all_screens(c) for m in s.msgs}
    for shape in ("刚刚", "分钟前", "昨天 23:18", "周四 上午9:10", "周三 上午9:30", "11/1 21:30"):
        assert any(shape in st for st in stamps), shape
