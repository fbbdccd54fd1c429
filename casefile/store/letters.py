"""Letters of a case that were sent, and the replies to them, kept in the `letters` table.

Functions over a `CaseStore` (any `StoreBase`), so the store class itself stays unchanged.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import date

from casefile.model import Action, Case
from casefile.store.base import StoreBase
from casefile.store.records import now
from errors import ContactShieldError


@dataclass(frozen=True)
class Letter:
    """One letter sent for a case: when, how, to whom, when a reply is due, and the reply."""

    id: int
    case_id: str
    kind: str
    sent_on: date
    due_on: date | None = None
    channel: str = ""
    recipient: str = ""
    reference: str = ""
    exhibit: str = ""
    answered_on: date | None = None
    answer: str = ""
    answer_exhibit: str = ""

    @property
    def answered(self) -> bool:
        """True once a reply was recorded."""
        return self.answered_on is not None

    def overdue(self, today: date) -> bool:
        """No reply and the due date has passed."""
        return not self.answered and self.due_on is not None and today > self.due_on


def parse_day(text: str, what: str = "日期") -> date:
    """A YYYY-MM-DD date typed by the user, else a typed error saying how to write it."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ContactShieldError(
            f"{what}“{text}”不是有效日期。",
            f"{text!r} is not a valid date.",
            "请按 YYYY-MM-DD 填写，例如 2025-03-02。",
            "Write it as YYYY-MM-DD, e.g. 2025-03-02.",
        ) from None


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _letter(row: sqlite3.Row) -> Letter:
    return Letter(
        id=row["id"],
        case_id=row["case_id"],
        kind=row["kind"],
        sent_on=date.fromisoformat(row["sent_on"]),
        due_on=_day(row["due_on"]),
        channel=row["channel"],
        recipient=row["recipient"],
        reference=row["reference"],
        exhibit=row["exhibit"],
        answered_on=_day(row["answered_on"]),
        answer=row["answer"],
        answer_exhibit=row["answer_exhibit"],
    )


def mark_sent(
    store: StoreBase,
    case_id: str,
    kind: str,
    sent_on: date,
    *,
    due_on: date | None = None,
    channel: str = "",
    recipient: str = "",
    reference: str = "",
    exhibit: str = "",
) -> int:
    """Record that a letter of `kind` was sent; returns the letter's id."""
    if due_on is not None and due_on < sent_on:
        raise ContactShieldError(
            "答复期限早于寄出日期。",
            "The reply due date is before the date sent.",
            "请检查两个日期。",
            "Check both dates.",
        )
    with store._write() as db:
        store._touch(db, case_id)
        cursor = db.execute(
            """INSERT INTO letters (case_id, kind, sent_on, due_on, channel, recipient,
                   reference, exhibit, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                case_id,
                kind,
                sent_on.isoformat(),
                due_on.isoformat() if due_on else "",
                channel,
                recipient,
                reference,
                exhibit,
                now(),
            ),
        )
        letter_id = int(cursor.lastrowid or 0)
        store._audit(db, case_id, "letter.sent", id=letter_id, kind=kind, on=sent_on.isoformat())
    return letter_id


def mark_answered(
    store: StoreBase,
    case_id: str,
    letter_id: int,
    answered_on: date,
    *,
    answer: str = "",
    answer_exhibit: str = "",
) -> None:
    """Record the reply to a sent letter (date, what they said, a screenshot's evidence id)."""
    with store._write() as db:
        store._touch(db, case_id)
        cursor = db.execute(
            """UPDATE letters SET answered_on = ?, answer = ?, answer_exhibit = ?
               WHERE id = ? AND case_id = ?""",
            (answered_on.isoformat(), answer, answer_exhibit, letter_id, case_id),
        )
        if cursor.rowcount == 0:
            raise ContactShieldError(
                f"找不到寄出记录 {letter_id}。",
                f"Sent letter {letter_id} not found.",
                "请先把文书标记为已寄出。",
                "Mark the letter as sent first.",
            )
        store._audit(db, case_id, "letter.answered", id=letter_id, on=answered_on.isoformat())


def list_letters(store: StoreBase, case_id: str | None = None) -> list[Letter]:
    """The sent letters of one case (or of every case), oldest first."""
    with store._read() as db:
        if case_id is None:
            rows = db.execute("SELECT * FROM letters ORDER BY sent_on, id").fetchall()
        else:
            rows = db.execute(
                "SELECT * FROM letters WHERE case_id = ? ORDER BY sent_on, id", (case_id,)
            ).fetchall()
    return [_letter(row) for row in rows]


KIND_NAMES = {
    "platform": "致平台函",
    "police": "报案材料",
    "regulator": "监管投诉",
    "contacts": "致亲友说明",
    "deletion": "删除个人信息请求",
}


def letter_action(letter: Letter, today: date) -> Action:
    """The letter as an action taken, so drafts quote it (date, reference, reply or its absence)."""
    # One clause per detail: a letter's safety filter drops a clause with a long number or Latin
    # word (a reference, "App"), so the main clause must stand alone to be quoted.
    parts = [f"寄出{KIND_NAMES.get(letter.kind, letter.kind)}"]
    parts += [f"方式：{letter.channel}"] if letter.channel else []
    parts += [f"收件方：{letter.recipient}"] if letter.recipient else []
    parts += [f"编号{letter.reference}"] if letter.reference else []
    if letter.answered_on is not None:
        result = f"已于{letter.answered_on.isoformat()}答复：{letter.answer or '已答复'}"
    elif letter.overdue(today) and letter.due_on is not None:
        result = f"答复期限{letter.due_on.isoformat()}已过，仍未获答复"
    else:
        result = "尚待答复"
    what = "，".join(parts)
    return Action(on=letter.sent_on.isoformat(), action=what, result=result)


def case_with_letters(case: Case, letters: list[Letter], today: date) -> Case:
    """The case with each sent letter among its actions taken (drafts then cite them)."""
    actions = tuple(letter_action(letter, today) for letter in letters)
    return replace(case, actions_taken=case.actions_taken + actions)
