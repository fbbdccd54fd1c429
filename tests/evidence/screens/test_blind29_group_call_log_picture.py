"""A relative's call log posted as a picture in a family group (its own status bar «姐 19:34 69%»
under the poster's name, rows of numbers with their times, no sentence): its rows are calls on
the poster's phone, never the group's posts. Real OCR boxes (blind29_calls.json)."""

from __future__ import annotations

from tests.evidence.screens.boxes import load_screens, parse_boxes

SCREENS = load_screens("blind29_calls.json")


def test_a_call_log_picture_in_a_group_is_read_as_its_rows() -> None:
    record = parse_boxes(SCREENS["log_forwarded_in_chat_small"])
    assert record.kind == "group_chat"
    assert [(c.number, c.name, c.count, c.time) for c in record.calls] == [
        ("18685190438", "", 2, "2026-12-03T17:50"),
        ("", "老公", 1, "2026-12-03T12:00"),
        ("08588231476", "", 1, "2026-12-03T11:30"),
    ]
    # The picture's rows and tag lines are nobody's posts in the group.
    assert [m.sender for m in record.messages] == ["舅舅", "姐姐"]
