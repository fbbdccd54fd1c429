"""Chat layouts: a centred title OCR joined with the bar's button at the right edge keeps only
the name; the input bar's placeholder, whatever it says, and its buttons are chrome; a name
heading two bubbles over their text's column is a member's name."""

from __future__ import annotations

import pytest

from evidence.ocr.base import OcrLine
from evidence.screens.chrome import is_bottom_chrome, is_composer
from evidence.screens.header import header_line, title_name
from evidence.screens.messages import chat_parts, nickname_lines


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


def test_the_voice_toggle_and_buttons_of_an_input_bar_are_chrome() -> None:
    assert is_bottom_chrome("语音 表情发送")


def test_a_name_heading_two_bubbles_over_their_texts_column_is_a_members_name() -> None:
    # A cropped group chat, no title: the member's name sits over the bubble's text, in its
    # column; heading two bubbles, it is a name, and the words under it are that member's.
    lines = [
        _line("今天19:07", (190, 32, 67, 23)),
        _line("金盾调解-孙", (69, 56, 72, 21)),
        _line("我是金满仓委托的调解员。@表哥你", (71, 84, 276, 22)),
        _line("是他担保人，他不还这个钱就要你来", (72, 106, 273, 23)),
        _line("还。", (68, 127, 37, 29)),
        _line("今天19:10", (191, 184, 65, 21)),
        _line("我弟的事我们会跟他说，你不要在群", (100, 216, 276, 25)),
        _line("里发了。", (100, 238, 66, 29)),
        _line("今天19:13", (191, 295, 65, 20)),
        _line("金盾调解-孙", (69, 318, 72, 21)),
        _line("@王海燕今晚十点前没有还款计划，", (72, 346, 264, 22)),
        _line("明天我把他的欠款信息和身份证", (72, 368, 240, 23)),
        _line("发到你们老家村里的群，", (72, 390, 180, 26)),
        _line("让大家都来评评理。", (72, 414, 145, 23)),
    ]
    assert nickname_lines(lines, 446) == ["金盾调解-孙", "金盾调解-孙"]
    messages, _calls = chat_parts(lines, 446, None, False, named=True)
    texts = [m.text for m in messages]
    assert texts[0].startswith("我是金满仓")
    assert texts[-1].startswith("@王海燕")


def test_a_line_said_once_in_the_texts_column_is_no_name() -> None:
    lines = [
        _line("在吗", (69, 56, 60, 21)),
        _line("我是金满仓委托的调解员。@表哥你", (71, 84, 276, 22)),
    ]
    assert nickname_lines(lines, 446) == []
