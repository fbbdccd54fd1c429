"""A call row whose day OCR lost on one screenshot, next to a row both screenshots show."""

from __future__ import annotations

from understanding.events import ContactEvent
from understanding.row_overlap import overlapped_rows


def _row(exhibit: str, number: str, when: str, count: int) -> ContactEvent:
    day, _, clock = when.partition("T")
    key = f"borrower|call|{number}|{when}|{count}"
    return ContactEvent(number, "call", day, clock, count, exhibit, key=key)


def test_an_undated_row_under_a_shared_row_is_the_other_shots_dated_row() -> None:
    first = [
        _row("E1", "13700001111", "2026-04-02T08:10", 2),
        _row("E1", "13700001111", "2026-04-01", 4),
        _row("E1", "13700001111", "2026-03-30", 1),
    ]
    second = [_row("E2", "13700001111", "2026-04-01", 4), _row("E2", "13700001111", "", 1)]
    assert overlapped_rows({"E1": first, "E2": second}) == {id(second[1])}


def test_an_undated_row_over_a_shared_row_is_matched_from_below() -> None:
    first = [_row("E1", "02155550000", "2026-04-02", 3), _row("E1", "02155550000", "2026-04-01", 1)]
    second = [_row("E2", "02155550000", "", 3), _row("E2", "02155550000", "2026-04-01", 1)]
    assert overlapped_rows({"E1": first, "E2": second}) == {id(second[0])}


def test_an_undated_row_of_another_count_or_caller_stays_a_call() -> None:
    first = [_row("E1", "13700001111", "2026-04-01", 4), _row("E1", "13700001111", "2026-03-30", 1)]
    second = [
        _row("E2", "13700001111", "2026-04-01", 4),
        _row("E2", "13700001111", "", 2),  # another count
    ]
    third = [_row("E3", "13700001111", "2026-04-01", 4), _row("E3", "13900002222", "", 1)]
    assert overlapped_rows({"E1": first, "E2": second, "E3": third}) == set()


def test_an_undated_row_with_no_shared_neighbour_stays_a_call() -> None:
    first = [_row("E1", "13700001111", "2026-04-01", 1)]
    second = [_row("E2", "13700001111", "", 1)]
    assert overlapped_rows({"E1": first, "E2": second}) == set()


def test_a_number_pages_calls_before_a_folded_rows_minute_are_the_folds_own() -> None:
    log = [
        _row("E1", "085100002222", "2026-10-09T20:11", 3),
        _row("E1", "085100002222", "2026-10-08T15:20", 1),
    ]
    page = [
        _row("E2", "085100002222", "2026-10-10T08:29", 1),
        _row("E2", "085100002222", "2026-10-09T20:11", 1),
        _row("E2", "085100002222", "2026-10-09T20:07", 1),
        _row("E2", "085100002222", "2026-10-09T20:05", 1),
        _row("E2", "085100002222", "2026-10-09T09:00", 1),  # before the fold's three
        _row("E2", "085100002222", "2026-10-08T15:20", 1),
    ]
    assert overlapped_rows({"E1": log, "E2": page}) == {id(page[1]), id(page[2]), id(page[3])}


def test_a_fold_with_no_row_at_its_minute_elsewhere_takes_no_calls() -> None:
    log = [_row("E1", "13700001111", "2026-04-02T08:35", 2)]
    page = [
        _row("E2", "13700001111", "2026-04-02T08:30", 1),
        _row("E2", "13700001111", "2026-04-02T08:20", 1),
    ]
    same_log = [_row("E3", "13700001111", "2026-04-02T08:35", 2)]
    assert overlapped_rows({"E1": log, "E2": page, "E3": same_log}) == set()
