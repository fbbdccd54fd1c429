"""A notification banner over a chat's top is another chat's: its sender is never the title;
a back glyph with its word ("<返回") is the bar's button, never a title."""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.chrome import is_chrome
from evidence.screens.header import banner_pair, header_line

WIDTH, HEIGHT = 1080, 2340


def _line(text: str, x: int, y: int, w: int, h: int) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0)


# A banner (a sender, its message's preview under it) hiding the chat's title, then the chat.
BANNER_CHAT = [
    _line("张主管", 58, 24, 137, 61),
    _line("小刘，下午的会改到三点", 65, 102, 400, 49),
    _line("41分钟前", 472, 268, 138, 44),
    _line("你好，我是调解中心的，你的欠款今天必须处理。", 190, 341, 795, 64),
    _line("3分钟前", 468, 921, 142, 52),
    _line("再不处理就通知你的同事。", 190, 1000, 600, 64),
]


def test_banner_sender_is_never_the_title() -> None:
    assert banner_pair(BANNER_CHAT, WIDTH)
    assert header_line(BANNER_CHAT, WIDTH, HEIGHT) is None


def test_title_bar_with_its_subtitle_is_no_banner() -> None:
    lines = [
        _line("< 张主管", 30, 150, 260, 60),
        _line("在线", 90, 215, 80, 40),
        _line("明天来一下办公室，有事找你。", 190, 420, 700, 60),
    ]
    assert not banner_pair(lines, WIDTH)
    found = header_line(lines, WIDTH, HEIGHT)
    assert found is not None
    assert found.text == "< 张主管"


def test_back_glyph_with_its_word_is_chrome() -> None:
    assert is_chrome(_line("<返回", 30, 150, 150, 60), WIDTH, HEIGHT)
    assert is_chrome(_line("< 返回", 30, 150, 170, 60), WIDTH, HEIGHT)
    assert not is_chrome(_line("<张主管", 30, 150, 200, 60), WIDTH, HEIGHT)
