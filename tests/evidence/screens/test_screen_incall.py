"""A ringing screen (full-screen incoming call), from the real OCR boxes of a drawn blindgen6
page: no chat titled 来电 and no counted call, only the number with its place and tag."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.incall import ringing_screen
from evidence.screens.parse import parse_screen

_RINGING = [
    ("23:10 5G 44%", 31, 15, 1018, 51),
    ("来电", 489, 278, 99, 56),
    ("171 8624 3071", 181, 390, 713, 98),
    ("四川成都", 444, 529, 195, 58),
    ("疑似催收·被标记 312 次", 304, 636, 475, 56),
    ("短信回复 提醒我", 212, 1394, 651, 51),
    ("挂断 接听", 234, 1614, 617, 73),
]


def _lines(rows: list[tuple[str, int, int, int, int]]) -> tuple[OcrLine, ...]:
    return tuple(OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in rows)


def test_a_ringing_screen_is_no_chat_and_no_call() -> None:
    lines = _lines(_RINGING)
    result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 1080, 2340)
    record = parse_screen(result, date(2026, 11, 12))
    assert record.kind == "other"
    assert record.counterpart == ""
    assert record.messages == ()
    assert record.calls == ()
    assert record.fields["number"] == "171 8624 3071"
    assert record.fields["label"] == "四川成都 · 疑似催收·被标记 312 次"


def test_a_conversation_in_the_middle_is_no_ringing_screen() -> None:
    # A number as a chat's title over bubbles from both sides: lines off the middle.
    lines = _lines([
        ("171 8624 3071", 300, 120, 480, 60),
        ("你好，这里是贷后管理中心", 180, 300, 520, 50),
        ("我知道了", 700, 400, 200, 50),
    ])  # fmt: skip
    assert ringing_screen(list(lines), 1080) is None


def test_a_number_in_plain_type_is_no_ringing_screen() -> None:
    rows = [(text, x, y, w, 56 if text[0].isdigit() else h) for text, x, y, w, h in _RINGING[1:]]
    assert ringing_screen(list(_lines(rows)), 1080) is None
