"""Next-step rules of the desk: each raised and not raised, on small cases with a fixed today."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from casefile.model import Borrower, Case, Harassment, Platform
from casefile.store.letters import Letter, case_with_letters
from exports.desk import (
    desk_row,
    first_letter,
    harassment_after_platform,
    next_steps,
    platform_unanswered,
    police_receipt_missing,
    rows_csv,
    sort_rows,
    time_limit_near,
)

TODAY = date(2025, 4, 1)
CASE = Case(
    borrower=Borrower(name="王小明", phone="13800001111"),
    platform=Platform(name="快借"),
    harassment=Harassment(last_on="2025-03-05"),
)


@dataclass(frozen=True)
class Limit:
    """A TimeLimit as law.timelimit gives it, built by hand."""

    last_conduct: date | None
    ends_on: date | None
    reported: bool = False
    expired: bool = False
    article: str = "《治安管理处罚法》第二十二条"


def sent(kind: str, on: date, due: date | None = None, **more: object) -> Letter:
    return Letter(id=len(kind), case_id="c1", kind=kind, sent_on=on, due_on=due, **more)


PLATFORM = sent("platform", date(2025, 3, 1), date(2025, 3, 16), reference="TS123")


def test_platform_unanswered_raised_after_due_and_not_before_or_when_answered() -> None:
    step = platform_unanswered(CASE, [PLATFORM], None, TODAY)
    assert step is not None
    assert step.kind == "regulator"
    assert "2025-03-01" in step.reason
    assert "TS123" in step.reason
    assert platform_unanswered(CASE, [PLATFORM], None, date(2025, 3, 16)) is None
    answered = sent("platform", date(2025, 3, 1), date(2025, 3, 16), answered_on=date(2025, 3, 9))
    assert platform_unanswered(CASE, [answered], None, TODAY) is None
    regulator = sent("regulator", date(2025, 3, 20))
    assert platform_unanswered(CASE, [PLATFORM, regulator], None, TODAY) is None


def test_harassment_after_platform_letter() -> None:
    step = harassment_after_platform(CASE, [PLATFORM], None, TODAY)
    assert step is not None
    assert step.kind == "police"
    before = Case(harassment=Harassment(last_on="2025-02-20"))
    assert harassment_after_platform(before, [PLATFORM], None, TODAY) is None
    assert harassment_after_platform(CASE, [], None, TODAY) is None


def test_police_receipt_missing() -> None:
    police = sent("police", date(2025, 3, 10))
    step = police_receipt_missing(CASE, [police], None, TODAY)
    assert step is not None
    assert "回执" in step.reason
    with_receipt = sent("police", date(2025, 3, 10), reference="公(X)受案字〔2025〕1号")
    assert police_receipt_missing(CASE, [with_receipt], None, TODAY) is None


def test_time_limit_near() -> None:
    near = Limit(last_conduct=date(2024, 10, 20), ends_on=date(2025, 4, 20))
    step = time_limit_near(CASE, [], near, TODAY)
    assert step is not None
    assert step.due == date(2025, 4, 20)
    assert "第二十二条" in step.reason
    far = Limit(last_conduct=date(2025, 3, 5), ends_on=date(2025, 9, 5))
    assert time_limit_near(CASE, [], far, TODAY) is None
    reported = Limit(last_conduct=None, ends_on=date(2025, 4, 20), reported=True)
    assert time_limit_near(CASE, [], reported, TODAY) is None
    assert time_limit_near(CASE, [], None, TODAY) is None


def test_first_letter_and_order() -> None:
    first = first_letter(CASE, [], None, TODAY)
    assert first is not None
    assert first.kind == "platform"
    assert first_letter(CASE, [PLATFORM], None, TODAY) is None
    rules = [step.rule for step in next_steps(CASE, [PLATFORM], None, TODAY)]
    assert rules == ["platform_unanswered", "harassment_after_platform"]


def test_unanswered_letter_is_quoted_in_the_case_for_drafts() -> None:
    case = case_with_letters(CASE, [PLATFORM], TODAY)
    (action,) = case.actions_taken
    assert action.on == "2025-03-01"
    assert "TS123" in action.action
    assert action.result == "答复期限2025-03-16已过，仍未获答复"


def test_rows_overdue_first_and_csv_without_personal_data() -> None:
    late = desk_row("a1", "案件甲", CASE, [PLATFORM], None, TODAY)
    calm = desk_row("b2", "案件乙", CASE, [], None, TODAY)
    assert late.overdue == 1
    assert [row.id for row in sort_rows([calm, late])] == ["a1", "b2"]
    text = rows_csv([late, calm])
    assert "案件甲" in text
    assert "王小明" not in text
    assert "13800001111" not in text
    assert text.splitlines()[0].startswith("案件,平台,")
    assert late.as_json()["next_step"] == late.next_step
    assert "borrower" not in late.as_json()


def test_rows_and_csv_in_english() -> None:
    late = desk_row("a1", "案件甲", CASE, [PLATFORM], None, TODAY, "en")
    assert late.next_step == (
        "The letter to the platform sent on 2025-03-01 (ref. TS123) had no reply by 2025-03-16"
    )
    header = rows_csv([late], "en").splitlines()[0]
    assert (
        header == "Case,Platform,Last conduct,Time limit ends,Sent,Answered,Overdue,Next step,Due"
    )


def test_every_reason_reads_in_both_languages() -> None:
    police = sent("police", date(2025, 3, 10))
    near = Limit(last_conduct=date(2024, 10, 20), ends_on=date(2025, 4, 20))
    waiting = sent("deletion", date(2025, 3, 25), date(2025, 4, 9))
    steps = [
        *next_steps(CASE, [PLATFORM], None, TODAY),
        *next_steps(CASE, [police], None, TODAY),
        *next_steps(CASE, [], near, TODAY),
        *next_steps(CASE, [waiting], None, TODAY),
    ]
    assert {step.rule for step in steps} == {
        "platform_unanswered", "harassment_after_platform", "police_receipt_missing",
        "time_limit_near", "first_letter", "awaiting_reply",
    }  # fmt: skip
    for step in steps:
        zh, en = step.reason_in("zh"), step.reason_in("en")
        assert "desk.reason" not in zh + en, step.rule
        assert "{" not in zh + en, step.rule
        assert re.search(r"[\u4e00-\u9fff]", zh), step.rule
        assert not re.search(r"[\u4e00-\u9fff]", en.replace(near.article, "")), (step.rule, en)
    waiting_step = next(step for step in steps if step.rule == "awaiting_reply")
    assert waiting_step.reason == "等待删除个人信息请求的答复（2025-04-09到期）"
