"""A split screen, the chat above and a memo below: the memo is the other app's, never the chat
counterpart's words."""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.window_split import lower_app
from tests.evidence.screens.boxes import load_screens, parse_boxes

SCREENS = load_screens("fa_screens.json")


def _line(text: str, x: int, y: int, w: int = 300, h: int = 35) -> OcrLine:
    return OcrLine(text=text, box=(x, y, w, h), confidence=0.9)


def test_the_memo_under_the_chats_window_is_no_message() -> None:
    record = parse_boxes(SCREENS["split_screen_memo_under_chat"])
    assert record.counterpart == "13837902256"
    assert len(record.messages) == 1
    assert not any("备忘录" in m.text or "速融" in m.text for m in record.messages)


def test_bubbles_after_a_picture_are_still_the_chat() -> None:
    lines = [
        _line("明天还钱", 127, 260),
        _line("好的", 40, 900, 100, 50),  # a reply after a picture's gap, at the edge
        _line("我知道了，月底还", 400, 980),
        _line("再说", 40, 1060, 100),
    ]
    assert lower_app(lines, 780) is None


def test_a_title_in_larger_type_with_its_lines_under_it_after_the_gap_is_another_app() -> None:
    lines = [
        _line("明天还钱", 127, 260),
        _line("备忘录", 24, 888, 122, 51),
        _line("11.19 欠3420", 26, 950, 240, 40),
        _line("11.20 两个号", 28, 1004, 258, 35),
    ]
    assert lower_app(lines, 780) == 1
