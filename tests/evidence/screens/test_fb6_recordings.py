"""A call recorder's list: each row a number (or saved name) over the call's time and its length
("5月12日 22:51 · 03:12"). Boxes as OCR read a Samsung-like 通话录音 page. Each row is one call at
that time, never an inbox row whose preview is its time."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.calls import is_call_label
from evidence.screens.parse import parse_screen

_RECORDINGS = [
    ("23:40 5G 15%", (18, 3, 823, 64)),
    ("通话录音", (23, 98, 183, 60)),
    ("搜索录音", (21, 224, 176, 63)),
    ("151 0539 2847", (19, 365, 251, 52)),
    ("5月12日 22:51 · 03:12", (19, 413, 336, 45)),
    ("151 0539 2847", (21, 503, 247, 47)),
    ("5月11日 13:07 · 01:45", (19, 552, 336, 45)),
    ("大姨", (17, 634, 97, 60)),
    ("5月10日 18:30 · 08:02", (19, 688, 336, 45)),
    ("151 0539 2847", (21, 778, 249, 47)),
    ("5月9日 08:15 · 00:38", (19, 825, 322, 45)),
]


def test_each_recording_row_is_one_call_at_its_time() -> None:
    lines = tuple(OcrLine(text, box, 90.0) for text, box in _RECORDINGS)
    result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 860, 1900)
    record = parse_screen(result, date(2026, 5, 12))
    assert record.kind == "call_log"
    assert [(c.number, c.name, c.count, c.time) for c in record.calls] == [
        ("15105392847", "", 1, "2026-05-12T22:51"),
        ("15105392847", "", 1, "2026-05-11T13:07"),
        ("", "大姨", 1, "2026-05-10T18:30"),
        ("15105392847", "", 1, "2026-05-09T08:15"),
    ]
    assert not record.messages


def test_a_time_and_a_length_are_a_calls_detail_not_a_preview() -> None:
    assert is_call_label("5月12日 22:51 · 03:12")
    assert is_call_label("昨天 09:15 | 2分05秒")
    assert not is_call_label("明天 22:51 前还款 · 谢谢")
