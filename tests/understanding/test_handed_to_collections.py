"""A channel's notice that the case was handed to the collections desk, which will call the
borrower's emergency contacts, collects (it is conduct and quoted), though it names no sum; a
notice of the loan due today asks nothing beyond the bill."""

from __future__ import annotations

from understanding.demands import is_collecting

_HANDED_ON = "【某某分期】您已被移交贷后部门处理，贷后人员将联系您的紧急联系人核实情况。"
_PAID_OUT = "【某某分期】您的借款已放款成功，实际到账2460元，请按时还款。"


def test_a_case_handed_to_collections_that_will_call_the_contacts_collects() -> None:
    assert is_collecting(_HANDED_ON, channel=True)


def test_a_loan_paid_out_stays_a_notice() -> None:
    assert not is_collecting(_PAID_OUT, channel=True)
