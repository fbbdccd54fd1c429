"""The twenty-first blind set's truth agrees with what it draws (no browser, no OCR, no score)."""

from __future__ import annotations

import re

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen21.apps import bars
from tests.blindgen21.cases import CASES, PHONE, chrome, collector_key, conduct_days, flat, truth
from tests.blindgen21.model import number_key
from tests.blindgen21.render import drawn_text
from tests.blindgen21.skins import SKINS
from tests.blindgen21.timefmt import stamp

# The brief that drew this set assigned luoyang and zhanjiang again, though an early set
# (blindgen ≤ 13) keyed cases by them too; the other keys must be new.
_ASSIGNED_AGAIN = {"luoyang", "zhanjiang"}
_STATUS = re.compile(r"\d+K/s|\b[45]G\b|\bHD\b|\d{1,3}%")
SCREENS = [s for c in CASES.values() for s in c.screens]
DRAWN = {s.name: drawn_text(s) for s in SCREENS}


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text).rstrip("。！？!?.").replace("“", "「").replace("”", "」")


def _reads_as_ui(text: str, statuses: list[str], tabs: list[str]) -> bool:
    """bench/screens_report.py's _ui_in rule, restated so this test needs no app import."""
    flat_text = _norm(text)
    if any(_norm(s) in flat_text for s in statuses) or _STATUS.search(text):
        return True
    if flat_text in {w for b in tabs for w in b.split() if len(w) >= 2}:
        return True
    return any(sum(w in flat_text for w in b.split() if len(w) >= 2) >= 2 for b in tabs)


def _night(hour: int) -> bool:
    return hour >= 22 or hour < 8


def test_set_is_large_new_and_its_own():
    assert len(CASES) == 4
    assert set(PHONE) == set(CASES)
    assert 40 <= len(SCREENS) <= 46
    assert (set(CASES) - _ASSIGNED_AGAIN).isdisjoint(cities_before(21))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS}
    assert labels.isdisjoint(labels_before(21))
    assert all(label.endswith("21") for label in labels), labels
    assert set(SKINS) <= {s.skin for s in SCREENS}
    names = [s.name for s in SCREENS]
    assert len(set(names)) == len(names)
    assert any(s.extra.get("tall") for s in SCREENS)
    assert {"crop", "mark", "photo", "forward"} <= {p for s in SCREENS for p in s.post}


def test_chrome_words_are_drawn():
    for s in SCREENS:
        for bar in bars(s.app):
            if bar in ("已读", "未读"):
                continue  # one mark under each of the owner's bubbles: checked below
            for word in bar.split():
                assert word in DRAWN[s.name], (s.name, word)
        if s.app == "dingread21":
            assert "已读" in DRAWN[s.name]
            assert "未读" in DRAWN[s.name]


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    case = CASES[key]
    data = truth(case)
    drawn = "".join(DRAWN[s.name] for s in case.screens)
    collectors = set(data["collectors"])
    assert len(collectors) == len(case.collectors) >= 3
    assert all(c in drawn for c in case.collectors)
    assert set(data["contacts"]).isdisjoint(collectors)
    assert set(data["contacts"].values()).isdisjoint(collectors)
    assert set(data["calls"]) <= collectors
    assert len(data["quotes"]) >= 8
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    for quote in data["quotes"]:
        assert quote["text"] in DRAWN[quote["screen"]], quote
    for screen in case.screens:
        shown = DRAWN[screen.name]
        for status in screen.statuses:
            assert status in shown, status
        for msg in screen.msgs:
            assert msg.collector == (collector_key(msg.who) in collectors), msg.text
            assert msg.who == "me" or msg.who in shown or msg.who == screen.title
            assert (flat(msg.text) in shown) != msg.preview, msg.text  # a cut line is no quote
            assert msg.at <= screen.captured
        for call in screen.calls:
            assert call.collector == (number_key(call.number) in collectors)
            assert (call.name or call.number) in shown
            assert call.count == 1 or f"({call.count})" in shown
            assert stamp(call.at, screen.captured) in shown  # the day comes from a drawn time
            assert call.at <= screen.captured
        stamps = [c.at for c in screen.calls]
        assert stamps == sorted(stamps, reverse=True)


def test_message_days_come_from_drawn_times():
    for s in SCREENS:
        if s.app in ("sms21", "kuaidm21", "bilidm21", "riderchat21", "dingread21", "relatives21"):
            style = "half" if s.skin == "ioslegacy21" else None
            for m in s.msgs:
                label = stamp(m.at, s.captured, style or _style(s.app))
                assert label in DRAWN[s.name], (s.name, label)


def _style(app: str) -> str:
    return {"riderchat21": "half", "dingread21": "words"}.get(app, "plain")


def test_calls_count_a_row_seen_twice_once():
    assert truth(CASES["nantong"])["calls"] == {
        "051385126633": 5, "15150629318": 3, "17160238847": 4, "4008201766": 1,
    }  # fmt: skip
    assert truth(CASES["luoyang"])["calls"] == {"13289470316": 9, "95013268": 2}


@pytest.mark.parametrize("key", list(CASES))
def test_loan_papers_and_contacts(key):
    case = CASES[key]
    loan = truth(case)["loan"]
    assert set(loan) == {"amount", "received", "deducted", "demanded"}
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]
    money = "".join(DRAWN[s.name] for s in case.screens if s.app == "bill21")
    assert all(f"{value}" in money for value in loan.values())
    apps = {s.app for s in case.screens}
    assert {"idcard21", "letter21", "bill21"} <= apps
    assert any("forward" in s.post and s.owner != "borrower" for s in case.screens)
    for name, _ in case.contacts:
        spoke = any(m.who == name for s in case.screens for m in s.msgs)
        called = any(c.name == name for s in case.screens for c in s.calls)
        owns = any(s.owner == name for s in case.screens)
        assert spoke or called or owns, name
    card = next(s for s in case.screens if s.app == "idcard21")
    year = re.search(r"(\d{4})年", card.extra["fields"][2][1]).group(1)
    assert not any(day.startswith(year) for day in conduct_days(case))


def test_no_true_quote_reads_as_ui():
    for case in CASES.values():
        data = truth(case)
        assert data["tabs"] == chrome()
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote


def test_one_case_is_night_only_by_its_clock():
    luoyang = CASES["luoyang"]
    events = [m.at for s in luoyang.screens for m in s.msgs if m.collector]
    events += [c.at for s in luoyang.screens for c in s.calls if c.collector]
    assert not any(_night(at.hour) for at in events)
    assert sum(_night(s.captured.hour) for s in luoyang.screens) >= 5
    for key in ("nantong", "lianyungang", "zhanjiang"):
        case = CASES[key]
        assert any(_night(c.at.hour) for s in case.screens for c in s.calls if c.collector)


def test_wording_and_number_shapes():
    drawn = [c for case in CASES.values() for c in case.collectors]
    assert any(re.fullmatch(r"0\d{2,3}-\d{7,8}", c) for c in drawn)
    assert any(number_key(c).startswith("95") for c in drawn)
    assert any(number_key(c).startswith("400") for c in drawn)
    assert sum(not number_key(c) for c in drawn) >= 6
    words = "".join(q["text"] for case in CASES.values() for q in truth(case)["quotes"])
    for shape in ("六千六", "6600元整", "6.6K", "晚上11点02分", "今天 21:07", "2026/03/20",
                  "额", "冇得", "侬", "「", "“"):  # fmt: skip
        assert shape in words or shape in words.replace("“", "「"), shape
