"""A chat opened as a floating window (小窗) over a video: the window is the screen to read; the
video's title above it is nobody's name, the window's bar and input box are its chrome."""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.window_float import window_bar
from tests.evidence.screens.boxes import load_screens, parse_boxes

SCREENS = load_screens("fa_screens.json")


def _line(text: str, x: int, y: int, w: int = 300, h: int = 35) -> OcrLine:
    return OcrLine(text=text, box=(x, y, w, h), confidence=0.9)


def test_the_windows_chat_is_the_numbers_and_the_video_title_nobodys() -> None:
    record = parse_boxes(SCREENS["floating_window_over_video"])
    assert record.counterpart == "16635210904"
    assert [m.side for m in record.messages] == ["in", "out", "in"]
    assert record.messages[0].text.startswith("赵女士，我是闪电借何专员")
    assert not any("暖阳" in m.text or "小窗" in m.text for m in record.messages)


def test_a_wide_line_with_bubbles_past_its_ends_under_it_is_no_window_bar() -> None:
    lines = [
        _line("张经理", 40, 90),
        _line("订单 已发货", 80, 500, 600),
        _line("你好", 40, 600, 100),
        _line("明天还钱", 500, 700, 260),
        _line("好的", 600, 800, 100),
        _line("收到", 40, 900, 100),
    ]
    assert window_bar(lines, 780) is None


def test_a_window_bar_needs_the_app_under_it_above() -> None:
    lines = [
        _line("小窗 全屏", 78, 367, 578),
        *(_line(f"第{i}行", 150, 450 + 60 * i, 300) for i in range(5)),
    ]
    assert window_bar(lines, 780) is None
    assert window_bar([_line("第12集", 31, 96, 197), *lines], 780) == 1


def test_a_bubbles_wrapped_line_inset_like_a_bar_is_no_window_bar() -> None:
    lines = [
        _line("15388126605", 24, 90, 255),
        _line("赵女士，已经yq两天了，再不hk", 132, 491, 498),
        _line("我们只能按流程通知您的紧急联", 134, 542, 484),
        *(_line(f"第{i}行", 150, 600 + 60 * i, 300) for i in range(5)),
    ]
    assert window_bar(lines, 780) is None
