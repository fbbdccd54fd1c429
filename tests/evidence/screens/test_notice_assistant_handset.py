"""A notice centre's «channel · time» rows, a call assistant's record of a call it took, a
dialer's tab bar under its rows and a photographed feature phone's carrier line and soft keys."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen

DAY = date(2025, 3, 12)


def _result(rows: list[tuple[str, int, int, int, int]], width: int = 750, height: int = 1600):
    lines = tuple(OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in rows)
    return OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, width, height)


def test_notice_centre_row_channel_is_the_sender_without_its_dot():
    record = parse_screen(
        _result(
            [
                ("09:12", 600, 6, 120, 36),
                ("<通知中心", 18, 72, 170, 46),
                ("账单 活动", 14, 148, 270, 40),
                ("青禾银行·07:40", 34, 246, 200, 38),
                ("您的储蓄卡于3月11日支出356.00元，余额请登录", 34, 290, 670, 38),
                ("手机银行查询。", 34, 330, 200, 38),
                ("星河分期·昨天18:20", 34, 428, 230, 38),
                ("【星河分期】本月账单已出，应还1,020.00元。", 34, 470, 650, 38),
                ("三", 600, 1540, 40, 40),
            ]
        ),
        DAY,
    )
    senders = [m.sender for m in record.messages]
    assert senders == ["青禾银行", "星河分期"]
    assert record.messages[1].text.endswith("应还1,020.00元。")  # the nav glyph is not its text


def test_call_assistant_record_gives_the_callers_words_to_the_number_over_them():
    record = parse_screen(
        _result(
            [
                ("09:40", 600, 6, 120, 36),
                ("智能接听记录", 50, 72, 200, 46),
                ("021-6088 3412·09:31", 54, 114, 230, 28),
                ("助理：你好，机主现在不方便接电话，有什么可以转达？", 20, 186, 680, 34),
                ("对方：叫他今天务必把钱还上，不然我们就找他", 20, 242, 700, 34),
                ("家里人", 18, 280, 90, 38),
                ("助理：好的，我会转告。", 20, 334, 340, 40),
                ("对方：别转告了，直接让他回电话", 20, 390, 500, 38),
                ("回拨 删除", 160, 1470, 430, 46),
            ]
        ),
        DAY,
    )
    assert record.counterpart == "02160883412"
    said = [(m.side, m.text) for m in record.messages]
    assert said[1] == ("in", "叫他今天务必把钱还上，不然我们就找他家里人")
    assert said[0][0] == "out"
    assert said[3] == ("in", "别转告了，直接让他回电话")
    assert "智能接听记录" in record.chrome
    assert "回拨 删除" in record.chrome
    assert all(m.time == "2025-03-12T09:31" for m in record.messages)


def _assistant_page(caller_line: str):
    return parse_screen(
        _result(
            [
                ("智能接听记录", 50, 72, 200, 46),
                (caller_line, 54, 114, 180, 28),
                ("助理：您好，请问有什么事？", 20, 186, 480, 34),
                ("对方：让他马上回电话", 20, 242, 400, 34),
                ("助理：好的。", 20, 300, 200, 34),
            ]
        ),
        DAY,
    )


def test_call_assistant_record_without_a_readable_caller_leaves_the_caller_unknown():
    # The page's heading is the app's name for its records: never the caller.
    record = _assistant_page("20:02")
    assert record.counterpart == ""
    assert "智能接听记录" in record.chrome
    said = [(m.side, m.text) for m in record.messages]
    assert said == [("out", "您好，请问有什么事？"), ("in", "让他马上回电话"), ("out", "好的。")]


def test_call_assistant_record_names_the_caller_by_what_stands_before_the_clock():
    assert _assistant_page("王经理 · 20:02").counterpart == "王经理"
    assert _assistant_page("0833-2415 · 20:02").counterpart == "0833-2415"


def test_a_comment_thread_of_two_is_no_assistant_record():
    # Two people answering each other, but no call's time over them: not a call record.
    record = parse_screen(
        _result(
            [
                ("评论", 50, 72, 100, 46),
                ("阿明：周末去爬山吗", 20, 186, 400, 34),
                ("小丽：好啊，几点出发", 20, 242, 400, 34),
                ("阿明：八点在门口等", 20, 300, 400, 34),
            ]
        ),
        DAY,
    )
    assert record.counterpart != "02160883412"
    assert not any(m.time.endswith("T09:31") for m in record.messages)


def test_a_dialer_tab_bar_under_the_rows_is_no_caller():
    record = parse_screen(
        _result(
            [
                ("09:05", 583, 5, 157, 41),
                ("021-6088 3412 (3) 08:52 ①", 22, 73, 710, 47),
                ("上海", 20, 110, 146, 46),
                ("小周 昨天 20:15 1", 17, 296, 711, 56),
                ("7", 22, 335, 35, 41),
                ("拨号 通话 联系人 收藏", 69, 1474, 612, 51),
                ("三", 599, 1556, 46, 44),
            ]
        ),
        DAY,
    )
    assert record.kind == "call_log"
    assert all("联系人" not in (c.name or "") for c in record.calls)


def test_feature_phone_carrier_line_and_soft_keys_are_the_handsets():
    record = parse_screen(
        _result(
            [
                ("中国移动 14:20", 231, 214, 464, 71),
                ("收件箱", 233, 282, 128, 59),
                ("138 0013 8000", 237, 333, 265, 52),
                ("03-12 14:02", 238, 373, 189, 49),
                ("周末的聚会改到周日", 261, 410, 428, 68),
                ("下午三点，别迟到", 245, 455, 452, 68),
                ("菜单 返回", 256, 777, 461, 80),
            ],
            width=960,
            height=1280,
        ),
        DAY,
    )
    assert [m.sender for m in record.messages] == ["13800138000"]
    assert record.messages[0].text == "周末的聚会改到周日下午三点，别迟到"
    assert "中国移动 14:20" in record.chrome
    assert "菜单 返回" in record.chrome


def test_call_assistant_turns_timed_into_the_call_are_the_callers_words_and_no_call_row():
    # Real OCR boxes: each turn's label and its second of the call alone over its words; the
    # hang-up line («对方已挂断 15:32·通话时长00:26») is the page's own; the call log, not the
    # record, counts the call.
    record = parse_screen(
        _result(
            [
                ("15:40 5G61%", 18, 11, 678, 41),
                ("小智代接", 21, 84, 183, 51),
                ("0539 8261 7305 山东临沂·催收", 18, 190, 684, 42),
                ("来电时间 2026年6月7日星期日15:31", 16, 271, 685, 46),
                ("小智00:01", 19, 351, 122, 34),
                ("你好，我是机主的代接助手，请问有什么事?", 18, 387, 575, 42),
                ("来电方 00:05", 19, 447, 147, 34),
                ("叫孙丽娟接电话，她欠的钱今天必须结清", 19, 486, 531, 37),
                ("来电方 00:14", 19, 543, 148, 34),
                ("再躲着俺们就去她村里张贴欠款告示", 19, 582, 473, 37),
                ("对方已挂断 15:32·通话时长00:26", 18, 653, 683, 44),
                ("回拨 标记 删除", 93, 1497, 535, 50),
            ],
            width=720,
            height=1560,
        ),
        date(2026, 6, 7),
    )
    assert record.counterpart == "053982617305"
    said = [(m.side, m.text) for m in record.messages]
    assert said == [
        ("out", "你好，我是机主的代接助手，请问有什么事?"),
        ("in", "叫孙丽娟接电话，她欠的钱今天必须结清"),
        ("in", "再躲着俺们就去她村里张贴欠款告示"),
    ]
    assert record.calls == ()
    assert "对方已挂断 15:32·通话时长00:26" in record.chrome


def test_name_and_clock_lines_of_a_chat_are_no_call_assistants_turns():
    # «name 10:21» over each bubble: clocks of the day, not seconds into one call.
    record = parse_screen(
        _result(
            [
                ("家人群", 50, 72, 200, 46),
                ("2025年3月12日 10:20", 200, 130, 300, 30),
                ("老王 10:21", 20, 186, 150, 30),
                ("今天谁去接孩子", 20, 222, 300, 34),
                ("阿芳 10:25", 20, 286, 150, 30),
                ("我去吧", 20, 322, 120, 34),
                ("老王 10:30", 20, 386, 150, 30),
                ("好的", 20, 422, 80, 34),
            ]
        ),
        DAY,
    )
    assert record.calls == ()
