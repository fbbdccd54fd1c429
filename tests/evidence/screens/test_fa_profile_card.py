"""A profile card over a DM (a professional network's stranger message): the counterpart's
fields joined by middle dots above the first time separator. Nobody's words."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.messages import chat_parts


def _line(text: str, x: int, y: int, w: int, h: int) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0)


_CARD = [
    _line("金橙资产-周经理·金橙资产管理有限公司", 31, 171, 372, 27),
    _line("法务专员·非好友，对方回复前最多发3条", 31, 200, 375, 27),
]


def test_a_dotted_profile_card_above_the_first_separator_is_no_message() -> None:
    lines = [
        *_CARD,
        _line("09:40", 264, 326, 57, 29),
        _line("您好，请问您是孙丽娜的同事刘婷", 94, 378, 347, 32),
    ]
    messages, _calls = chat_parts(lines, 585, date(2027, 3, 22), False)
    assert [m.text for m in messages] == ["您好，请问您是孙丽娜的同事刘婷"]


def test_without_a_separator_under_it_the_dotted_line_is_kept() -> None:
    messages, _calls = chat_parts(list(_CARD), 585, date(2027, 3, 22), False)
    assert len(messages) == 1
