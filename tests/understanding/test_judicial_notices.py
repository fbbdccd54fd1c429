"""A lender's own channel that takes the case to the courts in other words than a suit ("已进入
司法审核阶段") reaches past its ledger: it collects. Its routine overdue bill stays a notice."""

from __future__ import annotations

from understanding.lender_notices import lender_threatens
from understanding.service_numbers import gateway_guess, reaches_past_ledger

_JUDICIAL = "【某某借】您的逾期案件已进入司法审核阶段，请于今日12点前结清6480元。"
_DUE_TODAY = "【某某分期】您好，您10月20日借款3000元今日到期，应还3960元，请按时还款。"
_ROUTINE = "【某某借】您的账单已逾期3天，逾期将产生罚息并上报征信，请尽快还款。"


def test_a_judicial_step_reaches_past_the_ledger() -> None:
    assert lender_threatens(_JUDICIAL)
    assert reaches_past_ledger(_JUDICIAL)
    guess = gateway_guess(_JUDICIAL, _JUDICIAL)
    assert guess is not None
    assert guess.role == "collector"


def test_routine_notices_stay_notices() -> None:
    assert not reaches_past_ledger(_DUE_TODAY)
    assert not reaches_past_ledger(_ROUTINE)
    assert not lender_threatens(_ROUTINE)
    guess = gateway_guess(_ROUTINE, _ROUTINE)
    assert guess is not None
    assert guess.role == "platform"
