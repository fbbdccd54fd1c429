"""A call log's saved name over its own number, and a number head boxed apart at its count."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen


def _result(rows: list[tuple[str, int, int, int, int]], width: int = 720, height: int = 1500):
    lines = tuple(OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in rows)
    return OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, width, height)


def _calls(record):
    return [(c.number, c.name, c.count, c.time) for c in record.calls]


def test_a_saved_name_over_its_own_number_is_one_row_whatever_the_name_says():
    # Real OCR boxes: «催收-勿接» holds a tag word, yet with its count and time at the right and
    # its number with the place right under it, it heads the row; the number is the name's.
    record = parse_screen(
        _result(
            [
                ("07:41", 21, 10, 74, 34),
                ("通话记录", 24, 78, 190, 57),
                ("全部 未接来电", 24, 158, 214, 42),
                ("0513-85126633 (3) 今天07:12", 114, 237, 580, 38),
                ("江苏南通|催收", 116, 279, 151, 33),
                ("催收-勿接 (2) 今天06:55", 114, 344, 580, 44),
                ("15150629318 江苏南通", 114, 392, 227, 32),
                ("17160238847 (4) 昨天22:40", 114, 458, 580, 43),
                ("江苏南通|骚扰电话", 116, 504, 193, 32),
                ("妈妈 昨天20:11", 109, 566, 584, 48),
                ("13805137720 江苏南通", 116, 618, 225, 27),
                ("拨号 联系人 收藏", 124, 1436, 471, 46),
            ]
        ),
        date(2026, 3, 11),
    )
    assert _calls(record) == [
        ("051385126633", "", 3, "2026-03-11T07:12"),
        ("15150629318", "催收-勿接", 2, "2026-03-11T06:55"),
        ("17160238847", "", 4, "2026-03-10T22:40"),
        ("13805137720", "妈妈", 1, "2026-03-10T20:11"),
    ]


def test_a_saved_name_without_a_count_over_its_number_heads_its_row():
    record = parse_screen(
        _result(
            [
                ("07:42", 21, 10, 74, 34),
                ("通话记录", 24, 78, 190, 57),
                ("0513-85126633 (2) 昨天14:32", 116, 237, 578, 35),
                ("江苏南通|催收", 114, 278, 153, 32),
                ("催收-勿接 星期一23:40", 114, 344, 580, 44),
                ("15150629318 江苏南通", 114, 392, 227, 32),
                ("4008201766 星期一11:26", 114, 458, 580, 43),
                ("全国|催收", 116, 504, 120, 32),
            ]
        ),
        date(2026, 3, 11),
    )
    assert _calls(record) == [
        ("051385126633", "", 2, "2026-03-10T14:32"),
        ("15150629318", "催收-勿接", 1, "2026-03-09T23:40"),
        ("4008201766", "", 1, "2026-03-09T11:26"),
    ]


def test_a_number_head_boxed_apart_at_its_count_keeps_its_count_and_time():
    # Real OCR boxes: «13289470316 (» and «(3) 今天16:05» level with it, to its right.
    record = parse_screen(
        _result(
            [
                ("中国移动 23:30", 7, 3, 402, 33),
                ("通话记录", 26, 68, 193, 53),
                ("全部 未接来电", 26, 150, 221, 42),
                ("13289470316 (", 120, 229, 206, 41),
                ("(3) 今天16:05", 312, 233, 412, 38),
                ("陕西西安|催收", 120, 275, 157, 33),
                ("95013268 天13:58", 117, 347, 607, 39),
                ("全国|催收", 117, 390, 119, 38),
                ("13289470316 昨天15:47", 121, 584, 603, 37),
                ("(2)", 314, 586, 36, 30),
                ("陕西西安|催收", 119, 625, 157, 34),
                ("拨号 联系人 收藏", 130, 1248, 489, 47),
            ],
            width=750,
            height=1334,
        ),
        date(2026, 3, 17),
    )
    counts = [(c.number, c.count, c.time) for c in record.calls]
    assert ("13289470316", 3, "2026-03-17T16:05") in counts
    assert ("13289470316", 2, "2026-03-16T15:47") in counts
