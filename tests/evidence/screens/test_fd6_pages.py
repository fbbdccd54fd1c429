"""A spam folder's rows under its centred title, and other page kinds read by their structure."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen


def _result(rows: list[tuple[str, int, int, int, int]], width: int, height: int) -> OcrResult:
    lines = tuple(OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in rows)
    return OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, width, height)


def test_a_spam_folders_number_headed_rows_are_an_inbox_not_a_chat_with_its_title():
    # Real OCR boxes: the folder's centred title is no counterpart, each row its number's text.
    page = _result(
        [
            ("07:44", 29, 17, 113, 51),
            ("垃圾短信", 398, 261, 282, 82),
            ("已拦截3条信息", 434, 350, 207, 41),
            ("165 2190 7735 53分钟前", 164, 490, 863, 46),
            ("孔令辉家属您好，孔令辉在我司借款已严重逾期，经多次联…", 164, 552, 820, 39),
            ("106 5510 2274 昨天", 166, 659, 866, 45),
            ("【速易花】您本期账单¥11,200已逾期3天，请及时还款，以…", 181, 721, 807, 41),
            ("170 8593 1146 昨天", 166, 827, 863, 49),
            ("你不接电话是吧，好，明天我们直接去你单位泰山区财源街…", 166, 893, 818, 38),
            ("全部删除 恢复", 198, 2145, 655, 55),
        ],
        1080,
        2316,
    )
    record = parse_screen(page, date(2026, 3, 9))
    assert (record.kind, record.counterpart) == ("sms_list", "")
    assert [m.sender for m in record.messages] == ["16521907735", "10655102274", "17085931146"]
    assert record.messages[2].text.startswith("你不接电话是吧")


def test_a_date_line_under_an_inbox_rows_head_is_the_rows_day_not_its_words():
    # Real OCR boxes of a feature phone's inbox: «3月13日周五» under each head, over the words.
    page = _result(
        [
            ("16:30", 307, 13, 106, 42),
            ("信息", 7, 74, 104, 65),
            ("13283960517 13:10", 16, 162, 692, 45),
            ("3月13日周五", 12, 213, 206, 44),
            ("小朋友，你妈妈鲁晓燕欠我们钱不还", 14, 267, 681, 53),
            ("回家告诉她赶紧还钱。", 56, 326, 402, 50),
            ("13283960517 13:12", 15, 399, 693, 46),
            ("3月13日周五", 13, 452, 204, 41),
            ("不然叔叔明天去学校找你老师聊聊。", 14, 506, 642, 50),
            ("菜单 确定 返回", 7, 904, 703, 55),
        ],
        720,
        960,
    )
    record = parse_screen(page, date(2026, 3, 13))
    said = [(m.text, m.time) for m in record.messages]
    assert said == [
        ("小朋友，你妈妈鲁晓燕欠我们钱不还回家告诉她赶紧还钱。", "2026-03-13T13:10"),
        ("不然叔叔明天去学校找你老师聊聊。", "2026-03-13T13:12"),
    ]
    # Read with no capture day (no year for the date), the date line is still no one's words.
    undated = parse_screen(page, None)
    assert [m.text[:3] for m in undated.messages] == ["小朋友", "不然叔"]


def test_a_threads_date_lines_are_no_feed_comments_and_its_label_no_author():
    # Real OCR boxes: a service number's thread, «服务号码» under it; a bubble's time at the left
    # edge over a dated separator is no post's foot, «2026年4月5日星期日11:30» no «name：words».
    page = _result(
        [
            ("22:29 5G  20%", 22, 15, 815, 45),
            ("106980095517", 61, 108, 283, 44),
            ("服务号码", 59, 150, 117, 44),
            ("2026年4月4日星期六10:15", 270, 261, 324, 31),
            ("【闪贷宝法务】陈嘉欣，你的逾期", 67, 329, 495, 42),
            ("账单已移交法务，今日内联系处", 50, 382, 476, 37),
            ("理，否则启动上门核实程序。", 47, 430, 425, 42),
            ("上午10:15", 23, 494, 121, 38),
            ("2026年4月5日星期日11:30", 270, 559, 324, 31),
            ("【闪贷宝法务】你的紧急联系人刘", 67, 627, 495, 42),
            ("总已被通知，再不还款将通知你所", 49, 676, 514, 42),
            ("有通讯录好友。", 49, 726, 223, 44),
            ("上午11:30", 20, 793, 122, 37),
            ("短信/彩信 发送", 45, 1673, 803, 49),
        ],
        864,
        1755,
    )
    record = parse_screen(page, date(2026, 4, 5))
    assert (record.kind, record.counterpart) == ("sms_thread", "106980095517")
    assert {m.sender for m in record.messages} == {""}
    texts = [m.text for m in record.messages]
    assert "【闪贷宝法务】你的紧急联系人刘总已被通知，再不还款将通知你所有通讯录好友。" in texts


_SETTINGS = [
    ("07:33 5G  40%", 21, 8, 820, 54),
    ("聊天信息", 27, 101, 216, 61),
    ("查找聊天内容", 23, 236, 251, 58),
    ("消息免打扰", 21, 378, 214, 61),
    ("置顶聊天", 25, 526, 172, 55),
    ("设置备注和标签", 25, 667, 285, 58),
    ("清空聊天记录", 25, 815, 245, 53),
    ("投诉", 19, 952, 106, 66),
    ("备注名 催收-勿接", 19, 1088, 826, 57),
    ("昵称 米粒-孙经理", 17, 1174, 828, 58),
    ("来源 通过手机号搜索添加", 19, 1264, 822, 52),
]


def test_a_chats_settings_page_has_no_counterpart_and_no_words():
    # Real OCR boxes of a chat's 聊天信息 page: its title and rows are the page's own.
    record = parse_screen(_result(_SETTINGS, 864, 1872), date(2026, 5, 12))
    assert (record.kind, record.counterpart, record.messages) == ("other", "", ())
    assert "聊天信息" in record.chrome


def test_short_replies_behind_avatars_are_no_settings_rows():
    rows = [
        ("老王", 380, 90, 100, 50),
        ("10:20", 380, 170, 100, 30),
        *[
            (text, 120, 240 + 110 * i, 120, 50)
            for i, text in enumerate(["在吗", "嗯", "好", "行", "走", "来"])
        ],
    ]
    record = parse_screen(_result(rows, 864, 1872), date(2026, 5, 12))
    assert record.kind != "other"


def test_a_bill_in_traditional_script_gives_its_loan_fields():
    # Real OCR boxes of a Hong Kong lender's bill: 借款金額, 實際到賬, 手續費 and 應還金額 are
    # the simplified labels' words in traditional script, the sums after HK$.
    page = _result(
        [
            ("10:18", 18, 17, 78, 35),
            ("港速貸", 313, 75, 92, 42),
            ("應還金額 (港幣)", 284, 155, 148, 33),
            ("HK$26,000", 180, 206, 357, 84),
            ("借款金額 HK$20,000", 45, 497, 628, 36),
            ("實際到賬 HK$16,000", 47, 568, 626, 40),
            ("手續費 HK$4,000", 47, 643, 626, 37),
            ("到期日 2026-03-02", 45, 717, 628, 36),
            ("立即还款", 302, 1363, 116, 42),
            ("首页 借款 我的", 96, 1521, 531, 39),
        ],
        720,
        1600,
    )
    record = parse_screen(page, date(2026, 3, 4))
    assert record.kind == "bill"
    fields = {k: record.fields.get(k) for k in ("amount", "received", "fees", "demanded", "due")}
    assert fields == {
        "amount": 20000.0,
        "received": 16000.0,
        "fees": 4000.0,
        "demanded": 26000.0,
        "due": "2026-03-02",
    }


def test_a_headline_sum_over_its_label_is_the_sum_due_never_the_days_overdue():
    # Real OCR boxes' texts: the sum in large type over «应还总额（已逾期17天）»; 17 is days.
    rows = [
        ("09:12 4G  91%", 20, 10, 800, 40),
        ("借款详情", 330, 80, 200, 50),
        ("¥8,860.00", 250, 200, 360, 90),
        ("应还总额（已逾期17天）", 280, 300, 300, 36),
        ("借款金额 ¥6,500.00", 40, 420, 780, 40),
        ("服务费(放款时扣除) ¥1,430.00", 40, 500, 780, 40),
        ("实际到账 ¥5,070.00", 40, 580, 780, 40),
        ("借款平台 速易花", 40, 660, 780, 40),
        ("立即还款 申请展期", 60, 1500, 740, 50),
    ]
    record = parse_screen(_result(rows, 864, 1800), date(2026, 3, 10))
    assert record.kind == "bill"
    fields = {k: record.fields.get(k) for k in ("amount", "received", "fees", "demanded")}
    assert fields == {"amount": 6500.0, "received": 5070.0, "fees": 1430.0, "demanded": 8860.0}
    # A count of days after the label on its own line ("·逾期第21天") is no sum either.
    rows[3] = ("应还金额· 逾期第21天", 280, 300, 300, 36)
    record = parse_screen(_result(rows, 864, 1800), date(2026, 3, 10))
    assert record.fields.get("demanded") == 8860.0
