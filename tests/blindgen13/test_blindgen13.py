"""The thirteenth blind set's truth agrees with what it draws (no score threshold, no model)."""

from __future__ import annotations

import re
from html import escape

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen13.cases import CASES, PHONE, chrome, collector_key, conduct_days, truth
from tests.blindgen13.model import number_key
from tests.blindgen13.pages import CHROME
from tests.blindgen13.render import file_name, page_html

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
    assert set(CASES).isdisjoint(cities_before(13))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | set(PHONE.values())
    labels |= {s.wrap for s in SCREENS if s.wrap}
    assert labels.isdisjoint(labels_before(13))
    assert all(label.endswith("13") for label in labels), labels
    assert {"print13", "seam13", "markup13"} <= labels
    assert set(CHROME) <= {s.app for s in SCREENS}
    assert "car13" in {s.skin for s in SCREENS}
    kinds = {m.kind for s in SCREENS for m in s.msgs}
    assert {"voicemail", "mail", "comment", "post", "note", "readout", "hit", "image"} <= kinds
    names = [file_name(s, PHONE[c.key], i) for c in CASES.values() for i, s in enumerate(c.screens)]
    assert len(set(names)) == len(names)
    assert any(n.startswith("mmexport") and n.endswith(".jpg") for n in names)


def test_chrome_words_are_drawn():
    """Truth "tabs" holds exactly the words the pages draw around people's words."""
    for s in SCREENS:
        for word in CHROME.get(s.app, "").split():
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
    assert len(set(conduct_days(case))) >= 3
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    names = data["screens"]
    assert len(set(names)) == len(names)
    for quote in data["quotes"]:
        assert escape(quote["text"]) in PAGES[quote["screen"]]  # drawn whole on its screen
    for screen in case.screens:
        page = PAGES[screen.name]
        for status in screen.statuses:
            assert all(escape(part) in page for part in status.split()), status
        for msg in screen.msgs:
            if msg.who != "me":
                assert msg.collector == (collector_key(msg.who) in collectors), msg.text
                assert escape(msg.who) in page or screen.app in ("sms13", "chat13", "carmsg13")
            assert msg.kind == "image" or escape(msg.text) in page
            assert msg.at <= screen.captured
        for call in screen.calls:
            assert call.collector == (number_key(call.number) in collectors)
            assert escape(call.name or call.number) in page
            assert call.at <= screen.captured
            assert call.count == 1 or f"({call.count})" in page
        stamps = [c.at for c in screen.calls]
        assert stamps == sorted(stamps, reverse=True)
    assert any(c.collector for s in case.screens if s.app == "calllog13" for c in s.calls)


@pytest.mark.parametrize("key", list(CASES))
def test_loan_bill_and_contacts(key):
    case = CASES[key]
    loan = truth(case)["loan"]
    assert set(loan) == {"amount", "received", "deducted", "demanded"}
    assert loan["amount"] - loan["deducted"] == loan["received"]
    bills = [PAGES[s.name] for s in case.screens if s.app == "bill13"]
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


def test_night_shots_and_official_notices_are_no_conduct():
    """Night status clocks lie outside conduct; the 1069 card is the platform's, no collector."""
    night = [s for s in SCREENS if s.has_bar and _night(s.captured.hour)]
    assert len({s.name[:2] for s in night}) >= 3
    rcs = [s for s in SCREENS if s.app == "rcs13"]
    assert rcs
    assert not any(m.collector for s in rcs for m in s.msgs)
    assert all(s.title.startswith("1069") for s in rcs)


def test_number_shapes():
    """Virtual 170/171, 95 and 96 numbers, landlines with 转, +86 with spaces, nicknames."""
    drawn = [c for case in CASES.values() for c in case.collectors]
    assert sum(c.replace("+86 ", "").startswith("170") for c in drawn) >= 2
    assert sum(c.replace("+86 ", "").startswith("171") for c in drawn) >= 2
    assert any(c.startswith("95") for c in drawn)
    assert any(c.startswith("96") for c in drawn)
    assert sum("转" in c for c in drawn) >= 2
    assert sum(c.startswith("+86 ") for c in drawn) >= 2
    assert sum(not number_key(c) for c in drawn) >= 4
    words = "".join(m.text for s in SCREENS for m in s.msgs if m.quote)
    assert re.search(r"[０-９]{3,}", words)  # full-width digits
    assert re.search(r"(?<![A-Za-z])(hk|yq)(?![A-Za-z])", words)  # pinyin shorthand
    assert re.search(r"[A-Za-z]{4,}", words)  # English mixed in
    assert "公安局" in words
