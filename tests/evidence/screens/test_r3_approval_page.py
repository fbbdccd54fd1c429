"""A work chat's approval page of one request: its title no sender, the note the requester's."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen
from evidence.screens.requests import request_messages

_W = 780


def _lines(rows: list[tuple[str, tuple[int, int, int, int]]]) -> list[OcrLine]:
    return [OcrLine(t, box, 90.0) for t, box in rows]


_PAGE = [
    ("10:02 4G 71%", (21, 9, 738, 42)),
    ("新的客户", (21, 77, 176, 50)),
    ("钱 钱包客服-阿Ken @微信 通过验证", (40, 174, 707, 76)),
    ("我系债权人代表，佢欠款逾 拒绝", (131, 227, 588, 49)),
    ("期，请通过。", (129, 262, 465, 40)),
    ("09:47", (127, 345, 71, 38)),
    ("消息 通讯录 工作台 我", (61, 1546, 644, 47)),
]


def test_one_request_with_its_two_buttons_is_the_requesters_note() -> None:
    lines = tuple(_lines(_PAGE))
    record = parse_screen(OcrResult("", lines, 0.0, _W, 1688), date(2026, 4, 4))
    assert record.counterpart == ""
    said = [(m.sender, m.text, m.time) for m in record.messages]
    assert said == [("钱包客服-阿Ken", "我系债权人代表，佢欠款逾期，请通过。", "2026-04-04T09:47")]


def test_one_row_without_a_decline_button_is_no_request() -> None:
    rows = [ln for ln in _lines(_PAGE) if "拒绝" not in ln.text]
    assert request_messages(rows[1:], _W, None) is None
