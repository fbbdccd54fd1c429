"""A relative's log folds a collector's calls («(5) 17:20»); that number's own page, photographed
with nothing saying whose phone it is, lists exactly those five calls one by one: the page is
that phone's, its calls the fold's, counted once. A page listing more calls that day, or two
phones both named, stay apart."""

from __future__ import annotations

from understanding.events import ContactEvent
from understanding.row_overlap import overlapped_rows


def _row(exhibit: str, phone: str, when: str, count: int = 1) -> ContactEvent:
    day, _, clock = when.partition("T")
    key = f"{phone}|call|13700001111|{when}|{count}"
    return ContactEvent("13700001111", "call", day, clock, count, exhibit, key=key)


_CLOCKS = ("17:20", "16:58", "15:31", "11:02", "10:47")


def test_a_page_of_an_unsaid_phone_listing_a_folds_calls_counts_them_once() -> None:
    fold = [_row("E1", "friend", "2026-12-06T17:20", 5)]
    page = [_row("E2", "borrower", f"2026-12-06T{clock}") for clock in _CLOCKS]
    assert overlapped_rows({"E1": fold, "E2": page}) == {id(e) for e in page}


def test_a_page_with_another_call_that_day_stays_apart() -> None:
    fold = [_row("E1", "friend", "2026-12-06T17:20", 5)]
    page = [_row("E2", "borrower", f"2026-12-06T{c}") for c in ("18:02", *_CLOCKS)]
    assert overlapped_rows({"E1": fold, "E2": page}) == set()


def test_two_named_phones_stay_apart() -> None:
    fold = [_row("E1", "friend", "2026-12-06T17:20", 5)]
    page = [_row("E2", "relative", f"2026-12-06T{clock}") for clock in _CLOCKS]
    assert overlapped_rows({"E1": fold, "E2": page}) == set()
