"""The eighteenth blind set's truth agrees with what it draws (no browser, no OCR, no score)."""

from __future__ import annotations

import re

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen18.cases import CASES, PHONE, chrome, collector_key, conduct_days, truth
from tests.blindgen18.layout import CHROME, STYLE, blocks, drawn_text, when
from tests.blindgen18.model import number_key
from tests.blindgen18.paint import font, wrap

_STATUS = re.compile(r"\d+K/s|\b[45]G\b|\bHD\b|\d{1,3}%")
SCREENS = [s for c in CASES.values() for s in c.screens]
DRAWN = {s.name: drawn_text(s) for s in SCREENS}


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).rstrip("。！？!?.").replace("“", "「").replace("”", "」")


def _reads_as_ui(text: str, statuses: list[str], bars: list[str]) -> bool:
    """bench/screens_report.py's _ui_in rule, restated so this test needs no app import."""
    flat = _flat(text)
    if any(_flat(s) in flat for s in statuses) or _STATUS.search(text):
        return True
    if flat in {w for b in bars for w in b.split() if len(w) >= 2}:
        return True
    return any(sum(w in flat for w in b.split() if len(w) >= 2) >= 2 for b in bars)


def _night(hour: int) -> bool:
    return hour >= 22 or hour < 8


def _bubbles(screen) -> list[str]:
    return [
        b.text
        for b in blocks(screen)
        if b.kind in ("bubble", "item", "card", "post", "comment", "mail")
    ]


def test_set_is_large_and_new():
    assert len(CASES) >= 4
    assert 36 <= len(SCREENS) <= 44
    assert set(CASES).isdisjoint(cities_before(18))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | {s.wrap for s in SCREENS}
    labels.discard("")
    assert labels.isdisjoint(labels_before(18))
    assert all(label.endswith("18") for label in labels), labels
    assert {"long18", "crop18", "circle18", "fwd18", "photo18"} <= labels
    assert set(CHROME) <= {s.app for s in SCREENS}
    names = [s.name for s in SCREENS]
    assert len(set(names)) == len(names)
    assert set(PHONE) == set(CASES)


def test_chrome_words_are_drawn():
    for s in SCREENS:
        for bar in CHROME.get(s.app, "").split("\n"):
            for word in bar.split():
                assert word in DRAWN[s.name], (s.name, word)


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    case = CASES[key]
    data = truth(case)
    drawn = "".join(DRAWN[s.name] for s in case.screens)
    collectors = set(data["collectors"])
    assert len(collectors) == len(case.collectors) >= 4
    assert all(c in drawn for c in case.collectors)
    assert set(data["contacts"]).isdisjoint(collectors)
    assert set(data["contacts"].values()).isdisjoint(collectors)
    assert set(data["calls"]) <= collectors
    assert len(data["quotes"]) >= 8
    for quote in data["quotes"]:
        screen = next(s for s in case.screens if s.name == quote["screen"])
        assert any(quote["text"] in text for text in _bubbles(screen)), quote
    for screen in case.screens:
        for status in screen.statuses:
            assert all(part in DRAWN[screen.name] for part in status.split()), status
        for msg in screen.msgs:
            if msg.kind == "seam":
                continue
            assert msg.collector == (collector_key(msg.who) in collectors), msg.text
            assert msg.at <= screen.captured
            if msg.kind == "preview":  # a cut preview is never drawn whole
                assert msg.text not in DRAWN[screen.name]
            else:
                assert msg.text in DRAWN[screen.name], msg.text
        for call in screen.calls:
            assert call.collector == (number_key(call.number) in collectors)
            shown = call.name or call.number
            assert (f"{shown} ({call.count})" if call.count > 1 else shown) in DRAWN[screen.name]
            assert when(call.at, screen.captured, STYLE[screen.app]) in DRAWN[screen.name]
            assert call.at <= screen.captured
        stamps = [c.at for c in screen.calls]
        assert stamps == sorted(stamps, reverse=True)


@pytest.mark.parametrize("key", list(CASES))
def test_span_days_come_from_drawn_times(key):
    """Each collector's message has its time written on its screen, in that app's own style."""
    case = CASES[key]
    days = conduct_days(case)
    assert truth(case)["span"] == (days[0], days[-1])
    for screen in case.screens:
        for msg in screen.msgs:
            if msg.collector and msg.kind != "seam":
                stamp = when(msg.at, screen.captured, STYLE.get(screen.app, "full"))
                assert stamp in DRAWN[screen.name], (screen.name, stamp)


def test_calls_count_a_row_seen_twice_once():
    assert truth(CASES["xinxiang"])["calls"] == {"17083926615": 9, "037350862291": 4}
    assert truth(CASES["changde"])["calls"] == {"16507364482": 7, "073677265310": 8}
    assert truth(CASES["jieyang"])["calls"] == {"15362270914": 6, "066388174420": 6}
    assert truth(CASES["yueyang"])["calls"] == {"19918420367": 9, "073082617705": 3}


@pytest.mark.parametrize("key", list(CASES))
def test_loan_papers_and_contacts(key):
    case = CASES[key]
    loan = truth(case)["loan"]
    assert set(loan) == {"amount", "received", "deducted", "demanded"}
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]
    money = "".join(DRAWN[s.name] for s in case.screens if s.app in ("bill18", "dualsms18"))
    assert all(f"{value}" in money for value in loan.values())
    apps = {s.app for s in case.screens}
    assert {"idcard18", "forged18"} <= apps
    assert any(s.forwarded and s.owner != "borrower" for s in case.screens)
    for name, _ in case.contacts:
        seen = any(m.who == name for s in case.screens for m in s.msgs)
        seen |= any(c.name == name for s in case.screens for c in s.calls)
        assert seen or any(s.owner == name for s in case.screens), name


def test_no_true_quote_reads_as_ui():
    for case in CASES.values():
        data = truth(case)
        assert data["tabs"] == chrome()
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote
            assert "忽略之前的指令" not in quote["text"]


def test_one_case_is_night_only_by_its_clocks():
    yueyang = CASES["yueyang"]
    events = [m.at for s in yueyang.screens for m in s.msgs if m.collector and m.kind != "seam"]
    events += [c.at for s in yueyang.screens for c in s.calls if c.collector]
    assert not any(_night(at.hour) for at in events)
    assert sum(_night(s.captured.hour) for s in yueyang.screens if s.statuses) >= 3
    for key in ("xinxiang", "changde", "jieyang"):
        case = CASES[key]
        assert any(_night(c.at.hour) for s in case.screens for c in s.calls if c.collector)
        assert any(not _night(c.at.hour) for s in case.screens for c in s.calls if c.collector)


def test_notices_and_the_lender_are_no_collectors():
    for s in SCREENS:
        for m in s.msgs:
            if m.who in ("12381", "96110") or m.who in {c.lender for c in CASES.values()}:
                assert not m.collector


def test_long_captures_repeat_a_bubble_at_each_seam():
    longs = [s for s in SCREENS if s.wrap == "long18"]
    assert len(longs) >= 2
    for s in longs:
        kinds = [b.kind for b in blocks(s)]
        assert kinds.count("seam") == 2  # three screens stitched
        texts = [b.text for b in blocks(s) if b.kind == "bubble"]
        assert len(texts) - len(set(texts)) == 2


def test_wording_shapes():
    words = "".join(m.text for s in SCREENS for m in s.msgs if m.quote)
    for shape in ("壹万贰", r"\d+k", "t\\.cn/", "@所有人", "侬", "唔", "莫装"):
        assert re.search(shape, words), shape
    assert any(s.extra.get("mark") for s in SCREENS)
    assert any(s.wrap == "crop18" and not s.statuses for s in SCREENS)
    assert sum(not number_key(c) for case in CASES.values() for c in case.collectors) >= 6


def test_pillow_wrap_keeps_every_character():
    face = font(26)
    text = "各位家属好，我是速借宝法务部，12k的账 please call back。"
    assert "".join(wrap(text, face, 200)) == text
