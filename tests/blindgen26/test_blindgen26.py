"""The twenty-sixth blind set's truth agrees with what it draws (layout only: no OCR)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen26.cases import CASES, PHONE, all_screens, conduct_days, truth
from tests.blindgen26.kit import key_of
from tests.blindgen26.model import digits_of
from tests.blindgen26.paint import paint

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from screens_report import _ui_in

SCREENS = [s for c in CASES.values() for s in c.screens]
DRAWN = {s.name: "\n".join(paint(s).texts) for s in SCREENS}


def _flat(text: str) -> str:
    return re.sub(r"[\s\-]", "", text)


def test_set_is_large_and_new():
    assert len(CASES) == 4
    assert 36 <= len(SCREENS) <= 42
    assert all(9 <= len(c.screens) <= 11 for c in CASES.values())
    assert set(CASES).isdisjoint(cities_before(26))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | {s.wrap for s in SCREENS}
    labels.discard("")
    assert labels.isdisjoint(labels_before(26))
    assert all(label.endswith("26") for label in labels), labels
    assert len({s.name for s in SCREENS}) == len(SCREENS)
    assert set(PHONE) == set(CASES)


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_drawn(key):
    case = CASES[key]
    data = truth(case)
    drawn = "".join(DRAWN[s.name] for s in case.screens)
    for who in data["collectors"]:
        assert who in drawn or who in _flat(drawn), who
    assert set(data["contacts"].values()).isdisjoint(data["collectors"])
    assert set(data["contacts"]).isdisjoint(data["collectors"])
    assert set(data["calls"]) <= set(data["collectors"])
    for q in data["quotes"]:
        assert q["text"] in DRAWN[q["screen"]], q
        assert not _ui_in(q["text"], data["statuses"], data["tabs"]), q
    for s in all_screens(case):
        for m in s.msgs:
            assert m.collector == (key_of(m.who) in data["collectors"])
            assert m.at <= s.captured, m.text
            if m.kind == "preview":
                assert m.text + "…" in drawn
                assert any(q["text"].startswith(m.text) for q in data["quotes"]) or not m.collector
        for c in s.calls:
            assert (c.name or c.number) in drawn
            assert c.count == len(c.times)
            assert c.count == 1 or f"({c.count})" in drawn
            assert c.collector == (digits_of(c.number) in data["collectors"])
            assert max(c.times) <= s.captured
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    assert set(data["loan"]) == {"amount", "received", "deducted", "demanded"}
    loan = data["loan"]
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]
    assert f"{loan['demanded']:,}" in drawn
    assert f"{loan['amount']:,}" in drawn


def test_calls_seen_twice_count_once():
    # xiangyang: two shots of one log overlap by three rows, and the landline's 通话详情 repeats
    # five of its log calls and adds one.
    assert truth(CASES["xiangyang"])["calls"] == {"17386421957": 15, "071083216645": 6}
    # wuzhou: the stitched 长截图 repeats three rows at its seam; the detail page repeats M1's.
    assert truth(CASES["wuzhou"])["calls"] == {
        "18677452093": 12, "19978416620": 6, "07743829516": 5, "95079326": 4
    }  # fmt: skip
    # longyan: the landlord's own log counts apart from the borrower's.
    assert truth(CASES["longyan"])["calls"]["05972253018"] == 6


def _hours(case):
    hours = [m.at.hour for s in all_screens(case) for m in s.msgs if m.collector]
    return hours + [at.hour for s in all_screens(case) for c in s.calls if c.collector
                    for at in c.times]  # fmt: skip


def test_night_collectors_and_night_clock():
    pingxiang = [
        at.hour for s in all_screens(CASES["pingxiang"]) for c in s.calls if c.collector
        for at in c.times
    ]  # fmt: skip
    assert all(h >= 21 or h < 1 for h in pingxiang)
    longyan = CASES["longyan"]
    assert all(8 <= h < 20 for h in _hours(longyan))
    assert all(s.captured.hour >= 23 or s.captured.hour < 1 for s in longyan.screens)


def test_shapes_drawn():
    words = "".join(q["text"] for c in CASES.values() for q in truth(c)["quotes"])
    for shape in (
        "伍仟",
        "5k",
        "5千",
        "【速享花】",
        "【金橙分期】",
        "【易借钱包】",
        "【万通速贷】",
    ):
        assert shape in words, shape
    drawn = "\n".join(DRAWN.values())
    for shape in ("今天 08:", "昨天 2", "星期", "周四", "2026/11/2", "下午", "分钟前", "刚刚",
                  "(4)", "呼入 32秒", "未接通", "响铃5声", "已拦截"):  # fmt: skip
        assert shape in drawn, shape
    kinds = {m.kind for c in CASES.values() for s in all_screens(c) for m in s.msgs}
    assert {"voice", "banner", "preview", "system"} <= kinds
