"""A lender's bill card set among other things: a card of label-and-value rows pinned above an
SMS inbox, under a title that is no bill page's ("… · 账单提醒").

Text fixtures (no images): the card's rows are the loan's figures; a paper's rows are not.
"""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from understanding.bill_page import bill_card_fields
from understanding.loan import loan_facts

_INBOX = "\n".join(
    [
        "09:12",
        "信息",
        "Q搜索",
        "快融 · 还款提醒",
        "借款金额 6,000.00元",
        "实际到账 5,100.00元",
        "综合服务费 900.00元",
        "借款日 2026-03-02",
        "应还日期 2026-04-02",
        "剩余应还 7,420.00元",
        "妈妈 08:30",
        "你回个电话。",
        "1069033330001 昨天",
        "【快融】您的账单已逾期…",
    ]
)


def _case(text: str) -> Case:
    item = EvidenceItem(
        id="E1", kind="screenshot", file="E1.png", sha256="c" * 64, text=text,
        captured_on="2026-05-01",
    )  # fmt: skip
    return Case(borrower=Borrower(name="林立", phone="13600004444"), evidence=(item,))


def test_a_card_of_rows_in_an_inbox_gives_the_loan_figures() -> None:
    assert bill_card_fields(_INBOX) == {
        "amount": 6000.0,
        "received": 5100.0,
        "fees": 900.0,
        "demanded": 7420.0,
    }
    facts = loan_facts(_case(_INBOX))
    assert (facts["amount"], facts["received"], facts["deducted"], facts["demanded"]) == (
        6000.0,
        5100.0,
        900.0,
        7420.0,
    )


def test_rows_of_one_label_or_a_lone_sum_in_a_message_are_no_card() -> None:
    assert bill_card_fields("信息\n借款金额 6,000.00元\n妈妈 08:30\n你回个电话。") == {}
    assert bill_card_fields("利息 100元\n罚息 50元\n借款金额 6,000.00元") == {}
