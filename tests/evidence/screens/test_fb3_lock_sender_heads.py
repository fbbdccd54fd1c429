"""A lock screen whose cards name the sender in the head («app·sender stamp»), the words right
under it: each card is its sender's, dated the capture's day when stamped "18分钟前" or "刚刚"."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.lockscreen import notification_stack
from evidence.screens.parse import parse_screen

_LOCK = [
    ("06:48 5G 87%", 36, 14, 1008, 52),
    ("6:48", 326, 235, 430, 214),
    ("3月18日星期三", 394, 473, 289, 54),
    ("信息·16530928847 18分钟前", 60, 619, 964, 58),
    ("七点前不回话，恁通讯录俺们一个一个打", 60, 689, 650, 52),
    ("信息・16530928847 刚刚", 58, 809, 966, 64),
    ("李婷，俺们已经把恁的事发到恁家族群…", 60, 882, 650, 47),
    ("微信·催收-勿接 3分钟前", 58, 1002, 966, 61),
    ("人呢？再装死试试…", 58, 1073, 338, 54),
    ("微信・老公 1分钟前", 56, 1193, 968, 61),
    ("你那边咋回事，一早有人打我电话…", 63, 1268, 577, 47),
    ("上滑解锁 清除全部", 193, 2173, 693, 57),
]


def _lines(rows: list[tuple[str, int, int, int, int]]) -> tuple[OcrLine, ...]:
    return tuple(OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in rows)


def test_each_card_is_the_sender_its_head_names() -> None:
    lines = _lines(_LOCK)
    result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 1082, 2400)
    record = parse_screen(result, date(2026, 3, 18))
    assert record.kind == "sms_list"
    said = [(m.sender, m.text, m.time) for m in record.messages]
    assert said[0] == ("16530928847", "七点前不回话，恁通讯录俺们一个一个打", "2026-03-18")
    assert [s for s, _t, _w in said] == ["16530928847", "16530928847", "催收-勿接", "老公"]


def test_a_head_with_only_a_time_keeps_its_sender_line() -> None:
    rows = [
        ("6:48", 326, 235, 430, 214),
        ("信息 06:30", 60, 619, 400, 58),
        ("10690217788", 60, 689, 400, 52),
        ("您的账单已逾期，请尽快处理", 60, 750, 650, 52),
    ]
    stack = notification_stack(list(_lines(rows)), 1082, date(2026, 3, 18))
    assert stack is not None
    assert [(m.sender, m.time) for m in stack] == [("10690217788", "2026-03-18T06:30")]


def test_a_head_with_the_time_glued_to_the_dot_is_read() -> None:
    rows = [
        ("6:48", 326, 235, 430, 214),
        ("信息·06:30", 60, 619, 400, 58),
        ("10690217788", 60, 689, 400, 52),
        ("您的账单已逾期，请尽快处理", 60, 750, 650, 52),
        ("微信 · 07:02", 60, 860, 400, 58),
        ("催收-小王", 60, 930, 400, 52),
        ("今天不还就上门", 60, 990, 650, 52),
    ]
    stack = notification_stack(list(_lines(rows)), 1082, date(2026, 3, 18))
    assert stack is not None
    assert [(m.sender, m.time) for m in stack] == [
        ("10690217788", "2026-03-18T06:30"),
        ("催收-小王", "2026-03-18T07:02"),
    ]
