"""Chat layouts: a centred title OCR joined with the bar's button at the right edge keeps only
the name; the input bar's placeholder, whatever it says, and its buttons are chrome."""

from __future__ import annotations

import pytest

from evidence.ocr.base import OcrLine
from evidence.screens.chrome import is_composer
from evidence.screens.header import header_line, title_name


def _line(text: str, box: tuple[int, int, int, int]) -> OcrLine:
    return OcrLine(text=text, box=box, confidence=90.0)


@pytest.mark.parametrize(
    ("text", "box", "name"),
    [
        ("南通小鱼儿666 聊天设置", (256, 78, 445, 41), "南通小鱼儿666"),
        ("江城收账人 聊天设置", (280, 83, 424, 44), "江城收账人"),
    ],
)
def test_a_centred_title_joined_with_its_bars_button_is_the_header(
    text: str, box: tuple[int, int, int, int], name: str
) -> None:
    lines = [
        _line(text, box),
        _line("今天11:02", (309, 176, 104, 32)),
        _line("陈晓燕，侬个视频拍得蛮好看嘛，欠", (117, 231, 439, 32)),
    ]
    found = header_line(lines, 720, 1560)
    assert found is not None
    assert title_name(found.text) == name


def test_a_line_starting_at_the_left_running_to_the_edge_is_no_centred_title() -> None:
    # A name starting near the middle whose characters put it right of centre: a row, not a title.
    lines = [_line("王芳 已读", (420, 78, 280, 41)), _line("在吗", (117, 231, 100, 32))]
    assert header_line(lines, 720, 1560) is None


@pytest.mark.parametrize(
    ("text", "composer"),
    [
        ("发个消息聊聊呗~ 表情图片发送", True),  # a placeholder of any wording, then the buttons
        ("说点什么… 发送", True),
        ("和对方打个招呼，聊点轻松的吧 发送", False),  # a sentence: someone's words
        ("发个消息聊聊呗今天晚上之前一定要还清 发送", False),  # too long for a placeholder
    ],
)
def test_the_input_bars_placeholder_and_buttons_are_chrome(text: str, composer: bool) -> None:
    line = _line(text, (40, 1265, 625, 37))
    assert is_composer(line, 750, 1334) is composer
