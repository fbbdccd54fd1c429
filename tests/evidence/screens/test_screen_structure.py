"""Screen structure that holds in any app, on real PP-OCR boxes of a third generator's screens.

The fixtures (blind3_screens.json) are the OCR lines of tests/blindgen3 screenshots (nubia MyOS,
Lenovo ZUI, Smartisan, iOS with the largest type; Feishu, Xiaohongshu) with what was drawn on
them. Each test names one structure: an input box is the last short line in the bottom band
whatever its placeholder says; a number the largest type wraps goes on at the same left edge; a
day header heads the rows under it; a badge or chevron is never a caller; a list row is never the
header; a system notice's second line is still the notice; a leading bracket keeps a bubble whole.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.chrome import is_composer
from evidence.screens.parse import parse_screen
from evidence.screens.records import ScreenRecord
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("blind3_screens.json")
# Threads and chats whose drawn bubbles the parser must give back whole, on their side.
_SIDED = [
    "zui_sms_thread_composer",
    "lark_chat_composer_names_chat",
    "forwarded_sms_composer_ellipsis",
    "myos_thread_bracket_opener",
    "ios_axl_thread_bracket_opener",
]
_LOGS = [
    "myos_log_sim_badges_day_headers",
    "smartisan_log_chevron_count_box",
    "ios_axl_recents_wrapped_numbers",
    "ios_axl_recents_wrapped_no_count_first",
]


def _key(shown: str) -> str:
    """A drawn row's caller as the record writes it: a number's digits (no +86), else the name."""
    digits = re.sub(r"\D", "", shown)
    return (digits[2:] if shown.startswith("+86") else digits) or shown


def _parse(name: str) -> ScreenRecord:
    return parse_boxes(SCREENS[name])


@pytest.mark.parametrize("name", _SIDED)
def test_every_drawn_bubble_is_one_whole_message_on_its_side(name: str) -> None:
    record = _parse(name)
    drawn = [
        ("out" if who == "me" else "in", flat(text)) for who, text, _c in SCREENS[name]["said"]
    ]
    assert [(m.side, flat(m.text)) for m in record.messages] == drawn


@pytest.mark.parametrize(
    "name",
    ["zui_sms_thread_composer", "lark_chat_composer_names_chat", "forwarded_sms_composer_ellipsis"],
)
def test_the_input_box_is_chrome_whatever_its_placeholder_says(name: str) -> None:
    last = SCREENS[name]["lines"][-1][0]  # "输入短信内容", "发送给小郑", "写短信…"
    record = _parse(name)
    assert last in record.chrome
    assert all(last not in m.text for m in record.messages)


def test_a_message_in_the_bottom_band_is_no_input_box() -> None:
    # A sentence (or a line right of the box's start) is somebody's words, even low on the screen.
    said = OcrLine("明天再不还就去你家。", (60, 2200, 600, 60), 90.0)
    right = OcrLine("好的", (700, 2200, 120, 60), 90.0)
    placeholder = OcrLine("写短信…", (60, 2200, 200, 60), 90.0)
    assert not is_composer(said, 1080, 2340)
    assert not is_composer(right, 1080, 2340)
    assert is_composer(placeholder, 1080, 2340)
    assert not is_composer(OcrLine("写短信…", (60, 1500, 200, 60), 90.0), 1080, 2340)


@pytest.mark.parametrize("name", _LOGS)
def test_call_rows_are_the_drawn_rows_with_their_day(name: str) -> None:
    record = _parse(name)
    assert record.kind == "call_log"
    drawn = [
        (_key(shown), count, at[:10]) for shown, count, at, _collector in SCREENS[name]["dials"]
    ]
    assert [(c.number or c.name, c.count, c.time[:10]) for c in record.calls] == drawn


def test_a_wrapped_number_is_joined_only_while_it_is_cut() -> None:
    lines = (
        OcrLine("+86 186 3510", (123, 332, 501, 90), 90.0),
        OcrLine("7742 (4) 上午11:40", (115, 440, 909, 111), 90.0),
        OcrLine("138 0013 8000", (115, 700, 600, 90), 90.0),
        OcrLine("2026/10/30", (115, 800, 400, 90), 90.0),
        OcrLine("个人收藏 最近通话 通讯录 拨号键盘 语音留言", (37, 2434, 1096, 69), 90.0),
    )
    result = OcrResult("", lines, 0.0, 1170, 2532)
    rows = parse_screen(result, date(2026, 11, 5)).calls
    # A whole number keeps the date under it as its detail, never as more digits.
    assert [(c.number, c.count) for c in rows] == [("18635107742", 4), ("13800138000", 1)]
    assert rows[1].time == "2026-10-30"


def test_a_list_row_under_the_title_is_never_the_header() -> None:
    record = _parse("zui_inbox_row_under_title")
    assert record.kind == "sms_list"
    assert record.counterpart == ""
    assert len(record.messages) == 3


def test_a_notice_wrapped_on_two_lines_is_chrome_both_lines() -> None:
    record = _parse("xhs_two_line_notice")
    assert "护个人信息" in record.chrome
    drawn = [flat(text) for _who, text, _c in SCREENS["xhs_two_line_notice"]["said"]]
    assert [flat(m.text) for m in record.messages] == drawn


def test_a_weekday_that_runs_backwards_has_no_day() -> None:
    # The capture date came from the thread's own "2026/9/20": "星期一" after it cannot be the
    # Monday before it. The clock is kept, the day left unknown rather than wrong.
    record = _parse("ios_axl_thread_bracket_opener")
    assert [m.time for m in record.messages] == ["2026-09-20T09:00", "14:00"]
