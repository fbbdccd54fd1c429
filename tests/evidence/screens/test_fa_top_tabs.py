"""A row of tabs under a chat's header ("消息 人脉 职言"): the app's navigation, no message."""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.chrome import is_chrome


def _line(text: str, x: int, y: int, w: int, h: int) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0)


def test_a_row_of_short_tabs_in_the_top_band_is_chrome() -> None:
    assert is_chrome(_line("消息 人脉 职言", 29, 264, 209, 29), 585, 1266)


def test_the_same_words_lower_down_or_running_on_are_words() -> None:
    assert not is_chrome(_line("消息 人脉 职言", 29, 900, 209, 29), 585, 1266)
    assert not is_chrome(_line("回复 一下 好吗，别装死", 29, 264, 300, 29), 585, 1266)
    assert not is_chrome(_line("今天 必须 还钱", 29, 264, 209, 29), 585, 1266)
