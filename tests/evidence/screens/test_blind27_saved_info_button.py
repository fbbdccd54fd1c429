"""A saved name's number line boxed with the row's "i" button.

Boxes as the real OCR read an iOS-like log: a saved name over its own number, and the round "i"
button at the row's right end read into the number's line ("13304168852 辽宁锦州 1"). The number
is still the saved name's, never a row of its own without a time.
"""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.calls import call_rows

_SAVED_LOG = [
    ("23:05 5G 76%", (76, 35, 1045, 58)),
    ("通话记录", (37, 186, 308, 91)),
    ("全部 未接", (421, 296, 342, 69)),
    ("还款提醒 下午2:20", (55, 418, 1077, 72)),
    ("13304168852 辽宁锦州 1", (61, 485, 1068, 58)),
    ("0416-2835716 (3) 上午11:48", (63, 594, 1069, 64)),
    ("疑似催收辽宁 锦州", (58, 658, 310, 61)),
    ("还款提醒 (2) 昨天晚上7:03", (55, 1094, 1074, 81)),
    ("13304168852 辽宁 锦州 1", (61, 1166, 1068, 59)),
    ("拨号 通话记录 联系人 收藏", (92, 2439, 995, 72)),
]


def _lines(page: list[tuple[str, tuple[int, int, int, int]]]) -> list[OcrLine]:
    return [OcrLine(text, box, 90.0) for text, box in page]


def test_a_saved_names_number_read_with_the_info_button_stays_the_names() -> None:
    rows = call_rows(_lines(_SAVED_LOG), 1179, None)
    assert [(r.number, r.name, r.count, r.time) for r in rows] == [
        ("13304168852", "还款提醒", 1, "14:20"),
        ("04162835716", "", 3, "11:48"),
        ("13304168852", "还款提醒", 2, "19:03"),
    ]
