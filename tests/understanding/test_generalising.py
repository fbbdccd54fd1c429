"""Rules that hold in any app and wording: who demands this debt, who only pretends to be an
authority, who merely reports what collectors did, and what is the app's own text.

Small record fixtures (no images), with names, brands and wordings of their own.
"""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.guess import guess_role
from understanding.loan import loan_facts
from understanding.quotes import collector_quotes
from understanding.reply_voices import is_contacts_refusal, is_debtors_plea
from understanding.roles import number_rows
from understanding.screen_words import (
    in_order,
    is_composer_of,
    is_not_words,
    rejoined,
)


def item(eid: str, record: ScreenRecord, kind: str = "sms") -> EvidenceItem:
    return EvidenceItem(
        id=eid, kind=kind, file=f"{eid}.jpg", sha256=eid * 32, text="",
        captured_on="2026-05-20", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def case_of(*items: EvidenceItem) -> Case:
    return Case(borrower=Borrower(name="周宁", phone="13600002222"), evidence=items)


def rows_of(*items: EvidenceItem) -> dict:
    return {row.sender: row for row in number_rows(case_of(*items))}


def thread(number: str, *texts: str, time: str = "2026-05-18T10:00") -> ScreenRecord:
    messages = tuple(Message("in", text, time=time) for text in texts)
    return ScreenRecord("sms_thread", counterpart=number, messages=messages)


def test_a_service_number_whose_own_message_demands_this_debt_collects() -> None:
    # A lender's 95 line writing under its own brand: overdue, with a legal consequence.
    lender = thread("95731", "【融易花】您已逾期21天，应还5230.00元，我司将依法追究，后果自负。")
    assert rows_of(item("E1", lender))["95731"].role == "collector"
    # The same kind of words under no brand, naming the case's lender, collect too.
    plain = "您在融易花的借款已逾期，今日内未结清将移交第三方处理。"
    assert guess_role("4006601234", True, plain, platform="融易花").role == "collector"


def test_a_banks_or_carriers_notice_about_another_account_stays_theirs() -> None:
    bank = thread("95533", "【建设银行】您的信用卡账单已逾期3天，请尽快还款，以免影响征信。")
    carrier = thread("10010", "【中国联通】您的话费已欠费15元，请及时缴费，否则将暂停服务。")
    spend = thread("95599", "【农业银行】您尾号8812卡5月18日支出(融易花)300.00元。")
    rows = rows_of(item("E1", bank), item("E2", carrier), item("E3", spend))
    assert rows["95533"].role == "platform"
    assert rows["10010"].role == "platform"
    assert rows["95599"].role == "platform"


def test_a_police_or_court_sender_demanding_a_private_loan_is_a_collector() -> None:
    fake = "【市公安局】周宁涉嫌恶意拖欠网贷，已立案，三日内还清融易花欠款可撤案。"
    assert guess_role("110", True, fake).role == "collector"
    court = "【区人民法院】你拖欠借款一案已受理，请于两日内联系调解员处理，否则强制执行。"
    assert guess_role("10691234567890", True, court).role == "collector"
    # A real anti-fraud notice from the police line demands nothing: the authority's.
    warning = "【反诈中心】警惕冒充客服退款、刷单返利诈骗，请勿向陌生账户转账。"
    assert guess_role("96110", True, warning).role == "authority"


def test_a_contact_passing_on_what_collectors_said_is_no_collector() -> None:
    # Neither the name nor the number says who this is; only the voice does.
    told = (
        "宁哥，刚才有人打到我们科室，说你在融易花欠钱，还说要寄律师函过来。\n"
        "对方态度很差，骂了好几句才挂，你注意点。"
    )
    assert guess_role("郑凯", False, told).role != "collector"
    assert guess_role("13912340000", True, told).role != "collector"
    angry = "要债的半夜打到我家来了，骂得很难听\n你赶紧把这事处理干净，别再连累我！"
    assert guess_role("阿强", False, angry).role != "collector"
    # A collector's own threat in the same words still counts.
    own = "你在融易花的欠款已逾期，今天不还就寄律师函到你单位。"
    assert guess_role("郑凯", False, own).role == "collector"


def test_a_composers_prompt_is_nobodys_words() -> None:
    for prompt in ("写短信…", "发私信…", "输入短信内容", "发消息...", "请输入您想咨询的问题"):
        assert is_not_words(prompt), prompt
    assert is_composer_of("发送给小郑", "小郑")
    assert not is_composer_of("发送给我的那份合同你看了吗", "小郑")
    assert not is_not_words("发送给我的那份合同你看了吗")
    assert not is_not_words("写好了，明天发你")
    record = ScreenRecord(
        "sms_thread",
        counterpart="17700001111",
        messages=(
            Message("in", "周宁，你在融易花的借款已逾期，今天必须结清，否则联系你单位。"),
            Message("in", "写短信…"),
        ),
    )
    quotes = collector_quotes(case_of(item("E1", record)))
    assert [q.text for q in quotes] == [
        "周宁，你在融易花的借款已逾期，今天必须结清，否则联系你单位。"
    ]


def test_a_bubble_cut_at_its_last_wrap_is_one_message() -> None:
    cut = (
        Message("in", "【融易花】您已逾期21天，我司将依法采取进一步措", time="2026-05-18T10:00"),
        Message("in", "施。", time="2026-05-18T10:00"),
        Message("in", "好。", time="2026-05-18T11:00"),  # another time: its own message
    )
    texts = [m.text for m in rejoined(cut)]
    assert texts == ["【融易花】您已逾期21天，我司将依法采取进一步措施。", "好。"]


def test_loan_figures_from_a_disbursement_sms_cut_at_a_wrap() -> None:
    sms = thread(
        "95731",
        "【融易花】借款6000.00",
        "元已放款，扣除服务费900.00元，到账5100.00元。",
        time="2026-04-01T09:00",
    )
    assert loan_facts(case_of(item("E1", sms))) == {
        "amount": 6000.0, "received": 5100.0, "deducted": 900.0,
    }  # fmt: skip


def test_a_day_that_breaks_a_threads_order_is_left_unknown() -> None:
    # "星期一" resolved to the week before the loan was paid out: not a day of conduct.
    said = (
        ("【融易花】借款6000元已放款，到账5100元。", "2026-04-01T09:00"),
        ("【融易花】您已逾期9天，今日内未结清将依法处理。", "2026-03-30T14:00"),
        ("【融易花】您已逾期12天，今天必须结清，否则移交法务。", "2026-05-12T10:00"),
    )
    messages = tuple(Message("in", text, time=time) for text, time in said)
    record = ScreenRecord("sms_thread", counterpart="95731", messages=messages)
    assert [m.time for m in in_order(list(record.messages))] == [
        "2026-04-01T09:00", "14:00", "2026-05-12T10:00",
    ]  # fmt: skip
    row = rows_of(item("E1", record))["95731"]
    assert row.role == "collector"
    assert (row.first_seen, row.last_seen) == ("2026-05-12", "2026-05-12")


def test_a_row_dated_by_its_weekday_on_two_overlapping_logs_counts_once() -> None:
    # Two screenshots of one call log, read from their text (no usable record).
    first = "12:45 5G 80%\n最近通话\n186 3510 7742 (4) 上午11:40\n95731 星期二\n个人收藏 最近通话"
    second = "12:46 5G 80%\n最近通话\n95731 星期二\n177 0000 1111 (2) 星期一\n个人收藏 最近通话"
    logs = tuple(
        EvidenceItem(
            id=f"E{i}",
            kind="call_log",
            file=f"{i}.png",
            sha256=str(i) * 64,
            text=text,
            captured_on="2026-05-21",
        )
        for i, text in enumerate((first, second), start=1)
    )
    rows = {row.sender: row for row in number_rows(case_of(*logs))}
    assert rows["95731"].calls == 1
    assert rows["18635107742"].calls == 4


def test_a_collecting_channels_reminder_to_pay_is_conduct_its_payout_notice_is_not() -> None:
    said = (
        ("【融易花】借款6000元已放款，扣除服务费900元，到账5100元。", "2026-04-01T09:00"),
        ("【融易花】您的借款今日到期，应还6600.00元，请按时还款。", "2026-05-01T09:00"),
        ("【融易花】您已逾期9天，今日内未结清将移交第三方上门处理。", "2026-05-10T10:00"),
    )
    messages = tuple(Message("in", text, time=time) for text, time in said)
    record = ScreenRecord("sms_thread", counterpart="1069012345678", messages=messages)
    case = case_of(item("E1", record))
    row = {row.sender: row for row in number_rows(case)}["1069012345678"]
    assert row.role == "collector"
    assert (row.first_seen, row.messages) == ("2026-05-01", 2)
    assert [q.text for q in collector_quotes(case)] == [said[1][0], said[2][0]]


def test_a_sender_posing_as_the_police_or_a_court_who_asks_for_the_money_collects() -> None:
    clerk = "我是区法院的书记员，请你今天把钱还清，可以不走程序。"
    assert guess_role("王书记员", False, clerk).role == "collector"
    officer = "我是城西派出所的民警，你涉嫌恶意套现，马上还款可以撤案。"
    assert guess_role("13912340000", True, officer).role == "collector"
    # A court or a lawyer who asks for no money is no collector.
    hearing = "我是区法院的书记员，你的案子下周开庭，请按时到场。"
    assert guess_role("王书记员", False, hearing).role != "collector"
    own_lawyer = "我是你委托的李律师，借款合同我看过了，明天下午来所里谈。"
    assert guess_role("李律师", False, own_lawyer).role != "collector"
    notice = "【区人民法院】你的案件已受理，请于5月20日9时到庭。"
    assert guess_role("10691234567", True, notice).role != "collector"


def test_someone_retelling_what_a_caller_said_is_no_collector() -> None:
    for told in (
        "刚才一个自称律师的人打电话给我，说你再不还钱就起诉你。",
        "他说你欠了钱三天内不还就上门，你赶紧处理一下吧",
        "今天有催收打电话到公司说你逾期欠款，让你赶紧还清",
        "刚接到一个电话，说是什么贷的法务，问你欠款的事",
        "你到底欠了多少钱？我们都被骚扰了，赶紧还清吧",
        "兄弟你欠的钱赶紧还了吧，催收天天打我电话骂人",
    ):
        assert guess_role("阿芳", False, told).role != "collector", told
        assert guess_role("13912340000", True, told).role != "collector", told
    # A collector asking a colleague to pass the word on is still collecting.
    asks = "请问是周宁的同事吗？他在融易花欠款逾期未还，麻烦转告他今天联系我们。"
    assert guess_role("13912340000", True, asks).role == "collector"
    # "所有人" holds 有人 but retells nothing: the sender's own threat stands.
    threat = "再不还就打给你通讯录里的所有人"
    assert guess_role("17000001234", True, threat).role == "collector"


def test_a_caller_the_phone_tags_with_another_trade_is_no_stranger_collecting() -> None:
    assert guess_role("13400001111", True, "快递送餐", ["快递送餐"], calls=3).role == "unknown"
    assert guess_role("13400001111", True, "", [], calls=3).role == "collector"


def test_the_sum_demanded_is_the_latest_demand() -> None:
    said = (
        ("【融易花】您的借款今日到期，应还6600.00元，请按时还款。", "2026-05-01T09:00"),
        ("【融易花】您已逾期9天，应还6960.00元，请尽快处理。", "2026-05-10T10:00"),
    )
    later_first = tuple(Message("in", text, time=time) for text, time in reversed(said))
    record = ScreenRecord("sms_thread", counterpart="1069012345678", messages=later_first)
    assert loan_facts(case_of(item("E1", record)))["demanded"] == 6960.0


def test_the_borrowers_plea_on_a_bubble_read_as_theirs_is_never_a_collectors_quote() -> None:
    assert is_debtors_plea("我这个月工资还没发，能不能宽限几天")
    assert is_debtors_plea("我现在确实没钱，下个月发工资一定还")
    # A collector's words about money, leniency or "我们" are theirs.
    assert not is_debtors_plea("没钱就去借，跟我说没钱没用。明天我们就去你单位找你领导。")
    assert not is_debtors_plea("我们给你宽限了三天，今天必须结清")
    assert not is_debtors_plea("我们会还你清白")
    said = (
        "你在融易花的欠款已逾期，今天必须结清，否则联系你单位。",
        "我现在真的没钱，能不能宽限几天",
    )
    record = ScreenRecord(
        "sms_thread", counterpart="17700001111", messages=tuple(Message("in", t) for t in said)
    )
    case = case_of(item("E1", record))
    assert [q.text for q in collector_quotes(case)] == [said[0]]


def test_a_pestered_contacts_reply_on_a_bubble_read_as_theirs_is_never_a_collectors_quote() -> None:
    assert is_contacts_refusal("我跟他只是普通朋友，别再给我发了。")
    assert is_contacts_refusal("我不认识她，你们找她本人去")
    assert is_contacts_refusal("他欠的钱跟我没关系")
    assert is_contacts_refusal("不要再给我打电话了")
    # A collector's scolding or demand that starts the same way is theirs.
    assert not is_contacts_refusal("别再给我打马虎眼，今天必须还钱")
    assert not is_contacts_refusal("你别再给我们打电话求情了，今天必须还清")
    assert not is_contacts_refusal("别再装死了")
    # A friend's forwarded phone: the friend's reply drawn on the sender's side, same minute.
    said = (
        "阿凯你好，你朋友钱佳豪欠钱不还还拉黑我们，麻烦你劝劝他，不然连你一起列入协查名单。",
        "我跟他只是普通朋友，别再给我发了。",
        "叫钱佳豪今天必须还清12000元，否则明天上门。",
    )
    messages = tuple(Message("in", t, time="2026-06-09T14:48") for t in said)
    record = ScreenRecord(
        "sms_thread", counterpart="17705726613", messages=messages, owner="friend"
    )
    case = case_of(item("E1", record))
    assert [q.text for q in collector_quotes(case)] == [said[0], said[2]]
