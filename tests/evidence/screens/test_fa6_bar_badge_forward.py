"""A chat's title bar with its avatar's letter glued before the name and a presence line under
it is the chat's header, not a member's name over a bubble; a forwarded message's label inside
its bubble ("转发自 …") names neither the chat nor a sender."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.chat_notices import is_forward_label
from evidence.screens.parse import parse_screen

# Real OCR boxes of a Telegram-like chat (1224 x 3405): the bar's avatar letter glued to the
# name, "last seen recently" under it, forwarded notices among the collector's bubbles.
_LINES = [
    ["12:30", 961, 4, 236, 68],
    ["催 催收-勿接", 99, 94, 301, 74],
    ["最近上线", 191, 148, 135, 46],
    ["3月10日周二", 515, 237, 194, 54],
    ["谭志强，闪借宝的账你打算么子时候还？6800一分", 97, 334, 808, 43],
    ["不能少。", 89, 377, 151, 62],
    ["08:31", 831, 441, 82, 46],
    ["我月底发工资就还", 857, 541, 306, 51],
    ["08:45√√", 1048, 599, 120, 44],
    ["月底？你莫跟我扯咯，今天不还我就打你屋里娘老", 97, 701, 801, 44],
    ["子的电话。", 92, 750, 178, 51],
    ["08:47", 824, 808, 84, 46],
    ["转发自 闪借宝法务通知", 94, 908, 291, 41],
    ["【法务提醒】借款人谭志强逾期已超5天，本平台", 120, 956, 760, 44],
    ["将于48小时内启动上门核实程序。", 99, 1010, 528, 43],
    ["12:10", 808, 1063, 84, 46],
    ["转发自闪借宝法务通知", 94, 1165, 291, 44],
    ["【法务提醒】借款人谭志强逾期已超5天，本平台", 120, 1216, 760, 44],
    ["将于48小时内启动上门核实程序。", 99, 1270, 528, 43],
    ["12:10", 808, 1323, 84, 46],
    ["你堂哥谭志勇的号码我这里有，他在蒸湘区上班，", 99, 1423, 773, 43],
    ["要不要我去他单位坐一坐？", 97, 1479, 426, 43],
    ["19:40", 829, 1538, 76, 38],
    ["发送消息", 80, 3180, 200, 50],
]


def _record():
    lines = tuple(OcrLine(t, (x, y, w, h), 90.0) for t, x, y, w, h in _LINES)
    result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 1224, 3405)
    return parse_screen(result, date(2026, 3, 11))


def test_the_bars_glued_avatar_name_over_its_presence_line_is_the_chats_title() -> None:
    record = _record()
    assert record.kind == "chat_1to1"
    assert record.counterpart == "催收-勿接"
    assert all(m.text != "最近上线" for m in record.messages)


def test_a_forwarded_label_is_no_sender_and_no_words() -> None:
    record = _record()
    theirs = [m for m in record.messages if m.side == "in"]
    assert all(not m.sender for m in theirs)
    assert all("转发自" not in m.text for m in record.messages)
    assert any(m.text.startswith("谭志强，闪借宝的账") for m in theirs)
    assert any(m.text.startswith("【法务提醒】") for m in theirs)


def test_forward_labels() -> None:
    assert is_forward_label("转发自 闪借宝法务通知")
    assert is_forward_label("转发自闪借宝法务通知")
    assert is_forward_label("Forwarded from Legal Notice")
    assert not is_forward_label("转发自己的朋友圈给你看看，你还不还钱？")
    assert not is_forward_label("张经理")
