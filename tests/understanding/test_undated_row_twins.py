"""A call-log row that no screenshot dates and the same number's row at the same minute that
another screenshot dates (the number's own page): one group of calls shot twice."""

from __future__ import annotations

from understanding.events import ContactEvent, Seen
from understanding.seen_twice import drop_same_minute_rows

_NUMBER = "13304168852"


def _row(day: str, time: str, count: int, exhibit: str) -> ContactEvent:
    stamp = f"{day}T{time}" if day else time
    key = f"borrower|call|{_NUMBER}|{stamp}|{count}"
    return ContactEvent(_NUMBER, "call", day, time, count, exhibit, key)


def _kept(events: list[ContactEvent]) -> list[ContactEvent]:
    merged = {_NUMBER: Seen(_NUMBER, True, list(events))}
    kept, merged = drop_same_minute_rows(events, merged)
    assert merged[_NUMBER].events == kept
    return kept


def test_an_undated_row_is_the_dated_row_of_its_minute_on_another_screenshot() -> None:
    log = [_row("", "14:20", 1, "E5"), _row("", "19:03", 2, "E5")]
    page = [_row("2026-11-21", "14:20", 1, "E4"), _row("2026-11-20", "19:03", 1, "E4"),
            _row("2026-11-19", "11:30", 1, "E4")]  # fmt: skip
    kept = _kept([*page, *log])
    assert sum(e.count for e in kept) == 4
    # The log's "(2)" row is kept, on the day the page gave it.
    assert ("2026-11-20", "19:03", 2) in [(e.day, e.time, e.count) for e in kept]
    assert all(e.day for e in kept)


def test_an_undated_row_whose_minute_two_days_share_stays_apart() -> None:
    page = [_row("2026-11-21", "09:00", 1, "E4"), _row("2026-11-20", "09:00", 1, "E4")]
    kept = _kept([*page, _row("", "09:00", 1, "E5")])
    assert sum(e.count for e in kept) == 3
