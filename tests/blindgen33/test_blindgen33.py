"""The thirty-third blind set's truth agrees with what it draws: layout only, no OCR."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen33.cases import CASES, PHONE, all_screens, collector_key, conduct_days, truth
from tests.blindgen33.model import number_key
from tests.blindgen33.pages_chat import page_html
from tests.blindgen33.skins import GEOMETRY

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from screens_report import _ui_in

SCREENS = [s for c in CASES.values() for s in c.screens]
AGED = {"photo33", "crop33", "jpegged33", "stitch33"}


def _drawn(s) -> str:
    images = {s.inner.name: "inner.jpg"} if s.inner is not None else None
    texts = page_html(s, images)[1]
    if s.inner is not None:
        texts += page_html(s.inner)[1]
    return "\n".join(texts)


DRAWN = {s.name: _drawn(s) for s in SCREENS}


def _flat(text: str) -> str:
    return re.sub(r"[\s\-+]", "", text)


def test_set_is_large_and_new():
    assert len(CASES) == 4
    assert 36 <= len(SCREENS) <= 42
    assert all(9 <= len(c.screens) <= 11 for c in CASES.values())
    assert set(CASES).isdisjoint(cities_before(33))
    inner = [s.inner for s in SCREENS if s.inner is not None]
    labels = {s.skin for s in SCREENS + inner} | {s.app for s in SCREENS + inner}
    labels |= {s.wrap for s in SCREENS if s.wrap} | set(PHONE.values())
    assert labels.isdisjoint(labels_before(33))
    assert all(label.endswith("33") for label in labels), labels
    assert len({s.name for s in SCREENS}) == len(SCREENS)
    assert set(PHONE) == set(CASES)
    assert set(PHONE.values()) == set(GEOMETRY)


def test_a_third_is_aged():
    aged = [s for s in SCREENS if s.wrap in AGED]
    assert len(SCREENS) // 4 <= len(aged) <= len(SCREENS) // 2
    assert {s.wrap for s in aged} == AGED


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_drawn(key):
    case = CASES[key]
    data = truth(case)
    drawn = "".join(DRAWN[s.name] for s in case.screens)
    for who in data["collectors"]:
        assert who in drawn or who in _flat(drawn), who
    # Every contact is drawn by name; an iOS-like log names them only, so some numbers are unseen.
    assert all(name in drawn for name in data["contacts"])
    assert any(number in _flat(drawn) for number in data["contacts"].values())
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
            assert not m.quote or (m.collector and m.kind != "notice"), m.text
            if m.cut:
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
    assert 2 <= len(data["collectors"]) <= 4


def test_an_inbox_holds_a_106_lender_and_a_mobile():
    for case in CASES.values():
        box = next(s for s in case.screens if s.app == "smsbox33")
        senders = {number_key(m.who) for m in box.msgs if m.collector}
        assert any(n.startswith("106") for n in senders) or case.key == "huanggang"
        assert any(n.startswith("1") and len(n) == 11 for n in senders)


def test_a_call_two_screens_show_counts_once():
    assert truth(CASES["meizhou"])["calls"] == {"13829474160": 10, "02087316650": 5}
    assert truth(CASES["huanggang"])["calls"] == {"17186405523": 25, "4008762155": 12}
    assert truth(CASES["zhaotong"])["calls"]["15288463017"] == 18
    assert truth(CASES["bozhou"])["calls"] == {"19955108273": 12, "055165378802": 4}


def test_relatives_who_repeat_a_collector_are_no_quote():
    quotes = "".join(q["text"] for c in CASES.values() for q in truth(c)["quotes"])
    for relayed in ("佢话要去你单位闹", "去我厂里找领导", "要去我单位找我领导", "要来俺娘家闹"):
        assert relayed in "".join(DRAWN.values())
        assert relayed not in quotes


def test_reminders_are_no_conduct_and_voice_notes_quote():
    for case in CASES.values():
        notices = [m for s in case.screens for m in s.msgs if m.kind == "notice"]
        assert all(m.at.date().isoformat() < truth(case)["span"][0] for m in notices)
    voices = [q for c in CASES.values() for s in c.screens for q in s.msgs if q.kind == "voice"]
    assert sum(m.quote for m in voices) == 3
    assert any(not m.quote for m in voices)


def test_money_and_law_shapes():
    words = "".join(q["text"] for c in CASES.values() for q in truth(c)["quotes"])
    for shape in ("柒仟叁佰捌拾", "1.26w", "5k", "伍仟", "叁仟玖佰捌拾", "1k", "2.48w", "捌仟"):
        assert shape in words, shape
    for shape in ("hk", "yq", "txl", "t.cn/"):
        assert shape in words, shape


def test_months_are_crossed():
    lo, hi = truth(CASES["meizhou"])["span"]
    assert (lo[:7], hi[:7]) == ("2026-10", "2026-11")
    lo, hi = truth(CASES["bozhou"])["span"]
    assert (lo[:7], hi[:7]) == ("2026-11", "2026-12")
