"""A channel app's DM (Discord-, Slack-like): "@" before the handle in the bar, its buttons after
it; no bubbles, each message under a head line naming its author and the time."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.chat_stream import stream_messages
from evidence.screens.header import title_name
from tests.evidence.screens.boxes import load_screens, parse_boxes

SCREENS = load_screens("fa_screens.json")


def _line(text: str, x: int, y: int, w: int = 300, h: int = 35) -> OcrLine:
    return OcrLine(text=text, box=(x, y, w, h), confidence=0.9)


def test_the_dm_bars_handle_is_the_word_after_the_at_sign() -> None:
    assert title_name("←@ Leo_dh 成员话题") == "Leo_dh"
    assert title_name("@ksl_88 Members") == "ksl_88"


def test_each_message_is_its_heads_authors_and_dated_by_the_date_line_above() -> None:
    record = parse_boxes(SCREENS["discord_dm_channel_bar"])
    assert record.counterpart == "Leo_dh"
    sides = [(m.side, m.time) for m in record.messages]
    assert sides == [
        ("in", "2026-11-25T23:40"),
        ("out", "2026-11-26T09:12"),
        ("in", "2026-11-26T09:15"),
        ("in", "2026-11-26T09:16"),
    ]
    assert record.messages[2].text.endswith("今天中午之前还六千七百五十元。")
    assert not any("发消息" in m.text for m in record.messages)


def test_bubbles_on_the_owners_side_are_no_stream() -> None:
    lines = [
        _line("张三 10:20", 120, 300, 150),
        _line("明天还钱", 122, 340),
        _line("好的", 560, 420, 100),
        _line("李四 10:25", 120, 500, 150),
        _line("收到", 122, 540),
        _line("我再想想", 520, 620, 140),
    ]
    assert stream_messages(lines, 780, date(2026, 11, 26), True) is None


def test_one_head_is_no_stream() -> None:
    lines = [_line("张三 10:20", 120, 300, 150), _line("明天还钱", 122, 340)]
    assert stream_messages(lines, 780, date(2026, 11, 26), False) is None


def test_a_notice_lists_dates_and_app_heads_are_no_authors() -> None:
    lines = [
        _line("11-18 09:00", 42, 209, 139),
        _line("快易花·还款提醒", 42, 255, 250),
        _line("信息·00:05", 47, 300, 148),
        _line("155 0352 7781", 47, 345, 204),
        _line("11-12 15:31", 44, 454, 134),
        _line("云闪付・交易提醒", 44, 496, 248),
    ]
    assert stream_messages(lines, 780, date(2026, 11, 18), False) is None
