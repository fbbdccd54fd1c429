"""Loan figures a lender's SMS writes after the yuan sign ("¥3,200.00") rather than before 元.

Small record fixtures (no images), with a brand and wording of their own.
"""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.loan import loan_facts


def _case(*texts: str) -> Case:
    record = ScreenRecord(
        "sms_thread",
        counterpart="1069088812345",
        messages=tuple(Message("in", text, time="2026-06-02T10:00") for text in texts),
    )
    item = EvidenceItem(
        id="E1", kind="sms", file="E1.jpg", sha256="e" * 64, text="",
        captured_on="2026-06-02", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip
    return Case(borrower=Borrower(name="高远", phone="13600003333"), evidence=(item,))


def test_sums_after_the_yuan_sign_are_the_loans_figures() -> None:
    case = _case("【青禾贷】您申请的借款￥3,200.00已放款，到账¥2,600.00，应还¥4,100.00。")
    assert loan_facts(case) == {
        "amount": 3200.0, "received": 2600.0, "demanded": 4100.0, "deducted": 600.0,
    }  # fmt: skip


def test_fees_already_taken_off_are_the_deducted_sum() -> None:
    case = _case("【青禾贷】借款¥3,200.00已到账，已扣手续费¥480.00。")
    facts = loan_facts(case)
    assert (facts["amount"], facts["deducted"], facts["received"]) == (3200.0, 480.0, 2720.0)


def test_a_bare_number_after_no_sign_is_still_no_sum() -> None:
    assert "amount" not in loan_facts(_case("【青禾贷】借款3天后到期，请按时处理。"))
