"""The lender's own account signs its notices with its name and their kind; its routine overdue
bill (penalty, credit report, repay soon) is its notice, never a collector's quote."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem, Platform
from evidence.screens.records import Message, ScreenRecord
from understanding.guess import guess_role
from understanding.lender_notices import is_lender_account, lender_threatens
from understanding.quotes import all_collector_quotes
from understanding.roles import number_rows

_BILL = "您的账单已逾期3天，逾期将产生罚息并上报征信，请尽快还款。"


def test_the_lenders_name_with_a_bare_separator_or_a_notice_kind_is_its_account() -> None:
    assert is_lender_account("闪电借·", "闪电借")
    assert is_lender_account("快易花·还款提醒", "快易花")
    assert is_lender_account("闪电借 · 账单", "闪电借")
    # A person under the lender's name, another name, or its desk are read elsewhere.
    assert not is_lender_account("快易花·阿斌", "快易花")
    assert not is_lender_account("闪电借钱包", "闪电借")
    assert not is_lender_account("快易花·催收中心", "快易花")
    assert not is_lender_account("闪电借·", "")


def test_a_notice_signed_with_the_lenders_name_and_a_dot_is_the_platform() -> None:
    guess = guess_role("闪电借·", False, _BILL, platform="闪电借")
    assert (guess.role, guess.code) == ("platform", "platform_account")
    staff = guess_role("快易花·阿斌", False, "今晚九点前还款，不然打给你同事", platform="快易花")
    assert staff.role == "collector"


def test_a_routine_overdue_bill_threatens_nobody_a_visit_or_contacts_do() -> None:
    assert not lender_threatens(_BILL)
    assert not lender_threatens(
        "您的借款账单已逾期，当前应还5860.00元，请及时还款，以免影响信用记录。"
    )
    assert lender_threatens("您的案件已转入委外催收阶段，近日将前往您的工作单位走访。")
    assert lender_threatens("已逾期5天，今日不还将通知您的紧急联系人。")
    assert lender_threatens("您已逾期，我司将依法起诉，请今日处理。")


def _case(counterpart: str, *texts: str) -> Case:
    record = ScreenRecord(
        "chat_1to1",
        app="app",
        counterpart=counterpart,
        messages=tuple(Message("in", text) for text in texts),
    )
    item = EvidenceItem(
        id="E1", kind="chat", file="1.png", sha256="1" * 64, text="",
        captured_on="2026-11-22", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip
    return Case(borrower=Borrower(name="赵婷"), platform=Platform(name="闪电借"), evidence=(item,))


def test_the_lenders_bill_notice_is_not_quoted_its_threat_is() -> None:
    case = _case("闪电借·", _BILL, "您的欠款已移交第三方，明日将联系您的单位。")
    rows = {row.sender: row for row in number_rows(case)}
    assert rows["闪电借·"].role == "platform"
    assert [q.text[:6] for q in all_collector_quotes(case)] == ["您的欠款已移"]
