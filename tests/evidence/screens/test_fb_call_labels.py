"""A call log's detail line under a row's head: the number's label, a middle dot and the talk
time ("手机·2:31", "企业号码·3:05", "mobile·4:12") is the row's detail, never a row of its own; a
saved name's time in an English interface ("妈妈 12:05 PM") is no part of the name."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.calls import call_rows
from tests.evidence.screens.boxes import load_screens, parse_boxes

SCREENS = load_screens("fb_screens.json")


def test_label_and_talk_time_lines_are_no_rows() -> None:
    record = parse_boxes(SCREENS["calls_luoyang"])
    assert record.kind == "call_log"
    assert [(c.number or c.name, c.count) for c in record.calls] == [
        ("950403318", 2), ("老婆", 1), ("13837902256", 4),
        ("950403318", 1), ("15237956610", 1), ("13837902256", 2),
    ]  # fmt: skip
    assert record.calls[1].time == "2026-11-21T10:15"  # the head's time, not the talk time


def test_a_saved_name_with_an_am_pm_time() -> None:
    record = parse_boxes(SCREENS["calls_wenzhou"])
    named = [c for c in record.calls if c.name]
    assert [(c.name, c.time) for c in named] == [("妈妈", "2026-11-19T12:05")]


def _line(text: str, x: int, y: int, w: int = 600, h: int = 50) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0)


def test_a_word_and_a_dot_under_a_head_is_its_label() -> None:
    lines = [
        _line("138 0013 8000 (2) 10:47", 60, 200, 690),
        _line("mobile·", 60, 245, 100, 40),
        _line("张三 09:30", 60, 320, 690),
        _line("手机·1:05", 60, 365, 150, 40),
    ]
    rows = call_rows(lines, 780, date(2026, 11, 19))
    assert [(r.number or r.name) for r in rows] == ["13800138000", "张三"]
