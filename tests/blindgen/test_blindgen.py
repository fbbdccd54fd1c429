"""The blind generator's truth agrees with what it draws (no score threshold: no model here)."""

from __future__ import annotations

import re

import pytest

from tests.blindgen.cases import CASES, PHONE, collector_key, truth
from tests.blindgen.page import CHROME, INPUT, TABS, page_html
from tests.blindgen.render import file_name
from tests.casegen.model import digits

_OTHER_SKINS = {"miui", "harmony", "ios"}  # what tests/casegen drew (its Screen docstring)


def test_set_is_large_and_new():
    assert len(CASES) >= 3
    assert sum(len(c.screens) for c in CASES.values()) >= 24
    skins = {s.skin for c in CASES.values() for s in c.screens}
    assert skins.isdisjoint(_OTHER_SKINS)
    kinds = {s.kind for c in CASES.values() for s in c.screens}
    drawn = {"chat", "group", "sms_thread", "sms_list", "call_log", "id_card", "bill", "court"}
    assert drawn <= kinds
    assert any(s.owner != "borrower" for c in CASES.values() for s in c.screens)
    assert any(s.overlaps for c in CASES.values() for s in c.screens)


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    case = CASES[key]
    data = truth(case)
    assert all(data["collectors"])
    assert len(set(data["collectors"])) == len(case.collectors)
    assert set(data["contacts"]).isdisjoint(data["collectors"])
    assert set(data["contacts"].values()).isdisjoint(data["collectors"])
    assert set(data["calls"]) <= set(data["collectors"])
    names = [s.name for s in case.screens]
    assert len(set(names)) == len(names)
    lo, hi = data["span"]
    assert lo <= hi
    seen_quotes = set()
    for screen in case.screens:
        page = page_html(screen)
        assert screen.status.split()[0] in page
        assert not screen.overlaps or screen.overlaps in names[: names.index(screen.name)]
        for msg in screen.messages:
            sender = collector_key(msg.sender)
            # A message is a collector's exactly when its sender is one of the collectors.
            if msg.collector:
                assert sender in data["collectors"]
                assert lo <= msg.at.date().isoformat() <= hi
                seen_quotes.add(msg.text)
            if screen.kind != "sms_list":
                assert msg.text.removeprefix("[图片]") in page  # drawn whole
        for row in screen.calls:
            assert row.collector == (digits(row.number) in data["collectors"])
            assert (row.name or row.number) in page
            if row.count > 1:
                assert f"({row.count})" in page
    assert seen_quotes == {q["text"] for q in data["quotes"]}


@pytest.mark.parametrize("key", list(CASES))
def test_overlapping_call_logs_are_counted_once(key):
    case = CASES[key]
    data = truth(case)
    by_owner: dict[tuple[str, str, str], int] = {}
    for screen in case.screens:
        for row in screen.calls:
            if row.collector:
                by_owner[(screen.owner, digits(row.number), row.at.isoformat())] = row.count
    totals: dict[str, int] = {}
    for (_, number, _), count in by_owner.items():
        totals[number] = totals.get(number, 0) + count
    assert totals == data["calls"]
    overlapping = [s for s in case.screens if s.overlaps]
    for screen in overlapping:
        earlier = next(s for s in case.screens if s.name == screen.overlaps)
        assert set(earlier.calls) & set(screen.calls)  # they share rows


def test_no_true_quote_reads_as_ui():
    for case in CASES.values():
        data = truth(case)
        bars = data["tabs"]
        assert {*TABS.values(), *INPUT.values(), *CHROME} <= set(bars)
        for quote in data["quotes"]:
            flat = re.sub(r"\s+", "", quote["text"])
            assert not any(sum(w in flat for w in b.split() if len(w) >= 2) >= 2 for b in bars)
            assert not re.search(r"\d{1,3}%|\b[45]G\b", quote["text"])


def test_file_names_are_unique_and_dated():
    for key, case in CASES.items():
        names = [file_name(s, i, PHONE[key]) for i, s in enumerate(case.screens)]
        assert len(set(names)) == len(names)
        for name, screen in zip(names, case.screens, strict=True):
            if not name.startswith("IMG_"):  # iPhone screenshots carry their date in EXIF only
                assert f"{screen.captured:%Y}" in name
