"""The twenty-seventh blind set's truth agrees with what it draws (layout only: no OCR)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen27.cases import (
    CASES,
    PHONE,
    all_screens,
    collector_key,
    conduct_days,
    truth,
)
from tests.blindgen27.model import number_key
from tests.blindgen27.paint import paint

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from screens_report import _ui_in

SCREENS = [s for c in CASES.values() for s in c.screens]
DRAWN = {s.name: "\n".join(paint(s).texts) for s in SCREENS}


def test_set_is_large_and_new():
    assert len(CASES) == 4
    assert 36 <= len(SCREENS) <= 42
    assert set(CASES).isdisjoint(cities_before(27))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | {s.wrap for s in SCREENS}
    labels |= {s.inner.skin for s in SCREENS if s.inner} | {s.inner.app for s in SCREENS if s.inner}
    labels.discard("")
    assert labels.isdisjoint(labels_before(27))
    assert all(label.endswith("27") for label in labels), labels
    assert len({s.name for s in SCREENS}) == len(SCREENS)
    assert set(PHONE) == set(CASES)
    assert all(9 <= len(c.screens) <= 11 for c in CASES.values())


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
            assert not m.quote or m.collector
            assert m.at <= s.captured, m.text
            if m.kind == "preview":
                assert m.text + "…" in drawn
        for c in s.calls:
            assert (c.name or c.number) in drawn
            assert c.count == 1 or f"({c.count})" in drawn or s.app == "numpage27"
            assert c.collector == (number_key(c.number) in data["collectors"])
            assert c.at <= s.captured
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    assert set(data["loan"]) == {"amount", "received", "deducted", "demanded"}
    loan = data["loan"]
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]
    assert f"{loan['demanded']:,}.00" in drawn


def test_calls_seen_twice_count_once():
    assert truth(CASES["siping"])["calls"] == {"15804349276": 9, "04343261087": 3}
    assert truth(CASES["jinzhou"])["calls"]["13304168852"] == 4
    assert truth(CASES["rizhao"])["calls"]["06338217460"] == 5
    # The brother's own log counts too: his phone, his calls.
    assert truth(CASES["jinhua"])["calls"] == {
        "057982361470": 5,
        "15372984016": 8,
        "18906792253": 1,
    }


def test_dates():
    assert truth(CASES["siping"])["span"] == ("2026-11-28", "2026-12-03")  # across a month end
    night = CASES["jinhua"].screens[3]
    assert night.captured.hour == 23
    assert all(8 <= x.hour < 22 for c in night.calls for x in c.times)
    labels = "".join(DRAWN.values())
    for shape in ("周日 晚上10:02", "11-30 22:41", "前天", "小时前",
                  "刚刚", "分钟前", "Nov 19 16:45", "12/4 12:58", "昨天"):  # fmt: skip
        assert shape in labels, shape


def test_who_is_who():
    words = "".join(q["text"] for c in CASES.values() for q in truth(c)["quotes"])
    for shape in ("伍仟", "5k", "4千5", "5千", "陆仟捌佰", "壹万叁仟陆佰", "恁", "寻思"):
        assert re.search(shape, words), shape
    relatives = [m.text for s in SCREENS for m in s.msgs if not m.collector and m.who != "me"]
    assert sum("说'" in text or "原话是'" in text for text in relatives) >= 4
    saved = CASES["jinzhou"]
    assert "还款提醒" in DRAWN["IMG_4134.PNG"]
    assert "13304168852" in truth(saved)["collectors"]
    # A relative's own number in the same log as the collectors'.
    log = CASES["siping"].screens[2]
    assert any(not c.collector for c in log.calls)
    assert any(c.collector for c in log.calls)
