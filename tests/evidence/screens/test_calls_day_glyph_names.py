"""A saved name written in glyphs a day also uses ("小周": 小 of 小时, 周 of 周三) heads its row
like any name: its time is beside it, its way under it; the row above keeps its own way."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.calls import call_rows


def _line(text: str, y: int, width: int = 900) -> OcrLine:
    return OcrLine(text, (40, y, width, 48), 90.0)


def test_a_name_of_day_glyphs_heads_its_row() -> None:
    lines = [
        _line("133 4418 0952 (2) 11月18日下午3:10", 300),
        _line("疑似催收・广东深圳", 352, 300),
        _line("小周 11月18日下午12:02", 420),
        _line("来电", 472, 100),
        _line("7 小周 11月6日下午5:45", 540),  # the outgoing arrow read as "7" before the name
        _line("呼出", 592, 100),
    ]
    rows = call_rows(lines, 1080, date(2026, 11, 19))
    assert [(r.number or r.name, r.count, r.direction, r.time) for r in rows] == [
        ("13344180952", 2, "", "2026-11-18T15:10"),
        ("小周", 1, "incoming", "2026-11-18T12:02"),
        ("小周", 1, "outgoing", "2026-11-06T17:45"),
    ]
