"""The thirty-second blind set's truth agrees with what it draws: layout only, no OCR."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen32.cases import CASES, PHONE, all_screens, collector_key, conduct_days, truth
from tests.blindgen32.model import number_key
from tests.blindgen32.render import draw, render_case

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from screens_report import _ui_in

SCREENS = [s for c in CASES.values() for s in c.screens]
LOANS = {s.name: c.loan for c in CASES.values() for s in c.screens}


def _drawn(s) -> str:
    texts = draw(s, LOANS[s.name]).texts
    if s.inner is not None:
        texts += draw(s.inner).texts
    return "\n".join(texts)


DRAWN = {s.name: _drawn(s) for s in SCREENS}


def test_set_is_large_and_new():
    assert len(CASES) == 4
    assert 36 <= len(SCREENS) <= 42
    assert all(9 <= len(c.screens) <= 11 for c in CASES.values())
    assert set(CASES).isdisjoint(cities_before(32))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | {s.wrap for s in SCREENS}
    labels.discard("")
    assert labels.isdisjoint(labels_before(32))
    assert all(label.endswith("32") for label in labels), labels
    assert len({s.name for s in SCREENS}) == len(SCREENS)
    assert set(PHONE) == set(CASES)
    assert {720, 1080, 1170, 1440} <= {s.width for s in SCREENS}


def test_a_third_is_aged():
    aged = [s for s in SCREENS if s.wrap]
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
    for name, _number in case.contacts:
        assert name in drawn
    for q in data["quotes"]:
        assert q["text"] in DRAWN[q["screen"]], q
        assert not _ui_in(q["text"], data["statuses"], data["tabs"]), q
    for s in all_screens(case):
        for m in s.msgs:
            if m.kind == "system" or not m.who:
                continue
            assert m.collector == (collector_key(m.who) in data["collectors"]) or m.who == "me", m
            assert m.at <= s.captured, m.text
            assert not m.quote or m.collector, m.text
            if m.kind == "preview":
                assert m.text + "…" in drawn
        for c in s.all_calls():
            assert c.label in drawn
            assert c.count == 1 or f"({c.count})" in drawn or s.app == "numpage32"
            assert c.collector == (number_key(c.number) in data["collectors"])
            assert all(t <= s.captured for t in c.times)
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    loan = data["loan"]
    assert set(loan) == {"amount", "received", "deducted", "demanded"}
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]
    assert f"{loan['demanded']:,}.00" in drawn


def test_one_number_in_several_rows_and_folded():
    log = next(s for s in CASES["ningde"].screens if s.name == "nd_log")
    rows = [c for c in log.calls if c.number == "17750238416"]
    assert len(rows) == 4
    assert {c.count for c in rows} == {1, 2, 3}
    assert truth(CASES["ningde"])["calls"] == {"17750238416": 11, "02038817642": 2}
    assert truth(CASES["ankang"])["calls"] == {"19845216307": 14, "4008186625": 4}


def test_a_log_with_no_date_at_all():
    log = next(s for s in CASES["ankang"].screens if s.name == "ak_log")
    text = DRAWN["ak_log"]
    assert log.relative
    assert "分钟前" in text
    assert "小时前" in text
    assert not re.search(r"\d+月\d+日|\d+/\d+|昨天|周[一二三四五六日]", text)


def test_group_collector_renamed_and_relatives_not_quoted():
    group = DRAWN["hz_group"]
    assert "修改群昵称为“娟娟表姐”" in group
    assert "娟娟表姐" in truth(CASES["hanzhong"])["collectors"]
    assert "米粒分期-刘主任" not in truth(CASES["hanzhong"])["collectors"]
    quotes = "".join(q["text"] for c in CASES.values() for q in truth(c)["quotes"])
    for relayed in ("要来厝里寻汝", "要把伟娃身份证发朋友圈", "要来厂门口拉横幅", "说你欠钱不还"):
        assert relayed in "".join(DRAWN.values())
        assert relayed not in quotes


def test_pictures_of_id_and_contacts_and_a_long_reply():
    pics = {m.image for c in CASES.values() for s in c.screens for m in s.msgs if m.collector}
    assert {"idcard", "contacts"} <= pics
    longest = max(len(m.text) for s in SCREENS for m in s.msgs if m.who == "me")
    assert longest >= 120


def test_money_shapes_and_month_crossing():
    words = "".join(q["text"] for c in CASES.values() for q in truth(c)["quotes"])
    for shape in ("柒仟捌佰陆拾", "壹万贰仟陆佰", "1.04w", "6.5k", "陆仟伍佰", "刑法第"):
        assert shape in words, shape
    for key in ("ningde", "shiyan"):
        lo, hi = truth(CASES[key])["span"]
        assert lo[5:7] != hi[5:7]


def test_render_writes_files(tmp_path):
    paths = render_case(CASES["shiyan"], tmp_path, PHONE["shiyan"])
    assert len(paths) == len(CASES["shiyan"].screens)
    assert all(p.stat().st_size for p in paths)
    assert len({p.name for p in paths}) == len(paths)
