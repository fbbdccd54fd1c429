"""A bill handed on to the lender's legal team or a visit team is an overdue bill, whether or not
the notice says "逾期": from a gateway it reaches past the ledger and collects. The collections
department asking to be called back collects too; money paid out into a card is handed to nobody."""

from __future__ import annotations

from understanding.demands import is_collecting, is_demand
from understanding.guess import guess_role


def test_a_bill_handed_to_the_legal_team_with_a_check_on_home_and_work_collects() -> None:
    notice = (
        "【好借呗】您的账单已转交法务部门，法务人员将于三日内核实您的单位及住址，详询4001234567。"
    )
    assert is_demand(notice, channel=True)
    assert is_collecting(notice, channel=True)
    assert guess_role("10690001234", True, notice).role == "collector"


def test_a_loan_paid_into_a_card_is_handed_to_nobody() -> None:
    notice = "【好借呗】您的借款已转入尾号6621的银行卡，请注意查收。"
    assert not is_demand(notice, channel=True)
    assert not is_collecting(notice, channel=True)


def test_the_collections_department_asking_to_be_called_back_collects() -> None:
    notice = "【好借呗】贷后专员今日致电您未接通，请及时回复。"
    assert is_collecting(notice, channel=True)
    # A plain service reminder to call back names no collections department.
    assert not is_collecting("【好借呗】您的客服工单已处理，如有疑问请及时回电。", channel=True)
