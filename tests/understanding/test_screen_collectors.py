"""Collectors from the records: what they write, what the phone and the papers say of a number.

Small record fixtures (no images): a service number that calls is judged by the case; a sender
whose own messages demand and threaten is a collector whatever its name; a call drawn as a chat
bubble is a call; a row's name is the name without the list's words glued on.
"""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import CallRow, Message, ScreenRecord
from understanding.demands import is_demand, own_demands
from understanding.figures import case_figures
from understanding.guess import guess_role
from understanding.quotes import collector_quotes
from understanding.roles import number_rows
from understanding.screen_events import sender_of
from understanding.screen_words import is_not_words, name_shown, row_name
from understanding.text_events import is_title


def item(
    eid: str, record: ScreenRecord, text: str = "", kind: str = "chat", owner_name: str = ""
) -> EvidenceItem:
    data = record.to_json() | ({"owner_name": owner_name} if owner_name else {})
    return EvidenceItem(
        id=eid, kind=kind, file=f"{eid}.jpg", sha256=eid * 32, text=text,
        captured_on="2026-09-15", extra={"entities": {"screen": data}},
    )  # fmt: skip


def rows_of(*items: EvidenceItem) -> dict:
    case = Case(borrower=Borrower(name="陶思远", phone="13600001111"), evidence=items)
    return {row.sender: row for row in number_rows(case)}


def calls(*rows: CallRow) -> ScreenRecord:
    return ScreenRecord("call_log", "miui", calls=rows)


DEMAND_LETTER = ScreenRecord(
    "document",
    fields={
        "title": "律师函",
        "text": "你拖欠借款至今逾期未还。请在48小时内偿还全部欠款，否则本所将向法院提起诉讼。"
        "联系电话：400-678-1332",
    },
)


def test_a_service_number_the_phone_tags_as_collection_is_a_collector() -> None:
    rows = rows_of(
        item("E1", calls(CallRow(number="95073", count=4, tag="疑似催收")), kind="call_log")
    )
    assert rows["95073"].role == "collector"
    assert rows["95073"].reason_code == "phone_label"


def test_a_banks_number_tagged_as_nuisance_stays_the_banks() -> None:
    # Marketing calls from a bank get "骚扰电话" too: only a tag that names collection counts.
    rows = rows_of(
        item("E1", calls(CallRow(number="95588", count=2, tag="骚扰电话")), kind="call_log")
    )
    assert rows["95588"].role == "platform"


def test_a_400_line_that_calls_and_a_demand_letter_names_is_a_collector() -> None:
    log = calls(CallRow(number="4006781332", count=2, tag="推销", time="2026-09-14T14:05"))
    rows = rows_of(item("E1", log, kind="call_log"), item("E2", DEMAND_LETTER))
    assert rows["4006781332"].role == "collector"
    assert rows["4006781332"].calls == 2
    assert rows["4006781332"].exhibits == ("E1", "E2")


def test_a_400_line_only_named_or_calling_once_stays_the_platforms() -> None:
    named_only = rows_of(item("E2", DEMAND_LETTER))
    assert named_only["4006781332"].role == "platform"
    calling_once = rows_of(
        item("E1", calls(CallRow(number="4006781332", count=1)), kind="call_log")
    )
    assert calling_once["4006781332"].role == "platform"
    plain = ScreenRecord("document", fields={"text": "借款合同。客服电话：400-678-1332"})
    log = item("E1", calls(CallRow(number="4006781332", count=1)), kind="call_log")
    assert rows_of(log, item("E2", plain))["4006781332"].role == "platform"
    # Ringing again and again, it collects (the lender's own collection calls).
    again = item("E1", calls(CallRow(number="4006781332", count=3)), kind="call_log")
    assert rows_of(again)["4006781332"].role == "collector"


def test_a_sender_whose_own_messages_demand_is_a_collector_whatever_the_name() -> None:
    wife_phone = ScreenRecord(
        "chat_1to1",
        "wechat",
        owner="relative",
        counterpart="债务处理-小周",
        messages=(
            Message("in", "你老公借了钱一直不还，你让他马上联系我。", time="2026-09-14T21:38"),
            Message("out", "你们找他本人，别来骚扰我", time="2026-09-14T21:45"),
            Message("in", "三天内不还，我们把他欠钱的事发到小区业主群。", time="2026-09-15T20:08"),
        ),
    )  # fmt: skip
    rows = rows_of(item("E1", wife_phone))
    assert rows["债务处理-小周"].role == "collector"
    assert rows["债务处理-小周"].messages == 2


def test_a_contact_reporting_what_collectors_did_is_no_collector() -> None:
    # An unsaved number, but it tells what "有人" did: the borrower's boss, not a collector.
    boss = ScreenRecord(
        "sms_thread",
        counterpart="138 0551 2297",
        messages=(
            Message("in", "今天有人打电话到公司前台，说你欠了钱不还，还说要来公司闹。"),
            Message("in", "他们说你欠钱不还，明天还要来。"),
        ),
    )
    assert rows_of(item("E1", boss))["13805512297"].role != "collector"
    context = "这是什么群？我是他同事，你们这样拉人进群是违法的吧\n我先退了，你自己处理好"
    assert guess_role("李娜", False, context).role != "collector"


def test_one_demand_with_a_threat_is_enough_one_plain_reminder_is_not() -> None:
    assert own_demands("你欠的钱三天内必须还清") == ["你欠的钱三天内必须还清"]
    assert is_demand("夫妻共同债务你也跑不掉，三天内不还")  # a deadline in Chinese numerals
    threat = "你已逾期，今天不还\n明天我们就去你单位找你领导"
    assert guess_role("阿杰", False, threat).role == "collector"
    assert guess_role("阿杰", False, "你欠的钱今天必须还").role == "unknown"  # one, no threat


def test_a_call_drawn_as_a_chat_bubble_is_a_call_never_a_quote() -> None:
    chat = ScreenRecord(
        "chat_1to1",
        "wechat",
        counterpart="贷后专员小何",
        messages=(
            Message("in", "对方已取消", time="2026-09-14T21:35"),
            Message("in", "通话时长 01:12", time="2026-09-15T20:05"),
            Message("in", "今天不还款，明天就去你单位找你领导。", time="2026-09-15T20:08"),
        ),
    )
    case = Case(borrower=Borrower(name="杨敏"), evidence=(item("E1", chat),))
    row = {r.sender: r for r in number_rows(case)}["贷后专员小何"]
    assert (row.calls, row.messages) == (2, 1)
    assert [q.text for q in collector_quotes(case)] == ["今天不还款，明天就去你单位找你领导。"]
    figures = case_figures(case)
    assert (figures.calls, figures.messages) == (2, 1)


def test_an_apps_safety_banner_is_nobodys_words() -> None:
    assert is_not_words("为了保护你的资金安全，请勿轻信陌生人的转账要求")
    assert is_not_words("你已添加了刘专员，现在可以开始聊天了")
    assert not is_not_words("你的金橙分期账单今天再不处理，将同步至征信。")


def test_a_saved_names_row_is_the_name_without_the_lists_words() -> None:
    assert row_name("妈妈 昨天 1") == ("妈妈", "昨天", 0)
    assert row_name("黄姐 (2) 星期日") == ("黄姐", "星期日", 2)
    assert row_name("小王 2") == ("小王 2", "", 0)  # a digit that is not the ⓘ button stays
    log = calls(
        CallRow(name="妈妈 昨天 1", direction="incoming"),
        CallRow(name="黄姐 星期日 1", direction="outgoing"),
    )
    rows = rows_of(item("E1", log, kind="call_log"))
    assert set(rows) == {"妈妈", "黄姐"}
    assert (rows["妈妈"].calls, rows["妈妈"].first_seen) == (1, "2026-09-14")
    assert rows["妈妈"].role == "relative"
    assert rows["黄姐"].calls == 0  # the borrower called her


def test_a_relation_alone_is_never_a_row() -> None:
    forwarded = ScreenRecord(
        "sms_thread",
        owner="relative",
        counterpart="178 5623 1490",
        messages=(Message("in", "你儿子欠钱不还，让他马上还款。", time="2026-09-14T09:12"),),
    )
    assert set(rows_of(item("E1", forwarded))) == {"17856231490"}
    named = rows_of(item("E1", forwarded, owner_name="妈妈"))
    assert named["妈妈"].role == "relative"


def test_a_groups_badge_and_an_enterprise_mark_are_not_names() -> None:
    assert name_shown("群主 闪贷宝-法务部") == "闪贷宝-法务部"
    assert name_shown("刘专员@微信") == "刘专员"
    assert sender_of("群主") == ("", False)
    group = ScreenRecord(
        "group_chat",
        "qq",
        counterpart="欠款曝光群",
        messages=(
            Message("in", "谁帮她说话就是同伙，一起曝光。", sender="群主"),
            Message("in", "再装死，我们把她的借款合同发到公司大群。", sender="群主 闪贷宝-法务部"),
        ),
    )  # fmt: skip
    rows = rows_of(item("E1", group))
    assert set(rows) == {"闪贷宝-法务部"}
    wecom = ScreenRecord(
        "chat_1to1",
        "wechat",
        counterpart="刘专员@微信",
        messages=(Message("in", "您的账单已逾期10天，请今天内处理。"),),
    )
    assert set(rows_of(item("E2", wecom))) == {"刘专员"}


def test_a_chat_read_from_text_is_titled_by_a_name_never_by_a_sentence() -> None:
    # No usable record: the text is read line by line. The title scrolled away, so the first
    # line is a message: nobody is named, no sentence becomes a sender.
    cut = "22:47 4G 60%\n好的，我明天上午给你回电话。\n那你快点处理，别拖了。"
    untitled = EvidenceItem(id="E1", kind="chat", file="a.jpg", sha256="a" * 64, text=cut)
    assert rows_of(untitled) == {}
    titled = EvidenceItem(
        id="E2", kind="chat", file="b.jpg", sha256="b" * 64, text="22:47\n王经理\n你没事吧？"
    )
    assert set(rows_of(titled)) == {"王经理"}


def test_a_call_row_in_a_chat_is_the_counterparts_call() -> None:
    # The parser gives a voice-call bubble as a call row with no number: the chat's own.
    chat = ScreenRecord(
        "chat_1to1",
        "wechat",
        counterpart="债务处理-小周",
        messages=(Message("in", "三天内不还，我们就去你单位。", time="2026-09-15T20:08"),),
        calls=(
            CallRow(direction="missed", time="2026-09-14T21:35"),
            CallRow(direction="missed", time="2026-09-14T21:35"),
            CallRow(direction="incoming", time="2026-09-15T20:05"),
            CallRow(direction="outgoing", time="2026-09-15T20:30"),
        ),
    )
    row = rows_of(item("E1", chat))["债务处理-小周"]
    assert (row.calls, row.messages, row.first_seen) == (3, 1, "2026-09-14")


def test_a_title_is_a_name_a_number_or_a_group_never_a_sentence() -> None:
    assert is_title("+86 199 2586 7043")
    assert is_title("妈妈 139 7712 3456")
    assert is_title("张三、李四、王五")  # a group named by its members
    assert is_title("金橙分期贷后管理中心-吴经理")
    assert not is_title("好的，我明天上午给你回电话。")
    assert not is_title("你在闪贷宝的借款已经逾期今天之内联系我处理否则后果自负")


def test_a_ringing_screens_landline_split_in_two_is_the_log_rows_number() -> None:
    # The call log's rows and an incoming call's screen (no record rows: read from its text)
    # print the same landline, the screen as "0317-8856-2014": one row of the number table.
    log = item("E1", calls(CallRow(number="031788562014", count=3, time="2026-09-15T07:40")))
    ringing = item(
        "E2",
        ScreenRecord("other"),
        "14:05 5G 66%\n0317-8856-2014\n标记为催收2315人\n河北沧州 固话\n拒接 接听 短信回复",
    )
    rows = rows_of(log, ringing)
    assert "0317-8856-2014" not in rows
    assert rows["031788562014"].exhibits == ("E1", "E2")
    assert rows["031788562014"].calls == 3
