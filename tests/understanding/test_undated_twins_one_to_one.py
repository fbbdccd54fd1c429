"""A log's two rows of one number on one day, dated by the day alone (the log's older rows), and
another page that clocks only one of them (a carrier's 通话详单 row «12-02 23:58»): the clocked
row is one of the two, so two calls remain, never one."""

from __future__ import annotations

from understanding.events import ContactEvent, Seen
from understanding.seen_twice import drop_undated_twins

NUMBER = "15287490316"


def _call(day: str, time: str, exhibit: str, n: int) -> ContactEvent:
    return ContactEvent(NUMBER, "call", day, time, 1, exhibit, f"borrower|call|{NUMBER}|{day}{n}|1")


def test_one_clocked_row_stands_for_one_day_only_row() -> None:
    events = [
        _call("2026-12-02", "", "E4", 1),  # the log's «12-02» row (answered at 23:58)
        _call("2026-12-02", "", "E4", 2),  # the log's other «12-02» row (missed at 23:31)
        _call("2026-12-02", "23:58", "E3", 3),  # the carrier's table names 23:58 only
    ]
    entry = Seen(NUMBER, True, events=list(events))
    kept, merged = drop_undated_twins(events, {NUMBER: entry})
    assert sum(e.count for e in kept) == 2
    assert sorted(e.time for e in merged[NUMBER].events) == ["", "23:58"]


def test_two_clocked_rows_stand_for_two_day_only_rows() -> None:
    events = [
        _call("2026-12-02", "", "E4", 1),
        _call("2026-12-02", "", "E4", 2),
        _call("2026-12-02", "23:58", "E3", 3),
        _call("2026-12-02", "23:31", "E3", 4),
    ]
    kept, _merged = drop_undated_twins(events, {NUMBER: Seen(NUMBER, True, events=list(events))})
    assert sorted(e.time for e in kept) == ["23:31", "23:58"]
