"""The screen parser on hand-built OCR line boxes: every app family, two skins where they differ."""

from __future__ import annotations

from datetime import date

import pytest

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen
from evidence.screens.records import ScreenRecord

W, H = 1080, 2340
CAPTURED = date(2025, 2, 20)


def line(text: str, x: int, y: int, w: int, h: int = 44) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 95.0)


def screen(*lines: OcrLine) -> OcrResult:
    return OcrResult("\n".join(ln.text for ln in lines), tuple(lines), width=W, height=H)


def parse(*lines: OcrLine) -> ScreenRecord:
    return parse_screen(screen(*lines), CAPTURED)


STATUS_MIUI = line("16:40 HD 5G", 40, 30, 300, 40)
STATUS_SPEED = line("20:33 36K/s 4G 46%", 40, 30, 420, 40)
STATUS_IOS = line("22:47", 80, 40, 120, 44)


def wechat_chat(status: OcrLine) -> ScreenRecord:
    return parse(
        status,
        line("<", 30, 150, 30),
        line("王经理", 470, 150, 140),
        line("...", 990, 150, 50),
        line("昨天 22:10", 440, 330, 200, 36),
        line("你通讯录里的妈妈电话我们已经", 170, 420, 640),
        line("打过了，今天不还就继续打", 170, 472, 560),
        line("我明天一定还", 640, 620, 280),
        line("按住 说话", 420, 2220, 240),
    )


@pytest.mark.parametrize("status", [STATUS_MIUI, STATUS_SPEED, STATUS_IOS])
def test_wechat_chat_title_sides_wraps_and_times(status: OcrLine) -> None:
    record = wechat_chat(status)
    assert record.kind == "chat_1to1"
    assert record.app == "wechat"
    assert record.counterpart == "王经理"
    first, second = record.messages
    assert first.side == "in"
    assert first.text == "你通讯录里的妈妈电话我们已经打过了，今天不还就继续打"
    assert first.time == "2025-02-19T22:10"
    assert second.side == "out"
    assert second.text == "我明天一定还"
    assert status.text in record.chrome


@pytest.mark.parametrize("status", [STATUS_MIUI, STATUS_SPEED, STATUS_IOS])
def test_status_bar_clock_is_never_title_sender_or_time(status: OcrLine) -> None:
    record = wechat_chat(status)
    clock = status.text.split()[0]
    assert clock not in record.counterpart
    assert all(clock not in m.time and clock not in m.sender for m in record.messages)
    assert all(clock not in m.text for m in record.messages)


def test_wechat_greeting_system_line_is_not_a_message() -> None:
    record = parse(
        STATUS_SPEED,
        line("138 0013 8000", 400, 150, 280),
        line("以上是打招呼的内容", 380, 300, 320, 34),
        line("还钱，不然曝光你", 170, 400, 380),
        line("按住 说话", 420, 2220, 240),
    )
    assert [m.text for m in record.messages] == ["还钱，不然曝光你"]


def test_dingtalk_group_senders_above_bubbles() -> None:
    record = parse(
        STATUS_MIUI,
        line("张三还款沟通外部群(4)", 330, 150, 420),
        line("10月12日 09:15", 420, 300, 240, 36),
        line("催收员小李", 170, 380, 200, 34),
        line("今天下午五点前还清，否则联系你单位", 190, 430, 700),
        line("已读", 900, 490, 60, 30),
        line("刘律师", 170, 560, 130, 34),
        line("逾期将起诉", 190, 610, 260),
    )
    assert record.kind == "group_chat"
    assert record.app == "dingtalk"
    assert record.counterpart == "张三还款沟通外部群"
    senders = [(m.sender, m.text) for m in record.messages if m.side == "in" and m.sender]
    assert senders == [
        ("催收员小李", "今天下午五点前还清，否则联系你单位"),
        ("刘律师", "逾期将起诉"),
    ]
    assert all(m.time.startswith("2024-10-12T09:15") for m in record.messages if m.sender)


def test_qq_chat_is_recognised() -> None:
    record = parse(STATUS_IOS, line("小王 QQ", 440, 150, 200), line("欠钱不还？", 170, 400, 260))
    assert record.app == "qq"
    assert record.kind == "chat_1to1"


@pytest.mark.parametrize(
    ("status", "header", "separator"),
    [
        (STATUS_IOS, "106 9012 3456 78", "短信/彩信"),
        (STATUS_MIUI, "1069012345678", "星期三 20:15"),
    ],
)
def test_sms_thread_belongs_to_header_number(status, header, separator) -> None:
    record = parse(
        status,
        line(header, 380, 150, 320),
        line(separator, 430, 300, 220, 34),
        line("【速借】您已逾期，将通知", 170, 400, 560),
        line("您的紧急联系人", 170, 452, 330),
    )
    assert record.kind == "sms_thread"
    assert record.counterpart == "1069012345678"
    assert [m.text for m in record.messages] == ["【速借】您已逾期，将通知您的紧急联系人"]
    assert record.messages[0].side == "in"


def test_sms_list_rows() -> None:
    record = parse(
        STATUS_MIUI,
        line("17000001234", 170, 300, 260),
        line("10-28", 900, 300, 100),
        line("尽快还款", 170, 350, 200),
        line("0731-8562 0947", 170, 460, 300),
        line("10690000111", 170, 620, 260),
    )
    assert record.kind == "sms_list"


def ios_recents() -> ScreenRecord:
    return parse(
        STATUS_IOS,
        line("最近通话", 420, 150, 240),
        line("0731-8562 0947 (12)", 60, 300, 420),
        line("疑似催收", 60, 350, 160, 34),
        line("昨天", 900, 320, 100),
        line("妈妈 (2)", 60, 460, 180),
        line("手机", 60, 510, 80, 34),
        line("星期三", 880, 480, 120),
        line("个人收藏 最近通话 通讯录 拨号键盘 语音留言", 40, 2240, 1000),
    )


def test_ios_call_log_rows_counts_and_tags() -> None:
    record = ios_recents()
    assert record.kind == "call_log"
    assert record.app == "ios"
    first, second = record.calls
    assert (first.number, first.count, first.tag) == ("073185620947", 12, "疑似催收")
    assert first.time == "2025-02-19"
    assert (second.name, second.count, second.number) == ("妈妈", 2, "")


def test_tab_bar_is_never_a_message_or_row() -> None:
    record = ios_recents()
    assert "个人收藏 最近通话 通讯录 拨号键盘 语音留言" in record.chrome
    assert all("个人收藏" not in (c.name + c.number) for c in record.calls)


@pytest.mark.parametrize("status", [STATUS_MIUI, STATUS_SPEED])
def test_miui_and_harmonyos_call_logs(status: OcrLine) -> None:
    record = parse(
        status,
        line("138 0013 8000(3)", 170, 300, 340),
        line("湖南长沙 移动 响铃5秒", 170, 350, 380, 34),
        line("22:47", 900, 320, 100),
        line("028-6571 3390", 170, 460, 300),
        line("呼出 四川成都", 170, 510, 240, 34),
        line("02-11", 900, 480, 100),
        line("拨号 联系人 收藏 营业厅", 40, 2240, 1000),
    )
    assert record.kind == "call_log"
    first, second = record.calls
    assert (first.number, first.count, first.direction, first.ring) == (
        "13800138000",
        3,
        "missed",
        "5秒",
    )
    assert first.time == "2025-02-20T22:47"
    assert (second.number, second.count, second.direction, second.time) == (
        "02865713390",
        1,
        "outgoing",
        "2025-02-11",
    )


def test_id_card_birth_date_is_exposed_data_not_conduct() -> None:
    record = parse(
        line("姓名 李某某", 100, 300, 300),
        line("出生 1991年2月19日", 100, 400, 400),
        line("公民身份号码 430102199102191234", 100, 900, 800),
    )
    assert record.kind == "id_card"
    assert record.fields["birth_date"] == "1991-02-19"
    assert record.fields["personal_data_exposed"] is True
    assert record.messages == ()
    assert record.calls == ()


def test_bill_page_amounts() -> None:
    record = parse(
        STATUS_MIUI,
        line("借款金额 5,000.00", 100, 300, 500),
        line("实际到账 3500", 100, 400, 400),
        line("服务费 1500", 100, 500, 300),
        line("应还 6200", 100, 600, 300),
    )
    assert record.kind == "bill"
    expected = {"amount": 5000.0, "received": 3500.0, "fees": 1500.0, "demanded": 6200.0}
    assert record.fields == expected


def test_record_json_round_trip() -> None:
    record = ios_recents()
    assert ScreenRecord.from_json(record.to_json()) == record


def test_short_last_line_of_outgoing_bubble_stays_out() -> None:
    record = parse(
        STATUS_MIUI,
        line("舅舅", 490, 150, 100),
        line("对不起，是催收的人乱发的，不要", 300, 400, 640),
        line("理他们", 300, 452, 130),
    )
    assert [(m.side, m.text) for m in record.messages] == [
        ("out", "对不起，是催收的人乱发的，不要理他们")
    ]


def test_input_box_and_tab_bar_right_under_the_last_message_are_chrome() -> None:
    # A short chat or a long capture: the input box is under the last bubble, not at the bottom.
    record = parse(
        STATUS_MIUI,
        line("199 0731 2287", 400, 150, 280),
        line("23:05", 480, 300, 120, 34),
        line("明天我们的人会去你单位找你领导", 170, 400, 640),
        line("谈谈", 170, 452, 90),
        line("短信 / 彩信", 420, 560, 240),
    )
    assert [m.text for m in record.messages] == ["明天我们的人会去你单位找你领导谈谈"]
    assert "短信 / 彩信" in record.chrome


def test_a_tab_bar_split_by_ocr_is_chrome_with_what_falls_under_it() -> None:
    record = parse(
        STATUS_IOS,
        line("通话记录", 420, 150, 240),
        line("186 2833 0971 (4)", 60, 300, 420),
        line("未接来电 13:30", 60, 350, 300, 34),
        line("个人收藏 最近通话 通讯录 拨号键盘 语音", 40, 900, 1000),
        line("留言", 980, 950, 80),
    )
    assert [(c.number, c.name, c.count) for c in record.calls] == [("18628330971", "", 4)]


def test_ios_inbox_rows_give_each_message_its_sender() -> None:
    record = parse(
        STATUS_IOS,
        line("信息", 480, 150, 120),
        line("16205 8871 009 09:00", 60, 300, 600),
        line("您已被列入重点催收名单，律师函将于三日内寄送至户籍地", 60, 350, 900, 34),
        line("妈妈 昨天20:11", 60, 460, 400),
        line("你没事吧？有人打我电话找你", 60, 510, 500, 34),
    )
    assert record.kind == "sms_list"
    assert [(m.sender, m.time) for m in record.messages] == [
        ("162058871009", "2025-02-20T09:00"),
        ("妈妈", "2025-02-19T20:11"),
    ]
    assert record.messages[0].text.startswith("您已被列入重点催收名单")


def test_bill_value_under_its_label_and_a_paper_is_a_document() -> None:
    bill = parse(
        STATUS_MIUI,
        line("速易花·我的账单", 380, 150, 320),
        line("借款本金 5000.00", 60, 300, 500),
        line("应还金额", 60, 400, 200),
        line("3860.00", 60, 450, 200),
        line("砍头费用 900.00", 60, 550, 500),
    )
    assert bill.kind == "bill"
    assert bill.fields == {"amount": 5000.0, "demanded": 3860.0, "fees": 900.0, "lender": "速易花"}
    paper = parse(
        STATUS_IOS,
        line("传票", 480, 150, 120),
        line("案由 借款合同纠纷", 60, 300, 500),
        line("落款 成都市某某区人民法院", 60, 400, 600),
    )
    assert paper.kind == "document"
    assert paper.messages == ()
    assert "人民法院" in paper.fields["issuer"]


def test_call_rows_with_the_time_on_the_numbers_line() -> None:
    # Number left, date right, read as one line; carrier and direction under it.
    record = parse(
        STATUS_IOS,
        line("通话记录", 420, 150, 240),
        line("2025年2月20日", 380, 260, 320, 36),
        line("152 9672 2806 2月2日20:04", 40, 360, 1000),
        line("四川成都呼入6分48秒", 40, 420, 380, 34),
        line("17037725006 (12) 2月18日 23:10", 40, 500, 1000),
        line("疑似催收 湖南长沙 未接", 40, 560, 420, 34),
    )
    assert [(c.number, c.count, c.direction, c.time) for c in record.calls] == [
        ("15296722806", 1, "incoming", "2025-02-02T20:04"),
        ("17037725006", 12, "missed", "2025-02-18T23:10"),
    ]


def test_inbox_date_header_is_never_a_sender_nor_a_full_width_row_the_title() -> None:
    record = parse(
        STATUS_IOS,
        line("信息", 480, 124, 130),
        line("2025年2月12日", 405, 260, 265),
        line("106960752283 2月1日", 41, 330, 1000),
        line("我是小鹿白条催收专员，联系电", 39, 400, 520),
    )
    assert [(m.sender, m.time) for m in record.messages] == [("106960752283", "2025-02-01")]


# A vivo OriginOS and an OPPO ColorOS inbox (real OCR boxes): a saved name's row with only a day.
ORIGINOS_INBOX = [
    line("信息", 43, 225, 193, 109),
    line("176 2045 8831 09:32", 171, 422, 879, 83),
    line("你们公司前台的电话我们已经有了，下午就打过…", 176, 491, 734, 41),
    line("妈妈 昨天", 169, 600, 883, 96),
    line("丽丽，有空回个电话，家里有事问你", 174, 674, 543, 48),
    line("106905521334 星期五", 174, 791, 871, 83),
    line("【金橙分期】您的欠款已移交法务部，48小时…", 193, 859, 688, 42),
    line("信息 通知信息 收藏", 130, 2258, 823, 51),
]
COLOROS_INBOX = [
    line("信息", 43, 225, 193, 109),
    line("150 8722 3419 21:55", 171, 422, 876, 83),
    line("你爸的电话已经打通了，下一步就是你公司张主…", 176, 491, 734, 41),
    line("爸爸 昨天", 171, 600, 881, 96),
    line("敏敏，那些人又打电话来了，你回个电话", 176, 676, 603, 42),
    line("1069087122550 星期二", 174, 791, 873, 83),
    line("【星河易借】您已严重逾期，平台已将您的资料…", 193, 857, 714, 41),
]


@pytest.mark.parametrize("rows", [ORIGINOS_INBOX, COLOROS_INBOX], ids=["originos", "coloros"])
def test_inbox_rows_one_message_each_never_across_rows(rows: list[OcrLine]) -> None:
    record = parse(STATUS_MIUI, *rows)
    assert record.kind == "sms_list"
    senders = [m.sender for m in record.messages]
    assert len(senders) == 3
    assert senders[1] in {"妈妈", "爸爸"}
    assert record.messages[1].time == "2025-02-19"
    assert all(s not in m.text for m in record.messages for s in ("妈妈", "爸爸", "昨天"))


def test_an_inbox_head_whose_time_was_not_read_still_starts_its_row() -> None:
    rows = [ln for ln in ORIGINOS_INBOX if ln.text != "妈妈 昨天"]
    rows.insert(3, line("妈妈", 169, 600, 140, 96))  # the heads' larger type, no time beside it
    record = parse(STATUS_MIUI, *rows)
    assert [(m.sender, m.text[:5]) for m in record.messages] == [
        ("17620458831", "你们公司前"),
        ("妈妈", "丽丽，有空"),
        ("106905521334", "【金橙分期"),
    ]
