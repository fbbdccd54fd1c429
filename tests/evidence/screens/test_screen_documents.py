"""Photos of papers, ID cards and bill pages on OCR boxes from real screenshots.

A paper (律师函, 传票, 催收函 …) photographed in the gallery is a `document`: no counterpart, no
messages, its issuer in the fields. A chat that mentions a 律师函 stays a chat, and an SMS thread
quoting the loan's bill words stays a thread. Fixtures are PP-OCR output (text, x, y, w, h) of
tests/blindgen screenshots, cut down; the summons and the 催收函 are built by hand.
"""

from __future__ import annotations

from datetime import date

import pytest

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen
from evidence.screens.records import ScreenRecord

Row = tuple[str, int, int, int, int]
W, H = 1081, 2343


def parse(rows: list[Row], captured: date = date(2026, 10, 21)) -> ScreenRecord:
    lines = tuple(OcrLine(text, (x, y, w, h), 95.0) for text, x, y, w, h in rows)
    result = OcrResult("\n".join(ln.text for ln in lines), lines, width=W, height=H)
    return parse_screen(result, captured)


# A photo of a letter on a table: title low on the screen, seal read again under the signature.
LETTER_GALLERY: list[Row] = [
    ("23:22 HD 5G 61%", 34, 20, 1011, 51),
    ("律师函", 403, 635, 246, 85),
    ("韦丽女士:", 92, 786, 193, 58),
    ("受金橙分期委托，现就你拖欠借款一事郑重函告：", 94, 856, 859, 59),
    ("请于收到本函之日起三日内归还全部欠款人民币", 96, 932, 840, 59),
    ("11230元。逾期未还，本所将依法向人民法院提起", 96, 1008, 867, 59),
    ("诉讼，并申请查封、冻结你名下财产，由此产生的", 94, 1079, 883, 66),
    ("一切后果由你本人承担。", 101, 1167, 418, 48),
    ("广西桂信律师事务所", 613, 1266, 374, 62),
    ("二〇二六年十月十七日", 576, 1345, 409, 61),
    ("广西桂信律师事务", 733, 1554, 245, 55),
]
LETTER_IPHONE: list[Row] = [
    ("14:38 5G 64%", 34, 20, 1011, 51),
    ("律师函", 395, 629, 247, 92),
    ("孙浩先生：", 81, 788, 199, 67),
    ("我所接受鲸鱼快贷的委托，就你借款逾期一事致函", 86, 846, 889, 77),
    ("如下：你应于2026年11月20日前偿还欠款本息合", 91, 925, 855, 74),
    ("计人民币7860元。逾期未还，我所将代表委托人", 94, 1003, 850, 71),
    ("向你户籍所在地人民法院起诉，并将你的违约情况", 96, 1074, 882, 76),
    ("通报你所在单位。", 94, 1161, 309, 67),
    ("山东正衡律师事务所", 615, 1261, 372, 67),
    ("二〇二六年十一月十六日", 540, 1339, 447, 67),
    ("山东正衡律师事务", 716, 1547, 269, 57),
]


@pytest.mark.parametrize(
    ("rows", "issuer", "to", "day"),
    [
        (LETTER_GALLERY, "广西桂信律师事务所", "韦丽女士", "2026-10-17"),
        (LETTER_IPHONE, "山东正衡律师事务所", "孙浩先生", "2026-11-16"),
    ],
)
def test_a_lawyers_letter_photo_is_a_document(rows, issuer: str, to: str, day: str) -> None:
    record = parse(rows)
    assert record.kind == "document"
    assert record.counterpart == ""
    assert record.messages == ()
    assert record.fields["title"] == "律师函"
    assert record.fields["issuer"] == issuer  # the signature, not the court named in the body
    assert record.fields["to"] == to
    assert record.fields["date"] == day
    assert "逾期未还" in record.fields["text"]


def test_a_summons_with_its_court_over_the_title() -> None:
    record = parse(
        [
            ("09:12 4G 80%", 34, 20, 1011, 51),
            ("广西壮族自治区南宁市青秀区人民法院", 180, 520, 720, 60),
            ("传票", 480, 610, 120, 80),
            ("案号 （2026）桂0103民初1234号", 90, 760, 700, 56),
            ("被传唤人 韦丽", 90, 840, 300, 56),
            ("传唤事由 借款合同纠纷开庭审理，应到时间2026年11月3日", 90, 920, 900, 56),
        ]
    )
    assert record.kind == "document"
    assert record.fields["title"] == "传票"
    assert record.fields["issuer"] == "广西壮族自治区南宁市青秀区人民法院"
    assert record.messages == ()


def test_a_forged_summons_signed_by_a_centre_keeps_both_names() -> None:
    # A court in the letterhead, before the paper's kind; a "centre" under 落款.
    record = parse(
        [
            ("10:00 5G 88%", 32, 14, 908, 51),
            ("传票", 414, 100, 116, 71),
            ("标题 成都市某某区人民法院传票", 43, 225, 623, 53),
            ("案由 借款合同纠纷", 43, 333, 371, 57),
            ("落款", 41, 447, 103, 59),
            ("诉讼保全中心", 124, 449, 290, 55),
        ]
    )
    assert record.kind == "document"
    assert record.fields["issuer"] == "成都市某某区人民法院"
    assert record.fields["signature"] == "诉讼保全中心"


def test_a_collection_letter_with_an_arabic_date() -> None:
    record = parse(
        [
            ("催收函", 450, 400, 180, 80),
            ("杨敏：", 80, 520, 130, 56),
            ("你在星河易借的借款已逾期，现委托本中心催收，请于三日内", 80, 600, 900, 56),
            ("结清全部欠款，否则将上门核实。", 80, 670, 560, 56),
            ("云南信达调解中心", 640, 780, 330, 56),
            ("2026年9月20日", 700, 850, 270, 56),
        ],
        date(2026, 9, 24),
    )
    assert record.kind == "document"
    assert (record.fields["issuer"], record.fields["to"]) == ("云南信达调解中心", "杨敏")
    assert record.fields["date"] == "2026-09-20"


def test_a_chat_that_mentions_a_lawyers_letter_stays_a_chat() -> None:
    record = parse(
        [
            ("23:20 HD 5G 61%", 34, 20, 1011, 51),
            ("金橙法务部-何经理", 340, 103, 403, 56),
            ("星期六14:10", 439, 278, 203, 49),
            ("韦丽，我是金橙分期法务部的何经", 191, 378, 620, 42),
            ("理，你的案件已经进入诉前调解阶", 186, 434, 630, 57),
            ("段。", 183, 493, 78, 61),
            ("律师函广西桂信律师事务", 181, 622, 350, 42),
            ("所(点击查看原图)", 181, 669, 270, 41),
            ("今天不结清，律师函明天就寄到你老", 191, 1296, 666, 49),
            ("家，让村里人都知道你是老赖。", 188, 1357, 560, 49),
            ("发送", 53, 2245, 97, 64),
        ]
    )
    assert record.kind == "chat_1to1"
    assert record.counterpart == "金橙法务部-何经理"
    assert record.messages


def test_a_gateway_thread_quoting_the_loan_sms_is_a_thread_not_a_bill() -> None:
    record = parse(
        [
            ("23:13 HD 5G 61%", 34, 20, 1011, 51),
            ("106905521334", 372, 129, 340, 49),
            ("7月5日 14:02", 437, 278, 207, 49),
            ("【金橙分期】您的借款8000.00元已放", 92, 376, 673, 49),
            ("款至尾号3307的银行卡，服务费1440.0", 72, 442, 717, 41),
            ("0元已扣除，实际到账6560.00元。", 72, 500, 608, 49),
            ("10月8日09:00", 427, 615, 227, 49),
            ("【金橙分期】韦丽，您的账单已逾期3", 94, 713, 668, 48),
            ("天，应还金额11230.00元，逾期将上报", 72, 774, 712, 48),
            ("征信并移交第三方处理。", 72, 832, 432, 49),
            ("短信/彩信", 55, 2248, 177, 58),
        ]
    )
    assert record.kind == "sms_thread"
    assert record.counterpart == "106905521334"
    assert [m.time for m in record.messages] == ["2026-07-05T14:02", "2026-10-08T09:00"]
    assert record.messages[1].text.endswith("逾期将上报征信并移交第三方处理。")


def test_a_loan_apps_bill_page_stays_a_bill() -> None:
    record = parse(
        [
            ("14:40 5G 64%", 29, 12, 1018, 64),
            ("鲸鱼快贷", 437, 117, 207, 68),
            ("待还金额(元)", 36, 251, 256, 72),
            ("7,860.00", 41, 359, 410, 110),
            ("借款本金 6,000.00元", 39, 571, 1006, 68),
            ("到账金额 4,980.00元", 36, 698, 1009, 68),
            ("会员费 1,020.00元", 36, 822, 1009, 71),
            ("最后还款日 2026-11-05", 36, 1079, 1009, 66),
            ("立即还款", 439, 1272, 200, 65),
        ],
        date(2026, 11, 18),
    )
    assert record.kind == "bill"
    assert record.fields["lender"] == "鲸鱼快贷"
    assert (record.fields["amount"], record.fields["received"]) == (6000.0, 4980.0)
    assert record.fields["demanded"] == 7860.0


def test_an_id_card_photo_in_the_gallery() -> None:
    record = parse(
        [
            ("22:56 4G 45%", 31, 20, 1016, 51),
            ("姓名 杨敏", 84, 873, 206, 72),
            ("性别女民族汉", 87, 954, 290, 64),
            ("出生 1993年11月26日", 86, 1024, 400, 72),
            ("住址 昆明市五华区西昌路77号2单", 87, 1103, 594, 66),
            ("公民身份号码", 84, 1301, 242, 58),
            ("530102199311261523", 79, 1376, 510, 62),
        ],
        date(2026, 9, 24),
    )
    assert record.kind == "id_card"
    assert record.fields["birth_date"] == "1993-11-26"
    assert record.messages == ()
    assert record.counterpart == ""
