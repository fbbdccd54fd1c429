"""A log nothing dates (an «IMG_4475.PNG»: its today's rows show a clock, older ones «前天» or
«周日», which no capture day resolves) beside the number's own page: the log's fold «(3) 20:50»
is dated by the page's row at that minute, and the log's rows of that number further down, with
neither day nor clock, are older calls the page lists one by one, counted there once. Where the
page lists fewer older calls than those rows count, the rows stay calls."""

from __future__ import annotations

from understanding.events import ContactEvent
from understanding.row_overlap import overlapped_rows

NUMBER = "15393701264"


def _row(day: str, time: str, count: int, exhibit: str) -> ContactEvent:
    key = (
        f"borrower|call|{NUMBER}|{day}T{time}|{count}"
        if day
        else f"borrower|call|{NUMBER}|{time}|{count}"
    )
    return ContactEvent(NUMBER, "call", day, time, count, exhibit, key)


def _page(*days_times: tuple[str, str]) -> list[ContactEvent]:
    return [_row(day, time, 1, "E9") for day, time in days_times]


def test_the_logs_undated_older_row_is_one_of_the_pages_older_calls() -> None:
    log = [_row("", "20:50", 3, "E2"), _row("", "", 1, "E2")]
    page = _page(
        ("2026-12-04", "06:10"),
        ("2026-12-02", "20:50"),
        ("2026-12-02", "20:48"),
        ("2026-12-02", "19:30"),
        ("2026-11-30", "20:15"),
        ("2026-11-26", "21:05"),
    )
    dropped = overlapped_rows({"E2": log, "E9": page})
    assert id(log[1]) in dropped
    assert not {id(e) for e in page[4:]} & dropped


def test_an_undated_row_stays_where_the_page_shows_no_older_call() -> None:
    log = [_row("", "20:50", 3, "E2"), _row("", "", 1, "E2")]
    page = _page(("2026-12-02", "20:50"), ("2026-12-02", "20:48"), ("2026-12-02", "19:30"))
    assert id(log[1]) not in overlapped_rows({"E2": log, "E9": page})
