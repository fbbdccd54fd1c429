"""The case from the records: demanding gateways, every whole quote once, parser slips undone."""

from __future__ import annotations

import pytest

from casefile.model import Borrower, Case, EvidenceItem
from drafting.quotes import letter_quotes, quotes_left_out
from evidence.screens.records import CallRow, Message, ScreenRecord
from understanding.demands import is_demand
from understanding.figures import case_figures, conduct_span
from understanding.quotes import QUOTE_LIMIT, collector_quotes, same_message
from understanding.roles import events_of, number_rows


def item(eid: str, record: ScreenRecord, text: str = "", kind: str = "sms") -> EvidenceItem:
    return EvidenceItem(
        id=eid, kind=kind, file=f"{eid}.jpg", sha256=eid * 32, text=text,
        captured_on="2026-10-21", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def case_of(*items: EvidenceItem, roles: dict[str, str] | None = None) -> Case:
    return Case(
        borrower=Borrower(name="韦丽", phone="13600001111"),
        evidence=items,
        extra={"contact_roles": roles} if roles else {},
    )


def rows_of(case: Case) -> dict:
    return {row.sender: row for row in number_rows(case)}


PAID_OUT = "【金橙分期】您的借款8000.00元已放款至尾号3307的银行卡，实际到账6560.00元。"
OVERDUE = (
    "【金橙分期】韦丽，您的账单已逾期3天，应还金额11230.00元，逾期将上报征信并移交第三方处理。"
)
TO_LAW = "【金橙分期】您的欠款已移交法务部，48小时内未结清将启动诉讼程序，相关费用由您承担。"
GATEWAY = ScreenRecord(
    "sms_thread",
    "coloros",
    counterpart="106905521334",
    messages=(
        Message("in", PAID_OUT, time="2026-07-05T14:02"),
        Message("in", OVERDUE, time="2026-10-08T09:00"),
        Message("in", TO_LAW, time="2026-10-16T09:00"),
    ),
)
COLLECTOR = ScreenRecord(
    "sms_thread",
    "coloros",
    counterpart="176 2045 8831",
    messages=(
        Message("in", "韦丽你好，你在金橙分期的借款已逾期9天，今天下午5点前必须处理。",
                time="2026-10-14T10:21"),
        Message("out", "我这个月工资还没发，能不能宽限几天", time="2026-10-14T10:40"),
        Message("in", "宽限不了，你拖一天就多一天的钱。", time="2026-10-14T10:43"),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "demands"),
    [
        (OVERDUE, True),  # overdue + consequence (征信, 移交)
        (TO_LAW, True),  # the debt + a deadline and a lawsuit
        ("【星河易借】杨敏，您的借款已逾期3天，应还7350元，请立即还款。", True),
        ("再不还就上门", True),  # a threat alone
        (PAID_OUT, False),
        ("【极速贷】您的账单¥5,000已逾期", False),  # overdue, no deadline or consequence
        ("【花花借】您本期账单1200元将于10月15日到期，请按时还款，以免影响征信。", False),
        ("【工商银行】您尾号3307卡10月10日工资收入4800.00元。", False),
    ],
)
def test_a_demand_is_the_debt_overdue_with_a_deadline_or_consequence(text, demands) -> None:
    assert is_demand(text) is demands


def test_a_gateway_that_demands_is_a_collector_from_its_first_demand() -> None:
    case = case_of(item("E1", COLLECTOR), item("E2", GATEWAY))
    row = rows_of(case)["106905521334"]
    assert row.role == "collector"
    assert row.messages == 2  # the disbursement notice is not conduct
    assert row.first_seen == "2026-10-08"
    assert conduct_span(case) == ("2026-10-08", "2026-10-16")
    assert case_figures(case).messages == 2 + 2
    quoted = [q.text for q in collector_quotes(case)]
    assert OVERDUE in quoted
    assert TO_LAW in quoted
    assert PAID_OUT not in quoted


def test_a_notice_only_gateway_stays_platform_and_keeps_its_messages() -> None:
    bills = ScreenRecord(
        "sms_thread",
        counterpart="106550203656",
        messages=(
            Message("in", PAID_OUT, time="2026-07-05T14:02"),
            Message("in", "【金橙分期】您本期账单1200元将于10月15日到期，请按时还款。",
                    time="2026-10-10T09:00"),
        ),
    )  # fmt: skip
    case = case_of(item("E1", COLLECTOR), item("E2", bills))
    row = rows_of(case)["106550203656"]
    assert row.role == "platform"
    assert row.messages == 2
    assert (row.first_seen, row.last_seen) == ("2026-07-05", "2026-10-10")
    assert conduct_span(case) == ("2026-10-14", "2026-10-14")  # a platform's notices never count
    assert [q.exhibit for q in collector_quotes(case)] == ["E1", "E1"]


GATEWAY_TEXT = """23:13 HD 5G 61%
106905521334
7月5日 14:02
【金橙分期】您的借款8000.00元已放
款至尾号3307的银行卡，实际到账6560.00元。
2026/10/08 09:00
【金橙分期】韦丽，您的账单已逾期3
天，应还金额11230.00元，逾期将上报
征信并移交第三方处理。
星期五 09:00
【金橙分期】您的欠款已移交法务部，
48小时内未结清将启动诉讼程序，相关
费用由您承担。
短信/彩信"""


def test_a_gateway_thread_the_parser_took_for_a_bill_is_read_as_its_messages() -> None:
    bill = ScreenRecord("bill", fields={"received": 6560.0, "lender": "106905521334"})
    events, seen = events_of(item("E2", bill, GATEWAY_TEXT))
    assert [(e.sender, e.day, e.time) for e in events] == [
        ("106905521334", "2026-10-08", "09:00"),
        ("106905521334", "2026-10-16", "09:00"),
    ]
    assert [text for text, _e in seen["106905521334"].words] == [OVERDUE, TO_LAW]
    assert len(seen["106905521334"].notices) == 1


def test_every_whole_collector_message_is_quoted_once() -> None:
    many = tuple(
        Message("in", f"第{n}次通知：今天必须还清欠款，否则明天联系你单位的领导和同事。",
                time=f"2026-10-{n:02d}T10:00")
        for n in range(1, 12)
    )  # fmt: skip
    thread = ScreenRecord("sms_thread", counterpart="176 2045 8831", messages=many)
    # The same thread scrolled, one character slipped by OCR, and the contact's own words.
    slipped = Message("in", many[3].text.replace("还清", "还请"), time=many[3].time)
    again = ScreenRecord(
        "sms_thread", counterpart="176 2045 8831", messages=(many[2], slipped, many[4])
    )
    mother = ScreenRecord(
        "chat_1to1", "wechat", counterpart="妈妈",
        messages=(Message("in", "丽丽，有人打电话到家里说你欠钱不还，是真的吗？"),),
    )  # fmt: skip
    case = case_of(item("E1", thread), item("E2", again), item("E3", mother, kind="chat"))
    quotes = letter_quotes(case)
    assert [q.text for q in quotes] == [m.text for m in many]  # more than the old cap of 8
    assert {q.exhibit for q in quotes} == {"E1"}  # kept with the exhibit that shows it first
    assert len(quotes) < QUOTE_LIMIT
    assert quotes_left_out(case) == 0


def test_never_quoted_the_apps_text_an_inbox_preview_or_the_borrowers_words() -> None:
    qq = ScreenRecord(
        "chat_1to1", "qq", counterpart="金橙法务部-何经理",
        messages=(
            Message("in", "QQ在线"),
            Message("in", "[图片]律师函 广西桂信律师事务所 （点击查看原图）"),
            Message("in", "今天不结清，律师函明天就寄到你老家，让村里人都知道你是老赖。"),
            Message("out", "我没说不还，只是想分期"),
            Message("in", "发送短信"),
            Message("in", "⊕ 输入信息 ☺"),
        ),
    )  # fmt: skip
    inbox = ScreenRecord(
        "sms_list",
        messages=(Message("in", "你们公司前台的电话我们已经有了，下午就打过…", "17620458831"),),
    )
    case = case_of(item("E1", qq, kind="chat"), item("E2", inbox), item("E3", COLLECTOR))
    quoted = [q.text for q in collector_quotes(case)]
    assert quoted == [
        "今天不结清，律师函明天就寄到你老家，让村里人都知道你是老赖。",
        COLLECTOR.messages[0].text,
        COLLECTOR.messages[2].text,
    ]
    assert rows_of(case)["金橙法务部-何经理"].messages == 1


def test_quotes_keep_the_chinese_marks_ocr_read_as_ascii() -> None:
    asked = ScreenRecord(
        "sms_thread", counterpart="185 3311 7620",
        messages=(Message("in", "请问是孙浩的同事李娜吗?他欠款7860元逾期未还,麻烦转告他马上还。"),),
    )  # fmt: skip
    assert [q.text for q in collector_quotes(case_of(item("E1", asked)))] == [
        "请问是孙浩的同事李娜吗？他欠款7860元逾期未还，麻烦转告他马上还。"
    ]
    assert same_message(
        "你老婆孩子的信息我们都查到了，別逼我们。", "你老婆孩子的信息我们都查到了，别逼我们。"
    )
    assert not same_message("今天必须还款", "明天上门找你父母")


LAWYER_TEXT = """14:38 5G 64%
律师函
孙浩先生：
我所接受鲸鱼快贷的委托，就你借款逾期一事致函如下：你应于2026年11月20日前偿还欠款。"""


def test_a_papers_title_is_never_a_sender() -> None:
    unread = ScreenRecord("chat_1to1", counterpart="", messages=())
    rows = rows_of(case_of(item("E9", unread, LAWYER_TEXT, kind="chat")))
    assert "律师函" not in rows
    assert "孙浩先生：" not in rows


IPHONE_RECENTS = """14:23 5G 64%
最近通话
王科长 星期一09:10
手机
162 5530 1187 星期日 22:58
未知
185 3311 7620 (5) 星期五 23:15
骚扰电话
0531-8890 2613 星期五11:20
未知
个人收藏 最近通话 通讯录 拨号键盘 语音留言"""


def test_a_call_log_the_parser_read_as_an_inbox_is_read_as_calls() -> None:
    as_inbox = ScreenRecord(
        "sms_list",
        messages=(
            Message("in", "手机", "王科长", "2026-11-16T09:10"),
            Message("in", "未知", "16255301187", "2026-11-15T22:58"),
            Message("in", "骚扰电话", "18533117620", "2026-11-13T23:15"),
            Message("in", "未知", "053188902613", "2026-11-13T11:20"),
        ),
    )
    recents = EvidenceItem(
        id="E4", kind="call_log", text=IPHONE_RECENTS, captured_on="2026-11-18",
        extra={"entities": {"screen": as_inbox.to_json()}},
    )  # fmt: skip
    same_row = ScreenRecord(
        "call_log",
        calls=(CallRow(number="18533117620", count=5, time="2026-11-13T23:15", tag="骚扰电话"),),
    )
    case = case_of(recents, item("E3", same_row, kind="call_log"))
    rows = rows_of(case)
    assert rows["18533117620"].calls == 5  # the "(5)" row, on two screenshots, counted once
    assert rows["053188902613"].calls == 1  # a landline spaced as the dialer prints it
    assert collector_quotes(case) == ()  # a row's label is nobody's words


def test_an_inbox_preview_of_a_message_a_thread_shows_whole_counts_once() -> None:
    inbox = ScreenRecord(
        "sms_list",
        messages=(
            Message("in", "宽限不了，你拖一天就多…", "17620458831", "2026-10-14"),
            Message("in", TO_LAW[:20] + "…", "106905521334", "2026-10-16"),
        ),
    )
    case = case_of(item("E1", COLLECTOR), item("E2", GATEWAY), item("E3", inbox))
    rows = rows_of(case)
    assert rows["17620458831"].messages == 2
    assert rows["106905521334"].messages == 2
    assert case_figures(case).messages == 4


def test_a_writers_own_ellipsis_is_quoted_and_the_fuller_reading_kept() -> None:
    said = "你等着…明天我们上门找你父母"
    cut = ScreenRecord(  # the screenshot's bottom edge cut the bubble
        "sms_thread", counterpart="176 2045 8831", messages=(Message("in", said[:10]),)
    )
    whole = ScreenRecord("sms_thread", counterpart="176 2045 8831", messages=(Message("in", said),))
    quotes = collector_quotes(case_of(item("E1", cut), item("E2", whole)))
    assert [(q.text, q.exhibit) for q in quotes] == [(said, "E2")]


def test_a_contact_in_the_collectors_group_is_never_a_collector() -> None:
    group = ScreenRecord(
        "group_chat", "wechat", counterpart="孙浩还款协商群",
        messages=(
            Message("in", "孙浩在鲸鱼快贷借款逾期不还，今晚不处理明天把他的身份证发到群里。",
                    sender="鲸鱼快贷-催收专员小赵", time="2026-11-17T21:02"),
            Message("in", "这是什么群？我是他同事，你们这样拉人进群是违法的吧",
                    sender="李娜", time="2026-11-17T21:05"),
            Message("in", "我先退了，孙浩你自己处理好", sender="李娜", time="2026-11-17T21:20"),
        ),
    )  # fmt: skip
    rows = rows_of(case_of(item("E5", group, kind="chat")))
    assert rows["鲸鱼快贷-催收专员小赵"].role == "collector"
    assert rows["李娜"].role != "collector"  # names a workplace, says nothing of a debt


def test_a_bubble_cut_at_a_wrap_is_one_message_again() -> None:
    cut = ScreenRecord(
        "sms_thread", "ios", counterpart="185 3311 7620",
        messages=(
            Message("in", "一部分不行，今天必须全额结清7860", time="2026-11-15T08:30"),
            Message("in", "元，不然你单位王科长那边我们亲自去说。", time="2026-11-15T08:30"),
            Message("in", "你自己掂量。", time="2026-11-15T08:30"),
        ),
    )  # fmt: skip
    case = case_of(item("E1", cut))
    assert [q.text for q in collector_quotes(case)] == [
        "一部分不行，今天必须全额结清7860元，不然你单位王科长那边我们亲自去说。",
        "你自己掂量。",
    ]
    assert rows_of(case)["18533117620"].messages == 2
