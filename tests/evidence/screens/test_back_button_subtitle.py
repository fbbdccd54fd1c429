"""A back glyph with its word ("<返回") is the bar's button, never a title; the line under a
title that starts after a back glyph ("← 1996…") starts where the name does, and is the bar's."""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.chrome import is_chrome
from evidence.screens.header import header_subtitle

WIDTH, HEIGHT = 1080, 2340


def _line(text: str, x: int, y: int, w: int, h: int) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0)


def test_back_glyph_with_its_word_is_chrome() -> None:
    assert is_chrome(_line("<返回", 30, 150, 150, 60), WIDTH, HEIGHT)
    assert is_chrome(_line("< 返回", 30, 150, 170, 60), WIDTH, HEIGHT)
    assert not is_chrome(_line("<张主管", 30, 150, 200, 60), WIDTH, HEIGHT)


def test_place_under_a_number_after_a_back_glyph_is_the_subtitle() -> None:
    title = _line("← 13912345678", 39, 132, 393, 48)
    place = _line("江苏南京", 125, 193, 133, 43)
    bubble = _line("你借的钱什么时候还？今天不还明天就上门。", 84, 378, 649, 49)
    assert header_subtitle([title, place, bubble], title, WIDTH) is place


def test_bubble_under_the_bar_is_no_subtitle() -> None:
    title = _line("← 13912345678", 39, 132, 393, 48)
    bubble = _line("你借的钱什么时候还？", 84, 300, 649, 49)
    assert header_subtitle([title, bubble], title, WIDTH) is None
