"""A carrier's 通话详单 whose columns say 通信 («起始时间 通信地点 通信方式 对方号码 通信时长»)
and whose time cell prints the date over the clock («11-29» over «22:14:24»): each row is one
call of its number at that day and minute, the clock's line never a row of its own. Real OCR
boxes (blind29_calls.json)."""

from __future__ import annotations

from datetime import date

from evidence.screens.parse import parse_screen
from tests.evidence.screens.boxes import load_screens, ocr_result

SCREENS = load_screens("blind29_calls.json")


def test_each_row_of_the_bill_is_one_call_at_its_stacked_day_and_clock() -> None:
    data = SCREENS["carrier_bill_of_calls"]
    record = parse_screen(ocr_result(data), date.fromisoformat(data["captured"]))
    assert record.kind == "call_log"
    assert [(c.number, c.time, c.direction) for c in record.calls] == [
        ("17787452290", "2026-11-29T22:14", "incoming"),
        ("17787452290", "2026-11-30T00:40", "incoming"),
        ("15287490316", "2026-11-30T23:05", "incoming"),
        ("08743318627", "2026-12-01T22:31", "incoming"),
        ("17787452290", "2026-12-02T01:15", "incoming"),
        ("13988741106", "2026-12-02T12:10", "outgoing"),
        ("15287490316", "2026-12-02T23:58", "incoming"),
        ("17787452290", "2026-12-03T00:52", "incoming"),
    ]
    assert not record.messages
