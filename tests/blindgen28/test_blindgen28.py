"""The twenty-eighth blind set's truth agrees with what it draws (layout only: no paint, no OCR)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen28.cases import CASES, PHONE, all_screens, collector_key, conduct_days, truth
from tests.blindgen28.model import number_key
from tests.blindgen28.pages import page_of
from tests.blindgen28.timefmt import full

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from screens_report import _ui_in

SCREENS = [s for c in CASES.values() for s in c.screens]
DRAWN = {s.name: page_of(s).texts for s in SCREENS}
NAME = re.compile(
    r"Screenshot_2026-\d\d-\d\d-\d\d-\d\d-\d\d-\d{3}_[a-z.]+\.png|IMG_\d{4}\.PNG|"
    r"IMG_2026\d{4}_\d{6}\.jpg|mmexport\d{13}\.jpg|微信图片_2026\d{10}\.jpg"
)


def _drawn(name: str) -> str:
    return "\n".join(DRAWN[name])


def test_set_is_large_and_new():
    assert len(CASES) == 4
    assert 36 <= len(SCREENS) <= 42
    assert all(9 <= len(c.screens) <= 11 for c in CASES.values())
    assert set(CASES).isdisjoint(cities_before(28))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | {s.wrap for s in SCREENS}
    labels.discard("")
    assert labels.isdisjoint(labels_before(28))
    assert all(label.endswith("28") for label in labels), labels
    assert len({s.name for s in SCREENS}) == len(SCREENS)
    assert all(NAME.fullmatch(s.name) for s in SCREENS), [s.name for s in SCREENS]
    assert set(PHONE) == set(CASES)
    # a third of them aged (photographed, recompressed, cropped, stitched, forwarded)
    assert len([s for s in SCREENS if s.wrap]) * 3 >= len(SCREENS)


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_drawn(key):
    case = CASES[key]
    data = truth(case)
    drawn = "\n".join(_drawn(s.name) for s in case.screens)
    numbers = {number_key(t) for t in drawn.split("\n")}
    for who in data["collectors"]:
        assert who in numbers or (not number_key(who) and who in drawn), who
    assert set(data["contacts"].values()).isdisjoint(data["collectors"])
    assert set(data["contacts"]).isdisjoint(data["collectors"])
    assert set(data["calls"]) <= set(data["collectors"])
    assert data["quotes"]
    for q in data["quotes"]:
        assert q["text"] in DRAWN[q["screen"]], q
        assert not _ui_in(q["text"], data["statuses"], data["tabs"]), q
    quoted = {q["text"] for q in data["quotes"]}
    for s in all_screens(case):
        for m in s.msgs:
            if m.kind == "sys":
                continue
            assert m.collector == (collector_key(m.who) in data["collectors"]) or m.who == "me"
            assert m.at <= s.captured, m.text
            if not m.collector:
                assert m.text not in quoted, m.text  # the borrower's and relatives' words
            if m.kind == "preview":
                assert m.text + "…" in drawn
        for c in s.calls:
            if s.app == "callpage28":  # one line per call, each with its full date
                assert all(full(e) in drawn for e in c.events)
            else:
                assert c.count == 1 or f"({c.count})" in drawn
            assert c.collector == (number_key(c.number) in data["collectors"])
            assert all(e <= s.captured for e in c.events)
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    assert set(data["loan"]) == {"amount", "received", "deducted", "demanded"}
    loan = data["loan"]
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]


def test_calls_count_each_call_once():
    assert truth(CASES["nanyang"])["calls"] == {"17036251849": 5, "037763215870": 8}
    assert truth(CASES["handan"])["calls"] == {"13283051746": 11, "03105087236": 7}
    assert truth(CASES["yuncheng"])["calls"] == {"19935901277": 6, "03592026451": 5}
    assert truth(CASES["baoji"])["calls"] == {"18391742065": 8, "09173216584": 4}


def test_who_said_what_is_hard():
    # one case runs across a month boundary
    lo, hi = truth(CASES["nanyang"])["span"]
    assert lo[:7] != hi[:7]
    # a collector renames himself in a group: both names are his, the rename line is drawn
    handan = truth(CASES["handan"])
    assert {"晓峰表哥", "邯郸调解中心-刘"} <= set(handan["collectors"])
    # the borrower writes long replies that quote the collector's words
    mine = [m.text for s in SCREENS for m in s.msgs if m.who == "me" and len(m.text) > 60]
    assert len(mine) >= 3
    # every case has a relative's capture forwarded inside a chat
    for case in CASES.values():
        assert any(s.inner is not None for s in case.screens)


def test_money_and_wording_shapes():
    words = "".join(q["text"] for c in CASES.values() for q in truth(c)["quotes"])
    for shape in (
        "伍仟",
        "2.3w",
        "7.8k",
        "壹万零肆佰",
        "经我司法务部研究决定",
        "你也不想你单位的人知道吧",
        "恁",
        "额",
        "嫑",
        "圪蹴",
    ):
        assert re.search(re.escape(shape), words), shape
