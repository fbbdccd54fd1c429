"""A call recording's transcript: each turn under its speaker line ("对方15:40:00") is that
speaker's words, dated by the recording's date; the AI summary, the tabs and the date line above
the turns are the app's own text, never a message."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.page_transcript import call_transcript
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("fb_screens.json")


def test_the_callers_turns_are_the_numbers_words() -> None:
    record = parse_boxes(SCREENS["record_luoyang"])
    assert record.kind == "sms_thread"
    assert record.counterpart == "950403318"
    said = [(m.side, m.time) for m in record.messages]
    assert said == [
        ("in", "2026-11-20T15:40"), ("out", "2026-11-20T15:40"),
        ("in", "2026-11-20T15:41"), ("in", "2026-11-20T15:42"),
    ]  # fmt: skip
    assert flat(record.messages[0].text).endswith("你打算怎么处理")
    assert not any("对方自称" in m.text for m in record.messages)
    assert any("对方自称" in t for t in record.chrome)


def _line(text: str, y: int) -> OcrLine:
    return OcrLine(text, (24, y, 600, 34), 90.0)


def test_name_and_minute_lines_are_a_chat_not_a_transcript() -> None:
    lines = [
        _line("Leo_dh", 80),
        _line("Leo_dh 23:40", 200),
        _line("别以为换了号就找不到你。", 240),
        _line("Me 09:12", 300),
        _line("你们怎么找到我的", 340),
    ]
    assert call_transcript(lines, date(2026, 11, 26)) is None


def test_one_speaker_alone_is_no_transcript() -> None:
    lines = [_line("会议记录", 80), _line("张三 10:00:00", 200), _line("开始", 240)]
    lines += [_line("张三 10:05:00", 300), _line("结束", 340)]
    assert call_transcript(lines, date(2026, 11, 26)) is None
