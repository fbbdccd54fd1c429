"""A picture of a call log sent in a 1:1 chat is read as its rows even where a day heading
(«今天») stands over them: the rows are calls, never a message of the picture's title."""

from __future__ import annotations

from tests.evidence.screens.boxes import load_screens, parse_boxes

_PICTURES = load_screens("blind25_call_pictures.json")


def test_a_call_log_picture_under_a_day_heading_is_read_as_its_rows() -> None:
    drawn = {
        "Screenshot_2026-11-02-19-46-02.png": {"18547120093": 3, "04716952830": 1},
        "Screenshot_20261118-210233.png": {"19808985516": 2, "089888219034": 1},
    }
    for name, calls in drawn.items():
        record = parse_boxes(_PICTURES[name])
        assert record.kind == "chat_1to1"
        assert {row.number: row.count for row in record.calls if row.number} == calls
        # The picture's title and rows are nobody's words in the chat.
        assert not any(m.sender for m in record.messages)
