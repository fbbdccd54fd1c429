"""A friend-request list ("新的朋友") on real OCR boxes of an Honor-like dark phone.

Each row is a requester's name with its button at the right end; the verification line under
it is that requester's message. The page's title is no one's name.
"""

from __future__ import annotations

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen
from evidence.screens.requests import request_messages

_WIDTH = 780
_PAGE = [
    ("12:10 5G 67%", (24, 11, 732, 38)),
    ("新的朋友", (19, 83, 160, 49)),
    ("快 快易花・阿斌 接受", (57, 176, 676, 81)),
    ("快易花贷后阿斌，王磊的事找你谈谈，速度通", (122, 222, 534, 40)),
    ("过", (120, 258, 42, 39)),
    ("老 老同学陈 接受", (57, 341, 681, 67)),
    ("我是陈浩", (117, 385, 123, 44)),
    ("快 快易花・阿斌 已添加", (59, 471, 676, 62)),
    ("不通过是吧？那我加你老婆了", (122, 519, 345, 35)),
    ("微信 通讯录 发现 我", (66, 1628, 650, 46)),
]


def _lines(page: list[tuple[str, tuple[int, int, int, int]]]) -> list[OcrLine]:
    return [OcrLine(text, box, 90.0) for text, box in page]


def test_each_request_is_its_requesters_message_and_the_title_no_one() -> None:
    result = OcrResult(text="", lines=tuple(_lines(_PAGE)), width=_WIDTH, height=1700)
    record = parse_screen(result)
    assert record.kind == "group_chat"
    assert record.counterpart == ""
    said = [(m.sender, m.side, m.text) for m in record.messages]
    assert said == [
        ("快易花·阿斌", "in", "快易花贷后阿斌，王磊的事找你谈谈，速度通过"),
        ("老同学陈", "in", "我是陈浩"),
        ("快易花·阿斌", "in", "不通过是吧？那我加你老婆了"),
    ]


def test_one_row_or_a_sentence_ending_in_a_button_word_is_no_request_list() -> None:
    one = _lines(_PAGE[:5])
    assert request_messages(one, _WIDTH, None) is None
    # Short lines saying "…同意" away from the right edge are words, not rows with a button.
    said = [OcrLine("他说 同意", (120, 200 + 60 * i, 200, 40), 90.0) for i in range(3)]
    assert request_messages(said, _WIDTH, None) is None
