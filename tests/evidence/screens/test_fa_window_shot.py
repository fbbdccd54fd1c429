"""A screenshot shown in a gallery's viewer: the shot's own status bar under the viewer's title;
the shot's header names the thread, its times are of the day the viewer names, and the viewer's
title and toolbar are nobody's words."""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.window_shot import inner_status
from tests.evidence.screens.boxes import load_screens, parse_boxes

SCREENS = load_screens("fa_screens.json")


def _line(text: str, x: int, y: int, w: int = 300, h: int = 35) -> OcrLine:
    return OcrLine(text=text, box=(x, y, w, h), confidence=0.9)


def test_the_shown_shots_header_names_the_thread_on_the_viewers_day() -> None:
    record = parse_boxes(SCREENS["gallery_viewer_older_shot"])
    assert record.counterpart == "17088412093"
    assert [(m.side, m.time) for m in record.messages] == [
        ("in", "2026-11-22T16:31"),
        ("out", "2026-11-22T16:31"),
    ]
    assert record.messages[0].text.startswith("你是赵婷表哥吧")
    assert "分享 编辑 收藏 删除 更多" in record.chrome


def test_a_clock_with_a_battery_low_in_the_screen_is_no_shots_status_bar() -> None:
    lines = [_line("张经理", 40, 90), _line("你好", 120, 300), _line("5G 41% 16:35", 120, 1200)]
    assert inner_status(lines, 1688) is None
    assert inner_status([_line("5G 41%16:35", 474, 167), *lines], 1688) == 0
    assert inner_status([_line("还50%就行 16:35前", 120, 167)], 1688) is None


def test_a_call_rows_sim_and_time_is_no_status_bar() -> None:
    assert inner_status([_line("卡1 HD 11:30", 120, 300)], 1688) is None
