"""Service hotlines that harass, names that say their trade, and the loan read from any page.

Small record fixtures (no images), with names, brands, numbers and wordings of their own: a
95/96 line that rings again and again under a harassment tag collects (a bank's, insurer's or
carrier's line never does); a name saying its owner collects debts is nobody's colleague or
relative; a bill page in traditional characters, an official account's notice and sums in
Chinese numerals or with a unit give the loan's figures.
"""

from __future__ import annotations

import pytest

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import CallRow, Message, ScreenRecord
from understanding.bill_page import bill_fields_of_text, is_bill_page
from understanding.demands import is_demand
from understanding.guess import guess_role
from understanding.loan import loan_facts
from understanding.roles import number_rows

HARASSING = ["骚扰电话"]


def item(eid: str, record: ScreenRecord, text: str = "") -> EvidenceItem:
    return EvidenceItem(
        id=eid, kind="chat", file=f"{eid}.jpg", sha256=eid * 32, text=text,
        captured_on="2026-06-20", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def case_of(*items: EvidenceItem) -> Case:
    return Case(borrower=Borrower(name="邓雨", phone="13600003333"), evidence=items)


@pytest.mark.parametrize("number", ["95201234", "9537", "96158877"])
def test_a_hotline_that_rings_again_and_again_under_a_harassment_tag_collects(number) -> None:
    assert guess_role(number, True, "", HARASSING, calls=3).role == "collector"


def test_a_hotline_calling_at_night_collects_without_a_tag() -> None:
    assert guess_role("95201234", True, "", [], calls=2, night=1).role == "collector"


def test_a_hotline_that_called_once_or_untagged_by_day_stays_the_platforms() -> None:
    assert guess_role("95201234", True, "", HARASSING, calls=1).role == "platform"
    assert guess_role("95201234", True, "", [], calls=5).role == "platform"


def test_a_banks_insurers_or_carriers_line_never_collects_by_its_calls() -> None:
    assert guess_role("95599", True, "", HARASSING, calls=4).role == "platform"  # 955xx
    assert guess_role("10010", True, "", HARASSING, calls=4, night=2).role == "platform"
    bank_sms = "【建设银行】您尾号5512的信用卡本期账单已出。"
    assert guess_role("95201234", True, bank_sms, HARASSING, calls=4).role == "platform"
    sale = guess_role("95201234", True, "", ["骚扰电话", "保险理财"], calls=4)
    assert sale.role == "platform"


@pytest.mark.parametrize(
    "name", ["清收部-周经理", "协商处理-小何", "速分期贷后", "法务-王", "清欠组 李主管"]
)
def test_a_name_that_says_its_owner_collects_is_no_colleague_or_relative(name) -> None:
    assert guess_role(name, False, "").role == "collector"
    assert guess_role(name, False, "", contact="saved").role == "collector"


@pytest.mark.parametrize(
    ("name", "role"),
    [("王经理", "colleague"), ("老板", "colleague"), ("表姐", "relative"), ("妈妈", "relative")],
)
def test_the_borrowers_own_people_keep_their_roles(name, role) -> None:
    assert guess_role(name, False, "你没事吧", contact="saved").role == role


def test_a_saved_number_under_a_collectors_trade_name_collects() -> None:
    log = ScreenRecord(
        "call_log",
        calls=(
            CallRow("13800005555", "法务-王", 1, "incoming", "2026-06-18T10:00"),
            CallRow("13900006666", "表姐", 1, "incoming", "2026-06-18T11:00"),
        ),
    )
    chat = ScreenRecord(
        "chat_1to1",
        counterpart="清收部-周经理",
        messages=(Message("in", "你的资料我们都有", time="2026-06-18T19:40"),),
    )
    rows = {r.sender: r for r in number_rows(case_of(item("E1", log), item("E2", chat)))}
    assert rows["清收部-周经理"].role == "collector"
    assert rows["13800005555"].role == "collector"
    assert rows["13900006666"].role == "relative"


def test_naming_the_borrowers_contacts_as_the_next_step_demands() -> None:
    assert is_demand("【快借宝】您已逾期2天，应还2400.00元。我司将依约联系您预留的联系人核实情况。")
    assert not is_demand("【快借宝】您的账单已逾期，如有疑问请联系人工客服。")


TRADITIONAL_BILL = """21:05 4G 60%
<賬單詳情
借款金額 4,000.00元
到賬金額 3,400.00元
手續費 600.00元
還款日 2026-06-01
應還總額 4,720.00元
立即还款"""


def test_a_bill_page_in_traditional_characters() -> None:
    assert is_bill_page(TRADITIONAL_BILL)
    assert bill_fields_of_text(TRADITIONAL_BILL) == {
        "amount": 4000.0, "received": 3400.0, "fees": 600.0, "demanded": 4720.0,
    }  # fmt: skip


def test_a_bill_page_taken_for_a_chat_gives_figures_and_no_sender() -> None:
    chat = ScreenRecord(
        "chat_1to1",
        counterpart="賬單詳情",
        messages=(Message("in", "立即还款", time="2026-06-20"),),
    )
    case = case_of(item("E1", chat, TRADITIONAL_BILL))
    assert loan_facts(case) == {
        "amount": 4000.0, "received": 3400.0, "deducted": 600.0, "demanded": 4720.0,
    }  # fmt: skip
    assert [r.sender for r in number_rows(case)] == []


def test_a_date_row_is_never_the_sum_demanded() -> None:
    text = "账单详情\n借款金额 3,000.00元\n应还日期 2026-06-01\n应还总额 3,540.00元"
    parsed = ScreenRecord("bill", fields={"amount": 3000.0, "demanded": 2026.0})
    assert loan_facts(case_of(item("E1", parsed, text)))["demanded"] == 3540.0


def test_a_message_mentioning_a_bill_page_is_no_bill_page() -> None:
    assert not is_bill_page("短信\n1069012345678\n【快借宝】点击查看账单详情")


def test_an_official_accounts_notice_gives_the_loan_figures() -> None:
    notice = ScreenRecord(
        "chat_1to1",
        counterpart="快借宝服务号",
        messages=(
            Message("in", "快 【逾期通知】借款金额5,000.00元，", time="2026-06-10T09:00"),
            Message("in", "到账4,250.00元，当前应还5,900.00元。", time="2026-06-10T09:00"),
        ),
    )
    assert loan_facts(case_of(item("E1", notice))) == {
        "amount": 5000.0, "received": 4250.0, "demanded": 5900.0, "deducted": 750.0,
    }  # fmt: skip


def test_a_friends_chat_gives_no_loan_figures() -> None:
    chat = ScreenRecord(
        "chat_1to1", counterpart="阿梅", messages=(Message("in", "你借款5000元的事怎么样了"),)
    )
    assert loan_facts(case_of(item("E1", chat))) == {}


@pytest.mark.parametrize(
    ("said", "amount", "demanded"),
    [
        ("【快借宝】借款伍仟元已到账，应还叁仟陆佰元。", 5000.0, 3600.0),
        ("【快借宝】借款5千元已到账，应还2k。", 5000.0, 2000.0),
        ("【快借宝】借款1w已到账，应还1.2万元。", 10000.0, 12000.0),
    ],
)
def test_sums_in_chinese_numerals_or_with_a_unit(said, amount, demanded) -> None:
    sms = ScreenRecord("sms_thread", counterpart="1069012345678", messages=(Message("in", said),))
    facts = loan_facts(case_of(item("E1", sms)))
    assert (facts["amount"], facts["demanded"]) == (amount, demanded)
