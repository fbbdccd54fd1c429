"""A 闪信 pop-up card over a dimmed home screen: its kind, the number, the place and time, the
words, the buttons. The words are the number's message at the card's time; the place line is no
counterpart and no part of the words. Real OCR boxes (fb_screens.json)."""

from __future__ import annotations

import pytest

from evidence.ocr.base import OcrLine
from evidence.screens.page_popup import popup_card
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("fb_screens.json")


@pytest.mark.parametrize(
    ("name", "number", "when", "start"),
    [
        ("flash_qiqihar", "17044920315", "2027-04-02T12:00", "劉洋！！"),
        ("flash_shaoguan", "17159283306", "2027-03-13T16:30", "黄志强，速享借"),
    ],
)
def test_a_flash_card_is_its_numbers_words(name: str, number: str, when: str, start: str) -> None:
    record = parse_boxes(SCREENS[name])
    assert record.counterpart == ""
    [said] = record.messages
    assert (said.sender, said.time) == (number, when)
    assert flat(said.text).startswith(flat(start))
    assert "保存" not in said.text


def _line(text: str, x: int, y: int) -> OcrLine:
    return OcrLine(text, (x, y, 400, 40), 90.0)


def test_a_chat_at_the_top_of_the_screen_is_no_card() -> None:
    lines = [
        _line("张三", 80, 100),
        _line("17044920315", 80, 160),
        _line("昨天 12:00", 80, 220),
        _line("今天不还就上门", 80, 280),
    ]
    assert popup_card(lines, 780, 1688, None) is None
    moved = [OcrLine(ln.text, (ln.box[0], ln.box[1] + 500, *ln.box[2:]), 90.0) for ln in lines]
    assert popup_card(moved, 780, 1688, None) is not None


def test_lines_off_the_cards_edge_make_no_card() -> None:
    lines = [
        _line("闪信", 80, 600),
        _line("17044920315", 80, 660),
        _line("12:00", 80, 720),
        _line("今天不还就上门", 300, 780),
        _line("明天就去你家", 80, 840),
    ]
    assert popup_card(lines, 780, 1688, None) is None
