"""A notification drawer: its head row ("通知中心 清除全部") and foot buttons are the phone's own
words, never a sender; each card's head names its sender (a spaced number joined up) and time, the
words under it are that sender's."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.page_drawer import drawer_cards

DAY = date(2027, 3, 8)


def _line(text: str, y: int, x: int = 40) -> OcrLine:
    return OcrLine(text, (x, y, 600, 34), 90.0)


def test_each_card_is_its_senders_and_the_head_row_is_the_phones() -> None:
    lines = [
        _line("通知中心 清除全部", 55, 150),
        _line("1069 8800 1234 5 09:40", 120),
        _line("【催告】王磊：你的欠款已移交处置部门，", 160),
        _line("请今日内回电。", 198),
        _line("136-0000-1111 08:05", 280),
        _line("王磊，今天再不还就去你家。", 320),
        _line("免打扰 设置", 1390, 150),
    ]
    said, own = drawer_cards(lines, DAY)
    assert [m.sender for m in said] == ["1069880012345", "13600001111"]
    assert said[0].text == "【催告】王磊：你的欠款已移交处置部门，请今日内回电。"
    assert said[0].time == "2027-03-08T09:40"
    assert own == ["通知中心 清除全部", "免打扰 设置"]


def test_a_page_without_the_drawers_head_is_no_drawer() -> None:
    lines = [
        _line("王磊", 55, 150),
        _line("张三 09:40", 120),
        _line("明天见。", 160),
    ]
    assert drawer_cards(lines, DAY) is None


def test_words_with_no_card_head_over_them_are_no_drawer() -> None:
    lines = [
        _line("通知中心", 55, 150),
        _line("今天的天气不错，适合出门。", 120),
        _line("张三 09:40", 180),
        _line("明天见。", 220),
    ]
    assert drawer_cards(lines, DAY) is None
