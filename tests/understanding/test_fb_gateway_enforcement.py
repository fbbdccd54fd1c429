"""A gateway's notice that the loan has gone to an enforcement procedure ("已转入执行程序") is a
pretend court step beside the money, past the lender's own ledger: the gateway collects."""

from __future__ import annotations

from understanding.guess import guess_role
from understanding.service_numbers import reaches_past_ledger


def test_a_gateway_naming_an_enforcement_procedure_on_the_loan_collects() -> None:
    notice = "【执行提醒】刘洋：您的借款案件已转入执行程序，请明日中午前联系经办人，后果自负。"
    assert reaches_past_ledger(notice)
    assert guess_role("10690007788", True, notice).role == "collector"


def test_a_gateways_bill_notice_without_any_legal_step_stays_the_platforms() -> None:
    notice = "【借呗呗】您的账单已逾期，请尽快还款，以免影响信用记录。"
    assert guess_role("10690007788", True, notice).role == "platform"
