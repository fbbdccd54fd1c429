"""The desk: for many cases, what each needs next, its due date, and one table row per case.

The next-step rules are pure functions of the case, its sent letters, its time limit and `today`,
so each can be tested on a small case with any date.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from casefile.model import Case
from casefile.store import CaseStore
from casefile.store.letters import KIND_NAMES, Letter, list_letters, parse_day

# A plain reminder the user sees and can change, never a legal deadline: no source in the project's
# references states a reply time for a platform, the police or a regulator (corpus/channels.toml).
DEFAULT_REPLY_DAYS = 15
DEFAULT_REPLY_NOTE = "通用提醒期限（非法定期限），可按实际情况修改"
TIME_LIMIT_WARN_DAYS = 30


class TimeLimitLike(Protocol):
    """What the desk reads of a law issue's time limit (law.timelimit.TimeLimit)."""

    last_conduct: date | None
    ends_on: date | None
    reported: bool
    expired: bool
    article: str


@dataclass(frozen=True)
class NextStep:
    """What a case needs next: the draft to open (`kind`, may be empty), why, and by when."""

    rule: str
    reason: str
    kind: str = ""
    due: date | None = None
    letter_id: int | None = None


def _parse(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10]) if text.strip() else None
    except ValueError:
        return None


def _latest(letters: list[Letter], kind: str) -> Letter | None:
    sent = [letter for letter in letters if letter.kind == kind]
    return max(sent, key=lambda letter: (letter.sent_on, letter.id)) if sent else None


def platform_unanswered(
    case: Case, letters: list[Letter], limit: TimeLimitLike | None, today: date
) -> NextStep | None:
    """The platform letter got no reply by its due date: complain to the regulator, quoting it."""
    letter = _latest(letters, "platform")
    if letter is None or not letter.overdue(today) or _latest(letters, "regulator"):
        return None
    ref = f"（编号{letter.reference}）" if letter.reference else ""
    return NextStep(
        rule="platform_unanswered",
        reason=f"{letter.sent_on.isoformat()}寄出的致平台函{ref}截至{letter.due_on}未获答复",
        kind="regulator",
        due=letter.due_on,
        letter_id=letter.id,
    )


def harassment_after_platform(
    case: Case, letters: list[Letter], limit: TimeLimitLike | None, today: date
) -> NextStep | None:
    """Collectors went on after the platform letter was sent: report to the police."""
    letter = _latest(letters, "platform")
    last = _parse(case.harassment.last_on)
    if letter is None or last is None or last <= letter.sent_on or _latest(letters, "police"):
        return None
    return NextStep(
        rule="harassment_after_platform",
        reason=f"{letter.sent_on.isoformat()}寄出致平台函后，骚扰仍在继续（最近一次{last}）",
        kind="police",
        letter_id=letter.id,
    )


def police_receipt_missing(
    case: Case, letters: list[Letter], limit: TimeLimitLike | None, today: date
) -> NextStep | None:
    """A police report was made but no receipt (受案回执) number was recorded."""
    letter = _latest(letters, "police")
    if letter is None or letter.reference.strip():
        return None
    return NextStep(
        rule="police_receipt_missing",
        reason=f"{letter.sent_on.isoformat()}已报案，但没有记录受案回执编号：请向派出所索取回执",
        kind="police",
        letter_id=letter.id,
    )


def time_limit_near(
    case: Case, letters: list[Letter], limit: TimeLimitLike | None, today: date
) -> NextStep | None:
    """The time limit of the public-security case ends within 30 days and it is not reported."""
    if limit is None or limit.ends_on is None or limit.reported or limit.expired:
        return None
    if _latest(letters, "police") is not None:
        return None
    left = (limit.ends_on - today).days
    if left > TIME_LIMIT_WARN_DAYS:
        return None
    return NextStep(
        rule="time_limit_near",
        reason=(
            f"{limit.article}的追究时效将于{limit.ends_on}届满（还剩{max(left, 0)}天），尽快报案"
        ),
        kind="police",
        due=limit.ends_on,
    )


def first_letter(
    case: Case, letters: list[Letter], limit: TimeLimitLike | None, today: date
) -> NextStep | None:
    """Nothing sent yet: the platform letter comes first."""
    if letters:
        return None
    return NextStep(rule="first_letter", reason="还没有寄出任何文书：先致函平台", kind="platform")


def awaiting_reply(
    case: Case, letters: list[Letter], limit: TimeLimitLike | None, today: date
) -> NextStep | None:
    """A letter is waiting for its reply, not yet due."""
    waiting = [x for x in letters if not x.answered and x.due_on and not x.overdue(today)]
    if not waiting:
        return None
    letter = min(waiting, key=lambda x: (x.due_on or today, x.id))
    name = KIND_NAMES.get(letter.kind, letter.kind)
    return NextStep(
        rule="awaiting_reply",
        reason=f"等待{name}的答复（{letter.due_on}到期）",
        due=letter.due_on,
        letter_id=letter.id,
    )


Rule = Callable[[Case, list[Letter], TimeLimitLike | None, date], NextStep | None]
# Most urgent first: a running time limit, then an unanswered letter, then everything else.
RULES: tuple[Rule, ...] = (
    time_limit_near,
    platform_unanswered,
    harassment_after_platform,
    police_receipt_missing,
    first_letter,
    awaiting_reply,
)


def next_steps(
    case: Case, letters: list[Letter], limit: TimeLimitLike | None, today: date
) -> list[NextStep]:
    """Every step the rules raise for this case, most urgent first."""
    return [step for rule in RULES if (step := rule(case, letters, limit, today)) is not None]


def default_due(sent_on: date, days: int = DEFAULT_REPLY_DAYS) -> date:
    """The reply date shown by default when a letter is marked sent (the user may change it)."""
    return sent_on + timedelta(days=days)


@dataclass(frozen=True)
class DeskRow:
    """One case on the desk."""

    id: str
    label: str
    borrower: str
    platform: str
    last_conduct: str
    time_limit_end: str
    sent: int
    answered: int
    overdue: int
    next_step: str
    next_kind: str
    due: str

    def as_json(self) -> dict[str, object]:
        """The row for `cli.py cases --json` (the borrower's name is left out)."""
        return {
            "id": self.id,
            "label": self.label,
            "platform": self.platform,
            "last_conduct": self.last_conduct,
            "time_limit_end": self.time_limit_end,
            "sent": self.sent,
            "answered": self.answered,
            "overdue": self.overdue,
            "next_step": self.next_step,
            "due": self.due,
        }


def desk_row(
    case_id: str,
    label: str,
    case: Case,
    letters: list[Letter],
    limit: TimeLimitLike | None,
    today: date,
) -> DeskRow:
    """The desk row of one case."""
    steps = next_steps(case, letters, limit, today)
    step = steps[0] if steps else None
    ends_on = limit.ends_on if limit is not None else None
    return DeskRow(
        id=case_id,
        label=label,
        borrower=case.borrower.name,
        platform=case.platform.name,
        last_conduct=case.harassment.last_on,
        time_limit_end=ends_on.isoformat() if ends_on else "",
        sent=len(letters),
        answered=sum(letter.answered for letter in letters),
        overdue=sum(letter.overdue(today) for letter in letters),
        next_step=step.reason if step else "",
        next_kind=step.kind if step else "",
        due=step.due.isoformat() if step and step.due else "",
    )


def sort_rows(rows: list[DeskRow]) -> list[DeskRow]:
    """Overdue cases first, then by the nearest due date, then by label."""
    return sorted(rows, key=lambda r: (r.overdue == 0, r.due or "9999-12-31", r.label))


CSV_FIELDS = ("label", "platform", "last_conduct", "time_limit_end", "sent", "answered")
CSV_FIELDS += ("overdue", "next_step", "due")


def rows_csv(rows: list[DeskRow]) -> str:
    """The desk as CSV: the case label and dates, no borrower name, phone or id."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_FIELDS)
    for row in rows:
        writer.writerow([getattr(row, name) for name in CSV_FIELDS])
    return out.getvalue()


def desk_today(setting: str = "") -> date:
    """`CS_TODAY` when set (tests, demos), else the local date."""
    if setting.strip():
        return parse_day(setting, "CS_TODAY")
    return date.today()


def case_time_limit(case: Case, today: date) -> TimeLimitLike | None:
    """The public-security time limit of the case, once law.timelimit is installed."""
    try:
        from law.timelimit import zhian_time_limit  # type: ignore[import-not-found]
    except ImportError:  # the time-limit rules arrive in their own module
        return None
    return zhian_time_limit(case, today)


def store_rows(store: CaseStore, today: date) -> list[DeskRow]:
    """One row per stored case, overdue first."""
    by_case: dict[str, list[Letter]] = {}
    for letter in list_letters(store):
        by_case.setdefault(letter.case_id, []).append(letter)
    rows = []
    for summary in store.list_cases():
        case = store.get_case(summary.id)
        letters = by_case.get(summary.id, [])
        limit = case_time_limit(case, today)
        rows.append(desk_row(summary.id, summary.title, case, letters, limit, today))
    return sort_rows(rows)
