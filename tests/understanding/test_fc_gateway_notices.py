"""A gateway's routine bill notice is the platform's; one that reaches past the ledger collects."""

from __future__ import annotations

from understanding.guess import guess_role
from understanding.service_numbers import gateway_guess, reaches_past_ledger


def test_a_gateways_overdue_bill_notice_naming_only_the_credit_record_is_the_platforms() -> None:
    # Overdue, "as soon as you can", the credit record: the lender's own ledger, no one else.
    notice = "【花呗呗】亲爱的客户，本期账单已逾期，请尽早处理，避免影响您的信用记录。"
    assert not reaches_past_ledger(notice)
    assert guess_role("10690001234", True, notice).role == "platform"


def test_a_gateways_notice_of_penalty_and_credit_report_is_still_routine() -> None:
    notice = "您的借款已逾期2天，应还1280.00元，请立即还款，逾期将产生罚息并上报征信。"
    guess = guess_role("1069555000111", True, notice)
    assert guess.role == "platform"
    assert guess.code == "sms_gateway"


def test_a_gateway_that_names_a_visit_or_the_borrowers_people_collects() -> None:
    visit = "【花呗呗】您已逾期9天，今晚不结清，明天安排同事上门拜访。"
    contacts = "【花呗呗】您已逾期9天，再不处理将通知您的紧急联系人。"
    for text in (visit, contacts):
        assert reaches_past_ledger(text)
        assert guess_role("10690001234", True, text).role == "collector"


def test_one_demand_past_the_ledger_outweighs_earlier_routine_notices() -> None:
    thread = "\n".join(
        (
            "【花呗呗】您的账单今日到期，请按时还款，以免影响信用记录。",
            "【花呗呗】您已逾期6天，案件已转交委外机构，三日内不还将依法起诉。",
        )
    )
    assert guess_role("10690001234", True, thread).role == "collector"


def test_a_gateway_that_says_nothing_of_a_lender_gets_no_guess_here() -> None:
    assert gateway_guess("您的验证码是428810，五分钟内有效。", "您的验证码是428810") is None
