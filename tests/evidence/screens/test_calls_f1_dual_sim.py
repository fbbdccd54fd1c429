"""Dual-SIM logs, logs grouped by contact and chats with call bubbles, on real OCR boxes
(calls_f1_screens.json, captured from rendered blindgen9/10 screens).

A SIM badge ("卡1") and an HD mark are never part of the caller; a dotted day ("03.12") is the
row's day; a group header's rows are each a call row of their own; a chat is no call log.
"""

from __future__ import annotations

import pytest

from evidence.screens.calls import call_rows
from evidence.screens.calls_wrap import wrapped_numbers
from tests.evidence.screens.boxes import load_screens, ocr_result, parse_boxes

SCREENS = load_screens("calls_f1_screens.json")


def _rows(name: str) -> list[tuple[str, int, str]]:
    record = parse_boxes(SCREENS[name])
    assert record.kind == "call_log"
    return [(c.number or c.name, c.count, c.time) for c in record.calls]


@pytest.mark.parametrize("name", [n for n in SCREENS if n.startswith("dual_sim")])
def test_no_badge_or_mark_in_a_callers_key(name: str) -> None:
    for key, _count, _time in _rows(name):
        assert "卡" not in key
        assert "HD" not in key
        assert "." not in key
        assert key.split()[0] == key


def test_a_number_boxed_apart_from_its_badge_line_is_one_row() -> None:
    rows = _rows("dual_sim_split_number")
    assert ("13829160447", 2, "2027-03-13T14:05") in rows
    assert len(rows) == 6


def test_a_dotted_day_is_the_rows_day() -> None:
    rows = _rows("dual_sim_dotted_days")
    assert ("17159283306", 4, "2027-03-12T23:15") in rows
    assert ("阿杰", 1, "2027-03-11T12:02") in rows


def test_grouped_rows_are_calls_of_their_header() -> None:
    rows = _rows("grouped_by_contact")
    assert ("13064428817", 3, "2026-11-21T09:14") in rows
    assert ("13064428817", 2, "2026-11-20T13:02") in rows
    assert ("18476650392", 4, "2026-11-19T23:31") in rows
    # The same calls as the plain log reads them: one key each, counted once.
    plain = set(_rows("grouped_plain_log"))
    assert all(r in plain for r in rows)


def test_grouped_ios_rows_match_the_plain_log() -> None:
    assert set(_rows("grouped_by_contact_ios")) <= set(_rows("grouped_plain_log_ios"))


def test_a_chat_with_call_bubbles_makes_no_call_rows() -> None:
    data = SCREENS["chat_with_call_bubbles"]
    lines = wrapped_numbers(list(ocr_result(data).lines), data["width"])
    assert call_rows(lines, data["width"], None) == ()
