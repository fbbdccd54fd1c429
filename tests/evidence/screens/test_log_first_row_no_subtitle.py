"""A call log's first row right under its title (real boxes of an iOS-18-like dark log): a line
across the screen, a landline left and its time right, is a call, never the bar's subtitle."""

from __future__ import annotations

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen

_LOG = [
    ("23:20 4G 20%", (21, 10, 736, 40)),
    ("最近通话", (20, 81, 167, 55)),
    ("028-83317745 4:35 PM", (24, 179, 732, 48)),
    ("疑似催收", (257, 190, 110, 39)),
    ("四川成都", (23, 224, 122, 46)),
    ("15388126605 (4) 骚扰电话标记9次 10:58 AM", (24, 310, 732, 51)),
    ("四川宜宾", (23, 356, 122, 45)),
    ("18982344017 疑似催收 昨天2:22 PM", (26, 536, 728, 52)),
    ("(3)", (236, 546, 52, 39)),
    ("重庆", (21, 582, 75, 48)),
    ("拨号 通话记录 联系人 收藏", (55, 2425, 670, 38)),
]


def test_the_landline_under_the_title_is_a_call() -> None:
    lines = tuple(OcrLine(text, box, 90.0) for text, box in _LOG)
    record = parse_screen(OcrResult(text="", lines=lines, width=780, height=2500))
    assert record.kind == "call_log"
    assert [(c.number, c.count) for c in record.calls] == [
        ("02883317745", 1),
        ("15388126605", 4),
        ("18982344017", 3),
    ]
    assert "028-83317745 4:35 PM" not in record.chrome
