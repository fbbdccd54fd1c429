"""The thirty-first blind set's truth agrees with what it draws: layout only, no OCR."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen31.cases import CASES, PHONE, all_screens, collector_key, conduct_days, truth
from tests.blindgen31.model import number_key
from tests.blindgen31.pages import page_html

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from screens_report import _ui_in

SCREENS = [s for c in CASES.values() for s in c.screens]


def _drawn(s) -> str:
    texts = page_html(s)[1]
    if s.inner is not None:
        texts += page_html(s.inner)[1]
    return "\n".join(texts)


DRAWN = {s.name: _drawn(s) for s in SCREENS}


def test_set_is_large_and_new():
    assert len(CASES) == 4
    assert 36 <= len(SCREENS) <= 42
    assert all(9 <= len(c.screens) <= 11 for c in CASES.values())
    assert set(CASES).isdisjoint(cities_before(31))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | {s.wrap for s in SCREENS}
    labels.discard("")
    assert labels.isdisjoint(labels_before(31))
    assert all(label.endswith("31") for label in labels), labels
    assert len({s.name for s in SCREENS}) == len(SCREENS)
    assert set(PHONE) == set(CASES)


def test_a_third_is_aged():
    aged = [s for s in SCREENS if s.wrap and s.wrap != "fwd31"]
    assert len(SCREENS) // 4 <= len(aged) <= len(SCREENS) // 2


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
            if m.kind == "system" or not m.who:
                continue
            assert m.collector == (collector_key(m.who) in data["collectors"]) or m.who == "me", m
            assert m.at <= s.captured, m.text
            if m.kind == "preview":
                assert m.text + "…" in drawn
        for c in s.all_calls():
            assert c.label in drawn
            assert c.count == 1 or f"({c.count})" in drawn
            assert c.collector == (number_key(c.number) in data["collectors"])
            assert all(t <= s.captured for t in c.times)
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    assert set(data["loan"]) == {"amount", "received", "deducted", "demanded"}
    loan = data["loan"]
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]


def test_a_call_two_screens_show_counts_once():
    assert truth(CASES["quzhou"])["calls"] == {"17326841957": 13, "05703098214": 6}
    assert truth(CASES["loudi"])["calls"]["07388215603"] == 5


def test_relatives_who_repeat_a_collector_are_no_quote():
    quotes = "".join(q["text"] for c in CASES.values() for q in truth(c)["quotes"])
    for relayed in ("讲要去你单位闹", "要到学校门口来找我", "去阿爸阿母的厝闹", "要嚟屋企搵你"):
        assert relayed in "".join(DRAWN.values())
        assert relayed not in quotes


def test_money_and_law_shapes():
    words = "".join(q["text"] for c in CASES.values() for q in truth(c)["quotes"])
    for shape in ("伍仟", "1.2w", "壹万贰仟", "3k", "1w", "根据刑法第", "抬不起头"):
        assert re.search(re.escape(shape), words), shape


def test_one_case_crosses_a_month():
    lo, hi = truth(CASES["zhangzhou"])["span"]
    assert lo[:7] == "2026-11"
    assert hi[:7] == "2026-12"
