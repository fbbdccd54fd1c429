"""The twelfth blind set's truth agrees with what it draws (no score threshold: no model here)."""

from __future__ import annotations

import re
from html import escape

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen12.cases import CASES, CHROME, PHONE, chrome, collector_key, conduct_days, truth
from tests.blindgen12.frames import WRAP_CHROME, WRAPS
from tests.blindgen12.model import number_key
from tests.blindgen12.render import file_name, page_html

_STATUS = re.compile(r"\d+K/s|\b[45]G\b|\bHD\b|\d{1,3}%")
SCREENS = [s for c in CASES.values() for s in c.screens]
PAGES = {s.name: page_html(s) for s in SCREENS}


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
    return hour >= 22 or hour < 6


def test_set_is_large_and_new():
    assert len(CASES) >= 4
    assert len(SCREENS) >= 36
    assert set(CASES).isdisjoint(cities_before(12))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | set(PHONE.values())
    assert labels.isdisjoint(labels_before(12))
    assert all(label.endswith("12") for label in labels), labels
    assert set(WRAPS) | {"photo12", "webos12"} <= {s.skin for s in SCREENS}
    assert set(CHROME) - set(WRAP_CHROME) <= {s.app for s in SCREENS}
    kinds = {m.kind for s in SCREENS for m in s.msgs}
    assert {"mail", "notif", "image", "spoken", "preview"} <= kinds
    assert {"mother", "colleague", "landlord", "roommate"} <= {s.owner for s in SCREENS}
    names = [file_name(s, PHONE[c.key], i) for c in CASES.values() for i, s in enumerate(c.screens)]
    assert len(set(names)) == len(names)
    assert sum(n.startswith("mmexport") and n.endswith(".jpg") for n in names) >= 4


def test_chrome_words_are_drawn():
    """Truth "tabs" holds exactly the words the pages draw around people's words."""
    for s in SCREENS:
        for label in (s.app, s.skin):
            for word in CHROME.get(label, "").split():
                assert escape(word) in PAGES[s.name], (s.name, word)


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    case = CASES[key]
    data = truth(case)
    pages = "".join(PAGES[s.name] for s in case.screens)
    collectors = set(data["collectors"])
    assert len(collectors) == len(case.collectors) >= 2
    assert all(escape(c) in pages for c in case.collectors)  # each drawn as the truth keys it
    assert set(data["contacts"]).isdisjoint(collectors)
    assert set(data["contacts"].values()).isdisjoint(collectors)
    assert set(data["calls"]) <= collectors
    assert data["calls"]
    assert len(data["quotes"]) >= 6
    lo, hi = data["span"]
    assert len(set(conduct_days(case))) >= 3
    names = data["screens"]
    assert len(set(names)) == len(names)
    for quote in data["quotes"]:
        assert escape(quote["text"]) in PAGES[quote["screen"]]  # drawn whole on its screen
    rows: dict[tuple[str, str, str], int] = {}
    for screen in case.screens:
        page = PAGES[screen.name]
        for status in screen.statuses:
            assert all(escape(part) in page for part in status.split()), status
        assert not screen.overlaps or screen.overlaps in names[: names.index(screen.name)]
        for msg in screen.msgs:
            if msg.who != "me":
                assert msg.collector == (collector_key(msg.who) in collectors), msg.text
            if msg.collector:
                assert lo <= msg.at.date().isoformat() <= hi
            assert msg.kind == "image" or escape(msg.text) in page
            assert msg.at <= screen.captured
        for call in screen.calls:
            assert call.collector == (number_key(call.number) in collectors)
            assert escape(call.name or call.number) in page
            assert call.at <= screen.captured
            assert call.count == 1 or f"({call.count})" in page
            if call.collector:
                rows[(screen.owner, number_key(call.number), call.at.isoformat())] = call.count
        stamps = [c.at for c in screen.calls]
        assert stamps == sorted(stamps, reverse=True)
        if screen.overlaps:
            before = next(s for s in case.screens if s.name == screen.overlaps).calls
            assert {(c.number, c.at) for c in before} & {(c.number, c.at) for c in screen.calls}
    sums: dict[str, int] = {}
    for (_, number, _), count in rows.items():
        sums[number] = sums.get(number, 0) + count
    assert sums == data["calls"]
    assert any(c.collector for s in case.screens if s.app == "calllog12" for c in s.calls)


@pytest.mark.parametrize("key", list(CASES))
def test_loan_bill_and_contacts(key):
    case = CASES[key]
    loan = truth(case)["loan"]
    assert set(loan) == {"amount", "received", "deducted", "demanded"}
    assert loan["amount"] - loan["deducted"] == loan["received"]
    bills = [PAGES[s.name] for s in case.screens if s.app == "bill12"]
    assert bills
    assert all(f"{value}.00" in bills[0] for value in loan.values())
    # Each contact was reached: they write to the borrower or talk with her in the call log.
    for name, _ in case.contacts:
        own = [s for s in case.screens if any(m.who == name for m in s.msgs)]
        calls = [c for s in case.screens for c in s.calls if c.name == name]
        assert own or calls, name
    assert any(s.msgs and not any(m.collector for m in s.msgs) for s in case.screens)


def test_no_true_quote_reads_as_ui():
    for case in CASES.values():
        data = truth(case)
        assert data["tabs"] == chrome()
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote


def test_night_shots_and_paper_dates_are_no_conduct():
    """Night status clocks and an ID card's birth date lie outside what the truth calls conduct."""
    night = [s for s in SCREENS if s.has_bar and _night(s.captured.hour)]
    assert len({s.name[0] for s in night}) >= 3
    card = next(s for s in SCREENS if s.app == "idcard12")
    born = dict(card.extra["card"])["出生"]
    assert born.startswith("1991")
    assert born not in "".join(m.text for s in SCREENS for m in s.msgs)


def test_number_shapes():
    """Virtual 170/171, a 95 number, landlines, +86 with spaces, nicknames, 转 in the words."""
    drawn = [c for case in CASES.values() for c in case.collectors]
    assert any(c.startswith("170") for c in drawn)
    assert any(c.startswith("171") for c in drawn)
    assert any(c.startswith("95") for c in drawn)
    assert sum(c.startswith("0") and "-" in c for c in drawn) >= 2
    assert sum(c.startswith("+86 ") for c in drawn) >= 3
    assert sum(not number_key(c) for c in drawn) >= 4
    words = "".join(m.text for s in SCREENS for m in s.msgs if m.quote)
    assert words.count("转") >= 2
    assert re.search(r"[a-z]{3,}", words)
    assert all(ch in words for ch in "零一二三四五六七八九十百千"[1:])
