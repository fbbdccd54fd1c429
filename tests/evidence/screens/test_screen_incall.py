"""Real OCR boxes of drawn blindgen6 pages: a ringing screen (full-screen incoming call) is no
chat titled 来电 and no counted call, only the number with its place and tag; a chat whose title
OCR missed keeps its bubbles and sides without a guessed counterpart."""

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


_UNTITLED = [
    ("20:10 5G 52%", 31, 15, 1018, 51),
    ("周二09:20", 453, 275, 174, 49),
    ("贷 你好，这里是速借花贷后管理中", 72, 366, 721, 56),
    ("心，你的账单已逾期14天，请今日", 198, 434, 639, 49),
    ("内结清6,980元，以免影响个人征", 195, 495, 617, 49),
    ("信。", 190, 546, 82, 68),
    ("我知道了，月底一定还", 591, 675, 434, 56),
    ("19:58", 489, 787, 104, 51),
    ("贷 月底？等不了。明天上午我们法务", 72, 875, 765, 61),
    ("会把材料递到你户籍地法院立案，", 198, 943, 610, 49),
    ("到时候你就是失信人，坐不了高", 193, 1002, 603, 54),
    ("铁。", 193, 1060, 79, 61),
    ("按住说话", 441, 2221, 195, 58),
]


def test_a_chat_whose_title_ocr_missed_keeps_its_bubbles_and_sides() -> None:
    # The real boxes of a blindgen6 chat with no title read: each incoming bubble opens with its
    # avatar's letter. No counterpart is guessed; the bubbles keep their sides, badge-free.
    lines = _lines(_UNTITLED)
    result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 1080, 2340)
    record = parse_screen(result, date(2026, 11, 12))
    assert record.counterpart == ""
    assert [m.side for m in record.messages] == ["in", "out", "in"]
    assert record.messages[0].text.startswith("你好，这里是速借花")
    assert record.messages[2].text.startswith("月底？等不了")
