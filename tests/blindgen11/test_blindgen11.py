"""The eleventh blind set's truth agrees with what it draws (no score threshold: no model here)."""

from __future__ import annotations

import re
from html import escape

import pytest

from tests.blind_labels import labels_before
from tests.blindgen11.cases import CASES, PHONE, collector_key, conduct_days, truth
from tests.blindgen11.model import number_key
from tests.blindgen11.render import file_name, page_html
from tests.blindgen11.skins import CHROME, chrome

_STATUS = re.compile(r"\d+K/s|\b[45]G\b|\bHD\b|\d{1,3}%")
SCREENS = [s for c in CASES.values() for s in c.screens]
PAGES = {s.name: page_html(s) for s in SCREENS}


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).rstrip("。！？!?").replace("“", "「").replace("”", "」")


def _reads_as_ui(text: str, statuses: list[str], bars: list[str]) -> bool:
    """bench/screens_report.py's _ui_in rule, restated so this test needs no app import."""
    flat = _flat(text)
    if any(_flat(s) in flat for s in statuses) or _STATUS.search(text):
        return True
    if flat in {w for b in bars for w in b.split() if len(w) >= 2}:
        return True
    return any(sum(w in flat for w in b.split() if len(w) >= 2) >= 2 for b in bars)


def test_set_is_large_and_new():
    assert len(CASES) >= 4
    assert len(SCREENS) >= 34
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | set(PHONE.values())
    assert labels.isdisjoint(labels_before(11))
    assert all(label.endswith("11") for label in labels), labels
    assert {"watch11", "tablet11", "mirror11", "photo11"} <= {s.skin for s in SCREENS}
    assert set(CHROME) - {"mirror11"} <= {s.app for s in SCREENS}
    assert {"idcard11", "summons11"} <= {s.app for s in SCREENS}
    kinds = {m.kind for s in SCREENS for m in s.msgs}
    assert {"voice", "mail", "notif", "image", "system"} <= kinds
    assert {"mother", "colleague"} <= {s.owner for s in SCREENS if s.forwarded}
    assert any(s.tall for s in SCREENS)
    assert sum(bool(s.overlaps) for s in SCREENS) >= 2
    names = [file_name(s, PHONE[c.key], i) for c in CASES.values() for i, s in enumerate(c.screens)]
    assert len(set(names)) == len(names)
    assert sum(n.startswith("mmexport") and n.endswith(".jpg") for n in names) >= 3


def test_chrome_words_are_drawn():
    """Truth "tabs" holds exactly the words the pages draw around people's words."""
    for s in SCREENS:
        if s.app in CHROME:
            for word in CHROME[s.app].split():
                assert escape(word) in PAGES[s.name], (s.name, word)
        if s.skin == "mirror11":
            assert all(w in PAGES[s.name] for w in CHROME["mirror11"].split())


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    case = CASES[key]
    data = truth(case)
    collectors = set(data["collectors"])
    assert len(collectors) == len(case.collectors) >= 2
    assert set(data["contacts"]).isdisjoint(collectors)
    assert set(data["contacts"].values()).isdisjoint(collectors)
    assert set(data["calls"]) <= collectors
    assert data["calls"]
    lo, hi = data["span"]
    names = data["screens"]
    assert len(set(names)) == len(names)
    for quote in data["quotes"]:
        assert escape(quote["text"]) in PAGES[quote["screen"]]  # drawn whole on its screen
    rows: dict[tuple[str, str, str], int] = {}
    for screen in case.screens:
        page = PAGES[screen.name]
        if screen.has_bar:
            assert all(escape(part) in page for part in screen.status.split())
        assert not screen.overlaps or screen.overlaps in names[: names.index(screen.name)]
        for msg in [*screen.msgs, *screen.extra.get("list", [])]:
            if msg.who not in ("me", ""):
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
        assert screen.app != "calllog11" or stamps == sorted(stamps, reverse=True)
        if screen.overlaps:
            before = next(s for s in case.screens if s.name == screen.overlaps).calls
            shared = {(c.number, c.at) for c in before} & {(c.number, c.at) for c in screen.calls}
            assert shared  # rows on both shots
    sums: dict[str, int] = {}
    for (_, number, _), count in rows.items():
        sums[number] = sums.get(number, 0) + count
    assert sums == data["calls"]
    assert (conduct_days(case)[0], conduct_days(case)[-1]) == (lo, hi)


@pytest.mark.parametrize("key", list(CASES))
def test_loan_bill_and_contacts(key):
    case = CASES[key]
    loan = truth(case)["loan"]
    assert set(loan) == {"amount", "received", "deducted", "demanded"}
    assert loan["amount"] - loan["deducted"] == loan["received"]
    bills = [PAGES[s.name] for s in case.screens if s.app == "bill11"]
    assert bills
    assert all(f"{value}.00" in bills[0] for value in loan.values())
    # Each contact who writes has a chat of their own, with no collector in it.
    for name, _ in case.contacts:
        own = [s for s in case.screens if any(m.who == name for m in s.msgs)]
        calls = [c for s in case.screens for c in s.calls if c.name == name]
        assert own or calls, name
    assert any(
        s.msgs and not any(m.collector for m in s.msgs) and s.app != "clan11" for s in case.screens
    )


def test_no_true_quote_reads_as_ui():
    for case in CASES.values():
        data = truth(case)
        assert len(data["quotes"]) >= 5
        assert data["tabs"] == chrome()
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote


def _night(hour: int) -> bool:
    return hour >= 22 or hour < 6


def _times(case):
    for s in case.screens:
        yield from (m.at for m in [*s.msgs, *s.extra.get("list", [])])
        yield from (c.at for c in s.calls)


def test_night_conduct_and_a_status_bar_only_night():
    for key, case in CASES.items():
        conduct = [m.at for s in case.screens for m in s.msgs if m.collector]
        conduct += [c.at for s in case.screens for c in s.calls if c.collector]
        assert any(_night(m.hour) for m in conduct) != (key == "baise")
    baise = CASES["baise"]
    assert not any(_night(at.hour) for at in _times(baise))  # no night word or call anywhere
    bars = [s.captured for s in baise.screens if s.has_bar and _night(s.captured.hour)]
    assert [b.strftime("%H:%M") for b in bars] == ["00:12"]


def test_traditional_characters_in_one_case():
    text = "".join(m.text for s in CASES["shatin"].screens for m in s.msgs if m.collector)
    assert sum(ch in text for ch in "還處聯絡應們說錢資後") >= 6
    assert all(abbr in "".join(PAGES.values()) for abbr in ("cs", "yq", "hk"))
