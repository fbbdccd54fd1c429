"""A group whose members' names sit inside their bubbles, over the words in the words' own column
(WhatsApp-, Telegram-like): each name is its bubble's sender, a number's too; the bar's list of
members under the group's name is the bar's, never a message."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen

# Real OCR boxes of a WhatsApp-like group (648 x 1389).
_WHATSAPP = [
    ["12:45 56 al", 17, 4, 540, 37],
    ["Team A午餐群", 98, 58, 168, 38],
    ["Amy Wong,阿傑,你", 100, 88, 150, 25],
    ["06/03/2026", 278, 135, 91, 28],
    ["+852 6870 1153", 93, 182, 127, 25],
    ["各位同事，你們公司的華子軒欠錢不還，請轉告他", 93, 207, 431, 29],
    ["盡快處理，否則我們會到公司樓下拉橫額。", 94, 237, 359, 25],
    ["12:31 PM", 460, 268, 66, 26],
    ["Amy Wong", 93, 320, 91, 24],
    ["誰把你拉進來的？", 91, 341, 156, 34],
    ["12:33 PM", 191, 378, 66, 24],
    ["阿傑", 91, 427, 42, 27],
    ["@Kelvin你認識這個號碼嗎", 93, 453, 240, 29],
    ["12:34 PM", 268, 486, 66, 25],
    ["已經報告admin，大家不要理他", 340, 537, 276, 29],
    ["12:40 PM√√", 531, 573, 84, 20],
    ["+852 6870 1153", 93, 622, 127, 25],
    ["你朋友欠錢不還，再不處理就上門。", 94, 650, 301, 24],
    ["12:41 PM", 344, 680, 67, 26],
    ["輸入訊息", 35, 1276, 84, 35],
]

# Real OCR boxes of a WeChat-skinned family group (648 x 1440), names inside the bubbles.
_FAMILY = [
    ["16:20 5G 47%", 17, 6, 618, 36],
    ["谭家亲戚群", 100, 60, 124, 32],
    ["6位成员", 100, 86, 69, 26],
    ["3月10日周二", 272, 132, 103, 30],
    ["贷后专员-老罗", 93, 180, 105, 26],
    ["各位谭家亲戚好，谭志强在闪借宝借钱6800逾期不", 94, 206, 434, 29],
    ["还，电话不接信息不回，请大家督促他还款。", 93, 234, 377, 26],
    ["16:02", 485, 266, 46, 26],
    ["李芳", 93, 315, 40, 30],
    ["你是哪个？哪个拉你进来的", 93, 342, 238, 30],
    ["16:05", 291, 378, 42, 22],
    ["贷后专员-老罗", 94, 536, 106, 25],
    ["我是谁不重要，重要的是他欠钱。你们谁替他还，", 93, 561, 419, 30],
    ["我马上退群。", 91, 585, 115, 35],
    ["16:09", 480, 621, 48, 27],
    ["我已经告诉他了，你莫在群里发这些", 299, 674, 317, 30],
    ["16:15√V", 551, 706, 65, 26],
    ["发送消息", 36, 1329, 83, 31],
]


def _record(rows: list, width: int, height: int, day: date):
    lines = tuple(OcrLine(t, (x, y, w, h), 90.0) for t, x, y, w, h in rows)
    result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, width, height)
    return parse_screen(result, day)


def _said(record) -> list[tuple[str, str]]:
    return [(m.sender, m.text) for m in record.messages if m.side == "in"]


def test_a_name_inside_its_bubble_is_its_sender_a_number_too() -> None:
    record = _record(_WHATSAPP, 648, 1389, date(2026, 3, 6))
    said = _said(record)
    assert record.kind == "group_chat"
    assert said[0] == (
        "+852 6870 1153",
        "各位同事，你們公司的華子軒欠錢不還，請轉告他盡快處理，否則我們會到公司樓下拉橫額。",
    )
    assert ("Amy Wong", "誰把你拉進來的？") in said
    assert ("+852 6870 1153", "你朋友欠錢不還，再不處理就上門。") in said


def test_the_bars_list_of_members_is_no_message() -> None:
    record = _record(_WHATSAPP, 648, 1389, date(2026, 3, 6))
    assert all("Amy Wong,阿傑" not in m.text for m in record.messages)
    assert "Amy Wong,阿傑,你" in record.chrome


def test_names_in_a_wechat_skinned_groups_bubbles() -> None:
    said = _said(_record(_FAMILY, 648, 1440, date(2026, 3, 10)))
    assert said[0][0] == "贷后专员-老罗"
    assert said[0][1].startswith("各位谭家亲戚好")
    assert ("李芳", "你是哪个？哪个拉你进来的") in said
    assert ("贷后专员-老罗", "我是谁不重要，重要的是他欠钱。你们谁替他还，我马上退群。") in said


def test_a_wrapped_bubbles_first_line_is_no_name() -> None:
    # A one-to-one bubble wrapping at the same column: its first line fills the bubble.
    rows = [
        ["16:20 5G 47%", 17, 6, 618, 36],
        ["张经理", 260, 60, 124, 32],
        ["你今天必须把钱还上，不然", 93, 206, 300, 29],
        ["后果自负", 93, 236, 90, 29],
        ["发送消息", 36, 1329, 83, 31],
    ]
    record = _record(rows, 648, 1440, date(2026, 3, 10))
    assert [m.text for m in record.messages] == ["你今天必须把钱还上，不然后果自负"]


def test_a_clock_at_a_bubbles_foot_is_its_time_never_a_divider_for_the_next() -> None:
    said = [
        (m.sender, m.time)
        for m in _record(_FAMILY, 648, 1440, date(2026, 3, 10)).messages
        if m.side == "in"
    ]
    assert said == [
        ("贷后专员-老罗", "2026-03-10T16:02"),
        ("李芳", "2026-03-10T16:05"),
        ("贷后专员-老罗", "2026-03-10T16:09"),
    ]
    assert all(m.text != "16:09" for m in _record(_FAMILY, 648, 1440, date(2026, 3, 10)).messages)
