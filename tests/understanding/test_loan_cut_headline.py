"""A bill page whose big headline sum lost its leading digits to OCR (",860.00").

Text fixtures of a bill page of their own (no images): the principal plus the page's interest
and penalty rows is the demanded sum only where it ends with the digits read.
"""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from understanding.loan import loan_facts


def _bill(headline: str, interest: str = "利息 1,150.00元") -> Case:
    text = "\n".join(
        [
            "09:20 中国联通",
            "账单详情",
            "应还总额(元)",
            headline,
            "借款金额 5,500.00元",
            "实际到账 4,700.00元",
            "服务费(放款时已扣) 800.00元",
            interest,
            "逾期违约金 450.00元",
            "借款日期 2026-05-02",
        ]
    )
    item = EvidenceItem(
        id="E1", kind="chat", file="E1.png", sha256="b" * 64, text=text, captured_on="2026-07-01"
    )
    return Case(borrower=Borrower(name="高远", phone="13600003333"), evidence=(item,))


def test_a_headline_cut_to_its_tail_is_the_principal_with_its_charges() -> None:
    facts = loan_facts(_bill(",100.00"))
    assert (facts["amount"], facts["received"], facts["demanded"]) == (5500.0, 4700.0, 7100.0)


def test_a_total_that_does_not_end_with_the_digits_read_is_no_figure() -> None:
    assert "demanded" not in loan_facts(_bill(",300.00"))
    assert "demanded" not in loan_facts(_bill(",100.00", interest="利息 1,000.00元"))
