"""An account's template notices under its own name (a bank's card bill, money paid in, a
lender's amount due this period) are the ledger speaking, never a collector; an ultimatum from a
service line collects."""

from __future__ import annotations

from understanding.account_notices import about_bank_account, is_account_notice, notices_only
from understanding.demands import is_collecting
from understanding.guess import guess_role

_CARD_BILL = "【长河银行】您尾号3307的信用卡本期账单2,480.00元，到期还款日7月9日，请按时还款。"
_PAID_IN = "您尾号5512的储蓄卡07月02日转入3,600.00元，摘要：消费贷放款。"
_PERIOD_DUE = "【月光借】您本期应还1560.00元，还款日07-12，请在App内完成还款。"


def test_a_bank_or_lender_template_that_stays_on_the_ledger_is_a_notice() -> None:
    assert is_account_notice(_CARD_BILL)
    assert is_account_notice(_PAID_IN)
    assert is_account_notice(_PERIOD_DUE)
    assert is_account_notice("【月光借】您的账单已逾期2天，逾期将影响征信，请尽快还款。")


def test_a_person_speaking_or_a_step_past_the_ledger_is_no_notice() -> None:
    assert not is_account_notice("我跟你说，今天必须还款")
    assert not is_account_notice("您已逾期5天，今天不还款就联系您的紧急联系人")
    assert not is_account_notice("【月光借】您的欠款已逾期，明天安排人员上门拜访。")
    assert not is_account_notice("快点还钱")  # no template voice at all
    assert not notices_only([])


def test_a_banks_or_lenders_notices_under_a_name_are_the_platforms() -> None:
    bank = guess_role("长河银行·", False, f"{_CARD_BILL}\n{_PAID_IN}")
    assert (bank.role, bank.code) == ("platform", "bank_or_carrier")
    app = guess_role("收付宝", False, "您尾号8841的信用卡本期账单已出，请于7月15日前还款。")
    assert (app.role, app.code) == ("platform", "bank_or_carrier")
    lender = guess_role("月光借·", False, _PERIOD_DUE)
    assert (lender.role, lender.code) == ("platform", "platform_account")
    assert about_bank_account([_PAID_IN])
    assert not about_bank_account([_PERIOD_DUE])


def test_a_notice_voice_with_a_threat_or_a_collecting_name_still_collects() -> None:
    threat = "【月光借】您已逾期9天，今日18点前未还款将通知您单位领导。"
    assert guess_role("月光借·", False, threat).role == "collector"
    assert guess_role("清收部-李专员", False, _PERIOD_DUE).role == "collector"


def test_an_ultimatum_or_an_urgent_repay_from_a_channel_collects() -> None:
    ultimatum = "最后一次机会，逾期款项今日处理可免部分滞纳金，回复1联系专员"
    assert is_collecting(ultimatum, channel=True)
    assert is_collecting("请马上还款，回复T退订", channel=True)
    assert is_collecting("即刻还款可享减免，详询客服", channel=True)
    # A plain notice still asks nothing.
    assert not is_collecting("放款成功，3600元已到账", channel=True)
    assert not is_collecting("最后一次机会领取新人礼包，点击领取", channel=True)


def test_a_service_line_whose_transcript_threatens_collects_a_silent_one_does_not() -> None:
    said = "叫王磊接电话，他欠我们的钱一直躲着\n让他明天中午前还钱，不然我们去他单位找他"
    for number in ("4006001234", "95012345", "950123456"):
        assert guess_role(number, True, said, calls=1).role == "collector"
    assert guess_role("4006001234", True, "", calls=1).role == "platform"
