"""A log's folded rows and the number's own page listing the same calls one by one, counted
once: a fold no screenshot dated («(2) 16:02» on an IMG_….PNG) takes the page's day at its
minute; a fold naming its day but no minute («(2) 32分钟前») is the page's calls that day when
they count as many. Real OCR boxes (tests/evidence/screens/blind28_calls.json)."""

from __future__ import annotations

from datetime import date

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.parse import parse_screen
from tests.evidence.screens.boxes import load_screens, ocr_result
from understanding.events import ContactEvent
from understanding.roles import number_rows
from understanding.row_overlap import overlapped_rows

SCREENS = load_screens("blind28_calls.json")


def _item(eid: str, name: str) -> EvidenceItem:
    data = SCREENS[name]
    day = date.fromisoformat(data["captured"]) if data["captured"] else None
    record = parse_screen(ocr_result(data), day)
    return EvidenceItem(
        id=eid, kind="call_log", file=data["screen"], sha256=eid * 32, text="",
        captured_on=data["captured"], extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def _calls(*names: str) -> dict[str, int]:
    case = Case(
        borrower=Borrower(name="赵晓峰", phone="18732015569"),
        evidence=[_item(f"E{i + 1}", name) for i, name in enumerate(names)],
    )
    return {row.sender: row.calls for row in number_rows(case)}


def test_an_undated_fold_and_the_numbers_page_count_each_call_once() -> None:
    calls = _calls("log_undated_fold", "number_page_landline")
    # The page's five calls: the log's «(2) 16:02» is its 10:20 and 16:02, «昨天19:33» its 19:33.
    assert calls["03105087236"] == 5


def test_a_fold_dated_minutes_ago_and_the_numbers_page_count_each_call_once() -> None:
    calls = _calls("log_fold_minutes_ago", "number_page_mobile")
    assert calls["19935901277"] == 6
    assert calls["03592026451"] == 3


def _row(exhibit: str, number: str, day: str, clock: str, count: int) -> ContactEvent:
    key = f"borrower|call|{number}|{day}T{clock}|{count}"
    return ContactEvent(number, "call", day, clock, count, exhibit, key=key)


def test_a_timeless_fold_stays_when_the_page_shows_other_calls_that_day() -> None:
    log = [_row("E1", "13700001111", "2026-04-02", "", 3)]
    page = [
        _row("E2", "13700001111", "2026-04-02", "09:10", 1),
        _row("E2", "13700001111", "2026-04-02", "12:40", 1),
    ]
    assert overlapped_rows({"E1": log, "E2": page}) == set()
    page.append(_row("E2", "13700001111", "2026-04-02", "20:05", 1))
    assert overlapped_rows({"E1": log, "E2": page}) == {id(log[0])}
