"""A picture of a relative's call log sent in a chat: its rows are calls, not inbox messages,
and the picture's own list title is never the chat's header."""

from __future__ import annotations

from tests.evidence.screens.boxes import load_screens, parse_boxes

SCREENS = load_screens("blind24_chat_pictures.json")


def test_call_log_picture_in_a_chat_is_read_as_its_rows() -> None:
    record = parse_boxes(SCREENS["chat_picture_call_log"])
    assert record.kind == "chat_1to1"
    assert record.counterpart == "大姑"
    counted = {row.number: row.count for row in record.calls if row.number}
    assert counted == {"04536931288": 1, "13104536672": 3}
    assert not any(m.sender.isdigit() for m in record.messages)


def test_call_log_picture_rows_keep_their_day_and_clock() -> None:
    record = parse_boxes(SCREENS["chat_picture_call_log"])
    times = {row.number: row.time for row in record.calls if row.number}
    assert times["13104536672"] == "2026-11-21T21:05"
