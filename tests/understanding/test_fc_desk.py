"""A lender's shop or service desk that demands a fee for the overdue debt and threatens to tell
the borrower's contacts collects; one that only answers about the bill stays the platform."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.guess import guess_role
from understanding.quotes import collector_quotes
from understanding.roles import number_rows

FEE = (
    "親，您訂單關聯的借款已逾期一天了，請盡快還款喔～\n"
    "延期需要先付展期費980元，不付的話我們只能按流程上報，並通知您的聯繫人哦"
)
WARNS = (
    "亲，您在优品速贷的借款后天就到期啦\n"
    "温馨提示：逾期会影响您的信用记录，并会通知您预留的紧急联系人"
)
BILL = "您好，您本期账单应还1280元，还款日为9月20日\n可以在App里申请延期还款"
HELP = "您的借款已逾期一天，请尽快还款\n如有疑问请联系人工客服"


def test_a_desk_demanding_a_fee_and_threatening_the_contacts_collects() -> None:
    for name, said in (("速易貸官方客服", FEE), ("优品速贷客服", WARNS)):
        assert guess_role(name, False, said).role == "collector", name


def test_a_desk_answering_about_the_bill_stays_the_platform() -> None:
    for said in (BILL, HELP):
        guess = guess_role("速易貸官方客服", False, said, platform="速易貸")
        assert (guess.role, guess.code) == ("platform", "platform_desk"), said


def test_the_fee_desks_messages_are_quoted() -> None:
    messages = tuple(
        Message("in", line, time=f"2026-11-11T14:5{i}") for i, line in enumerate(FEE.split("\n"))
    )
    record = ScreenRecord("chat_1to1", "taobao", counterpart="速易貸官方客服", messages=messages)
    item = EvidenceItem(
        id="E1", kind="chat", file="E1.png", sha256="1" * 64, text="", captured_on="2026-11-11",
        extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip
    case = Case(borrower=Borrower(name="黃家豪", phone="13600001111"), evidence=(item,))
    rows = {row.sender: row for row in number_rows(case)}
    assert rows["速易貸官方客服"].role == "collector"
    assert rows["速易貸官方客服"].first_seen == "2026-11-11"
    assert [quote.text for quote in collector_quotes(case)] == FEE.split("\n")
