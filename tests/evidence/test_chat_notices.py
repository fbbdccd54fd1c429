"""A chat's centred heading labels and a voice player's countdown are nobody's words."""

from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.chat_notices import heading_notices
from evidence.screens.messages import chat_messages

WIDTH = 800


def _line(text: str, x: int, y: int, w: int, h: int = 32) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 99.0)


def _thread() -> list[OcrLine]:
    return [
        _line("消息已加密·对方身份已核对", 240, 180, 320, 28),
        _line("10:02", 365, 260, 70),
        _line("王先生，明天中午之前把钱转过来，别", 40, 320, 470),
        _line("让我们再打电话给你家里。", 40, 360, 330),
        _line("好的我想想办法", 520, 440, 240),
        _line("-0:09", 280, 520, 70),
        _line("你最好说到做到。", 40, 580, 230),
    ]


def test_centred_label_over_first_separator_is_a_notice() -> None:
    lines = _thread()
    assert heading_notices(lines, WIDTH) == [lines[0]]


def test_no_separator_means_no_notice() -> None:
    lines = [_line("今晚见", 340, 200, 120), _line("你说什么", 40, 260, 160)]
    assert heading_notices(lines, WIDTH) == []


def test_chat_keeps_words_without_label_or_countdown() -> None:
    messages = chat_messages(_thread(), WIDTH, date(2026, 5, 4), group=False)
    texts = [m.text for m in messages]
    assert texts == [
        "王先生，明天中午之前把钱转过来，别让我们再打电话给你家里。",
        "好的我想想办法",
        "你最好说到做到。",
    ]
    # The countdown is no time: the last bubble keeps the separator's time above it.
    assert messages[-1].time == "2026-05-04T10:02"
