"""A notice centre's history: each entry (time at the left edge, the sender's heading, its text)
is its sender's notice at its time, never a message of an unknown sender with the time glued to
its front; the centre's title and action are the page's own."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.page_notices import notice_history
from tests.evidence.screens.boxes import load_screens, parse_boxes

SCREENS = load_screens("fb_screens.json")


def test_each_entry_is_its_senders_notice() -> None:
    record = parse_boxes(SCREENS["notices_wenzhou"])
    assert record.kind == "sms_list"
    assert record.counterpart == ""
    said = [(m.sender, m.time, m.text[:6]) for m in record.messages]
    assert said == [
        ("快易花", "2026-11-18T09:00", "您的借款账单"),
        ("云闪付", "2026-11-12T15:31", "您尾号662"),
    ]
    assert "消息中心 全部已读" in record.chrome


def _line(text: str, x: int, y: int, h: int = 36) -> OcrLine:
    return OcrLine(text, (x, y, 500, h), 90.0)


def test_a_chat_with_centred_times_and_bubbles_at_both_sides_is_no_notice_list() -> None:
    lines = [
        _line("11-18 09:00", 30, 100),
        _line("王经理", 30, 140),
        _line("今天必须还款，不然后果自负。", 30, 180),
        _line("11-18 10:00", 30, 240),
        _line("我", 30, 280),
        _line("我知道了，月底还", 380, 320),
    ]
    assert notice_history(lines, 780, date(2026, 11, 18)) is None


def test_one_entry_is_no_history() -> None:
    lines = [
        _line("11-18 09:00", 30, 100),
        _line("快易花", 30, 140),
        _line("您的账单已逾期。", 30, 180),
    ]
    assert notice_history(lines, 780, date(2026, 11, 18)) is None


def test_an_entry_under_its_apps_name_and_time_is_the_heading_senders() -> None:
    # "信息·00:05" over "155 0352 7781": the app and time, then the sender, then the text.
    record = parse_boxes(SCREENS["notices_datong"])
    said = [(m.sender, m.time) for m in record.messages]
    assert said == [
        ("15503527781", "2026-11-23T00:05"),
        ("16635210904", "2026-11-22T22:48"),
        ("闪电借", "2026-11-22T10:00"),
    ]
    assert record.messages[2].text.startswith("您的账单已逾期")
