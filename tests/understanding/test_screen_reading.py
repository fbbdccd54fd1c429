"""A record read by its structure where the parser slipped: a title read as the first bubble, a
sentence taken for the title, a collector's bubble on the owner's side; words spaced out or in
pinyin; a brand signing after the text; a paid-out notice; a writer's own threat to shame.

Small record fixtures (no images), with names, brands and wordings of their own.
"""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.demands import is_collecting, is_demand, own_lines, plain_words
from understanding.guess import guess_role
from understanding.loan import loan_facts
from understanding.quotes import collector_quotes
from understanding.roles import number_rows
from understanding.screen_words import is_not_words, read_right, speaks_as_collector


def item(eid: str, record: ScreenRecord) -> EvidenceItem:
    return EvidenceItem(
        id=eid, kind="screenshot", file=f"{eid}.jpg", sha256=eid * 32, text="",
        captured_on="2026-08-20", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def rows_of(*items: EvidenceItem) -> dict:
    case = Case(borrower=Borrower(name="孙悦", phone="13600004444"), evidence=items)
    return {row.sender: row for row in number_rows(case)}


def quotes_of(*items: EvidenceItem) -> list[str]:
    case = Case(borrower=Borrower(name="孙悦", phone="13600004444"), evidence=items)
    return [q.text for q in collector_quotes(case)]


def chat(counterpart: str, *messages: tuple[str, str, str]) -> ScreenRecord:
    said = tuple(Message(side, text, time=time) for side, text, time in messages)
    return ScreenRecord("chat_1to1", counterpart=counterpart, messages=said)


def test_a_title_read_as_the_first_bubble_is_the_counterpart() -> None:
    # Behind a back button, a bare number, or a name: dated by the capture day only.
    for shown, name in (("‹ 18800112233", "18800112233"), ("く 蓝鲸贷-钱专员", "蓝鲸贷-钱专员")):
        record = read_right(
            chat("", ("in", shown, "2026-08-20"), ("in", "孙悦，钱准备好了吗", "2026-08-19T21:00"))
        )
        assert record.counterpart == name
        assert [m.text for m in record.messages] == ["孙悦，钱准备好了吗"]
    # A presence line after the name is no part of it.
    record = read_right(chat("", ("in", "阿杰online", "2026-08-20"), ("in", "在", "08:00")))
    assert record.counterpart == "阿杰"
    # A bubble with a clock, or a sentence, is a bubble.
    kept = chat("", ("in", "还钱了吗？", "2026-08-20"), ("in", "在吗", "2026-08-20T09:00"))
    assert read_right(kept) == kept


def test_a_sentence_taken_for_the_title_goes_back_to_its_bubble() -> None:
    record = read_right(
        chat(
            "您尾号3301的借款2000.00元已放款至",
            ("in", "< 10690001234", "2026-08-20"),
            ("in", "工商银行卡，请按时还款。【蓝鲸贷】", "2026-08-01T09:00"),
        )
    )
    assert record.counterpart == "10690001234"
    assert record.messages[0].text.startswith("您尾号3301的借款2000.00元已放款至工商银行卡")


def test_a_collectors_bubble_on_the_owners_side_is_the_counterparts() -> None:
    record = read_right(
        chat(
            "蓝鲸贷-钱专员",
            ("out", "孙悦你欠蓝鲸贷的钱今天必须还", "2026-08-19T20:00"),
            ("out", "我下周一定还", "2026-08-19T20:05"),
            ("out", "他们说要去你单位", "2026-08-19T20:06"),
        )
    )
    assert [m.side for m in record.messages] == ["in", "out", "out"]
    # A notice signed with a brand is never the borrower's own text.
    assert speaks_as_collector("您的借款已到账1800.00元。【蓝鲸贷】")
    assert not speaks_as_collector("能不能宽限几天，我下个月一定还")
    # A promise with its day in between, and a plea to stop calling work: the borrower's.
    assert not speaks_as_collector("我月底发了工资就还你们，别再打我公司电话了。")
    assert speaks_as_collector("你的借款已经逾期三天，今天必须还清，不然就找你单位")
    # The borrower telling a friend of their own debt, however urgent, is the borrower's.
    assert not speaks_as_collector("我欠花呗的钱今天必须还，不然征信就完了")
    rows = rows_of(item("E1", record))
    assert rows["蓝鲸贷-钱专员"].role == "collector"
    assert quotes_of(item("E1", record)) == ["孙悦你欠蓝鲸贷的钱今天必须还"]


def test_spaced_or_pinyin_words_are_the_same_words() -> None:
    assert plain_words("不 还 钱 就 等 着") == "不还钱就等着"
    assert plain_words("hk今晚到账") == "还款今晚到账"
    assert plain_words("赶紧huan qian") == "赶紧还 钱"
    assert is_demand("不 还 钱 今 晚 就 去 你 单 位")
    assert is_demand("huan钱的事拖了这么久，明天不到账就上门")
    assert plain_words("thanks, zhuanqian") == "thanks, zhuanqian"  # inside a word: English


def test_a_loan_paid_out_is_a_notice_whatever_courtesy_closes_it() -> None:
    assert not is_collecting("您的借款3000元已放款至尾号1200的银行卡，实际到账2400元，请按时还款。")
    assert is_collecting("您的借款今日到期，应还3600元，请按时还款。")
    assert is_collecting("您的借款已逾期3天，已放款的本金须今天结清，否则上报征信。")


def test_a_writers_own_threat_to_shame_is_theirs_not_a_retelling() -> None:
    own = "再不还，我就在你每条视频下面评论说你是骗子"
    assert own_lines(own) == [own]
    assert own_lines("他们说你欠钱不还") == []
    context = f"欠蓝鲸贷的2800怎么还不还？\n{own}"
    assert guess_role("短视频达人小灰", False, context).role == "collector"


def test_a_debt_owed_to_a_named_lender_and_an_overdue_record_reported_demand() -> None:
    assert is_demand("孙悦你欠蓝鲸贷的钱今晚必须还")
    assert is_demand("别以为拉黑就没事，你的逾期记录已经上报")
    assert not is_demand("他欠你们的钱和我有什么关系")


def test_a_screenshots_overlay_and_a_voice_length_are_no_words() -> None:
    for text in ("分享 编辑", "● 录屏 00:41", '11"', "9″"):
        assert is_not_words(text)
    assert not is_not_words("分享一下你的还款计划")


def test_a_lenders_signed_text_in_a_thread_read_as_a_chat_gives_the_loan() -> None:
    record = chat(
        "10690005678",
        ("in", "【蓝鲸贷】您的借款3000.00元已到账2400.00元，到期应还3500.00元。", "08-01T09:00"),
        ("in", "你借款5000元的事考虑好了吗", "2026-08-02T09:00"),
    )
    case = Case(borrower=Borrower(name="孙悦"), evidence=(item("E1", record),))
    facts = loan_facts(case)
    assert (facts["amount"], facts["received"], facts["demanded"]) == (3000.0, 2400.0, 3500.0)


def test_a_service_line_ringing_again_and_again_collects_unless_tagged_another_trade() -> None:
    assert guess_role("4006007788", True, "", calls=3).role == "collector"
    assert guess_role("4006007788", True, "", calls=1).role == "platform"
    tagged = guess_role("4006007788", True, "", ["快递送餐"], calls=4)
    assert tagged.role == "platform"
    assert guess_role("95566", True, "", calls=4).role == "platform"  # a bank's line


def test_a_notification_over_the_title_is_no_counterpart_and_no_words() -> None:
    record = read_right(
        chat(
            "微信 现在",
            ("in", "小舅：姐，悦悦的事我知道了", "2026-08-20"),
            ("in", "您女儿的借款一直不还，今天必须处理", "2026-08-19T10:00"),
        )
    )
    assert record.counterpart == ""
    assert record.messages[0].text == "小舅：姐，悦悦的事我知道了"  # nothing glued on


def test_a_goods_card_shared_in_a_chat_is_no_quote() -> None:
    assert is_not_words("八成新儿童自行车 ¥120")
    assert not is_not_words("欠的1200今天还，不然曝光你")
    record = chat(
        "二手小铺老K",
        ("in", "八成新儿童自行车 ¥120", "2026-08-19"),
        ("in", "孙悦你欠蓝鲸贷的钱今天必须还，不然去你单位", "2026-08-19T12:00"),
    )
    assert quotes_of(item("E1", record)) == ["孙悦你欠蓝鲸贷的钱今天必须还，不然去你单位"]


def test_your_loan_overdue_or_a_lawsuit_over_frozen_cards_is_the_collectors_voice() -> None:
    assert speaks_as_collector("孙悦你好，你在蓝鲸贷的借款严重逾期，我们已经找到你的抖音。")
    assert speaks_as_collector("三日内不联系，我所将向法院起诉并申请冻结你的银行卡。")
    assert not speaks_as_collector("你们是正规律所吗？执业证号是多少？")
    assert not speaks_as_collector("你的账单好像逾期了，要不要我先借你点")  # own-debt wording


def test_an_agent_acting_for_the_lender_on_the_debt_collects() -> None:
    said = "我是蓝鲸律师事务所的赵律师，受蓝鲸贷委托处理你的欠款纠纷。"
    assert guess_role("蓝鲸律所赵律师", False, said).role == "collector"
    assert guess_role("赵律师", False, "受王先生委托，周五来看房").role != "collector"


def test_a_promise_opening_with_its_day_and_no_subject_stays_the_borrowers() -> None:
    # Every bubble read on the owner's side: the borrower's promise ("月底一定还") and its
    # plea to leave the colleagues alone are never turned into the texter's words.
    record = read_right(
        ScreenRecord(
            "sms_thread",
            counterpart="15264578231",
            messages=(
                Message("out", "刘洋你嘛呢？你同事都知道了，还不还", time="2026-03-15T16:01"),
                Message("out", "月底一定还，别再找我同事", time="2026-03-15T16:30"),
            ),
        )
    )
    assert [m.side for m in record.messages] == ["in", "out"]
    assert not speaks_as_collector("下周五前保证还，求你们别打了")
    assert not speaks_as_collector("好，明天肯定还")
    assert speaks_as_collector("月底前必须还清欠款，否则找你单位")  # 必须: the collector's day
