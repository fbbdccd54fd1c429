"""A lock screen whose card names its sender by a number shown in groups with its country code
(«+86 139 1234 5678», seventeen characters with the blanks): the screen is still a lock screen and
the card its number's words."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen

_LOCK = [
    ("06:52 5G 66%", 46, 20, 1195, 62),
    ("11月14日 星期六", 466, 175, 358, 67),
    ("06:52", 334, 265, 619, 236),
    ("信息 5分钟前", 66, 597, 1158, 64),
    ("+86 139 1234 5678", 69, 670, 421, 58),
    ("还钱的事想好没有，别让我们去你家门口等。", 69, 737, 858, 58),
    ("信息 22分钟前", 66, 888, 1155, 64),
    ("95012345", 69, 958, 230, 61),
    ("【某某贷】您的账单已逾期3天，请今日处理。", 89, 1022, 867, 67),
    ("上滑解锁 相机", 538, 2647, 645, 65),
]


def test_a_card_sent_by_a_grouped_number_is_that_numbers_words() -> None:
    lines = tuple(OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in _LOCK)
    result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 1290, 2796)
    record = parse_screen(result, date(2026, 11, 14))
    assert record.kind == "sms_list"
    said = [(m.sender, m.text) for m in record.messages]
    assert said == [
        ("+86 139 1234 5678", "还钱的事想好没有，别让我们去你家门口等。"),
        ("95012345", "【某某贷】您的账单已逾期3天，请今日处理。"),
    ]
