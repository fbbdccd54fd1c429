"""The desk: for many cases, what each needs next, its due date, and one table row per case.

The next-step rules are pure functions of the case, its sent letters, its time limit and `today`,
so each can be tested on a small case with any date.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

from casefile.model import Case
from casefile.store import CaseStore
from casefile.store.letters import KIND_NAMES, Letter, list_letters, parse_day
from i18n import translate
from law.timelimit import zhian_time_limit

# A plain reminder the user sees and can change, never a legal deadline: no source in the project's
# references states a reply time for a platform, the police or a regulator (corpus/channels.toml).
DEFAULT_REPLY_DAYS = 15
TIME_LIMIT_WARN_DAYS = 30


class TimeLimitLike(Protocol):
    """What the desk reads of law.timelimit.TimeLimit (the rule tests build one by hand)."""

    last_conduct: date | None
    ends_on: date | None
    reported: bool
    expired: bool
    article: str


def kind_name(kind: str, lang: str = "zh") -> str:
    """A letter kind's short name in Chinese, the 起草 page's name of it in English."""
    if lang == "zh":
        return KIND_NAMES.get(kind, kind)
    return translate(f"draft.kind.{kind}", lang)


@dataclass(frozen=True)
class NextStep:
    """What a case needs next: the draft to open (`kind`, may be empty), why, and by when.

    The reason is kept as a text key and its values (strings/desk.toml), so the same step reads
    in Chinese or English; `letter_kind` among the values is a kind, named in the language.
    """

    rule: str
    kind: str = ""
    due: date | None = None
    letter_id: int | None = None
    key: str = ""  # the reason's text key; empty: desk.reason.<rule>
    values: dict[str, str] = field(default_factory=dict)

    def reason_in(self, lang: str = "zh") -> str:
        values = dict(self.values)
        if "letter_kind" in values:
            values["letter_kind"] = kind_name(values["letter_kind"], lang)
        return translate(self.key or f"desk.reason.{self.rule}", lang, **values)

    @property
    def reason(self) -> str:
        return self.reason_in("zh")


def _parse(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10]) if text.strip() else None
    except ValueError:
        return None


def _latest(letters: list[Letter], kind: str) -> Letter | None:
    sent = [letter for letter in letters if letter.kind == kind]
    return max(sent, key=lambda letter: (letter.sent_on, letter.id)) if sent else None


def _about(
    rule: str, letter: Letter, kind: str, *, key: str = "", due: date | None = None, **values: str
) -> NextStep:
    """A step raised by one sent letter: its date is in the reason, its id kept for the draft."""
    values = {"sent": letter.sent_on.isoformat(), **values}
    return NextStep(rule, kind, due, letter.id, key, values)


def platform_unanswered(
    case: Case, letters: list[Letter], limit: TimeLimitLike | None, today: date
) -> NextStep | None:
    """The platform letter got no reply by its due date: complain to the regulator, quoting it."""
    letter = _latest(letters, "platform")
    if letter is None or not letter.overdue(today) or _latest(letters, "regulator"):
        return None
    due = letter.due_on.isoformat() if letter.due_on else ""
    key = "desk.reason.platform_unanswered_ref" if letter.reference else ""
    return _about(
        "platform_unanswered",
        letter,
        "regulator",
        key=key,
        due=letter.due_on,
        due_on=due,
        ref=letter.reference,
    )


def harassment_after_platform(
    case: Case, letters: list[Letter], limit: TimeLimitLike | None, today: date
) -> NextStep | None:
    """Collectors went on after the platform letter was sent: report to the police."""
    letter = _latest(letters, "platform")
    last = _parse(case.harassment.last_on)
    if letter is None or last is None or last <= letter.sent_on or _latest(letters, "police"):
        return None
    return _about("harassment_after_platform", letter, "police", last=last.isoformat())


def police_receipt_missing(
    case: Case, letters: list[Letter], limit: TimeLimitLike | None, today: date
) -> NextStep | None:
    """A police report was made but no receipt (受案回执) number was recorded."""
    letter = _latest(letters, "police")
    if letter is None or letter.reference.strip():
        return None
    return _about("police_receipt_missing", letter, "police")


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
    values = {
        "article": limit.article,
        "ends": limit.ends_on.isoformat(),
        "left": str(max(left, 0)),
    }
    return NextStep("time_limit_near", "police", limit.ends_on, values=values)


def first_letter(
    case: Case, letters: list[Letter], limit: TimeLimitLike | None, today: date
) -> NextStep | None:
    """Nothing sent yet: the platform letter comes first."""
    if letters:
        return None
    return NextStep("first_letter", "platform")


def awaiting_reply(
    case: Case, letters: list[Letter], limit: TimeLimitLike | None, today: date
) -> NextStep | None:
    """A letter is waiting for its reply, not yet due."""
    waiting = [x for x in letters if not x.answered and x.due_on and not x.overdue(today)]
    if not waiting:
        return None
    letter = min(waiting, key=lambda x: (x.due_on or today, x.id))
    due = letter.due_on.isoformat() if letter.due_on else ""
    return _about(
        "awaiting_reply", letter, "", due=letter.due_on, due_on=due, letter_kind=letter.kind
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
    lang: str = "zh",
) -> DeskRow:
    """The desk row of one case, its next step in `lang`."""
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
        next_step=step.reason_in(lang) if step else "",
        next_kind=step.kind if step else "",
        due=step.due.isoformat() if step and step.due else "",
    )


def sort_rows(rows: list[DeskRow]) -> list[DeskRow]:
    """Overdue cases first, then by the nearest due date, then by label."""
    return sorted(rows, key=lambda r: (r.overdue == 0, r.due or "9999-12-31", r.label))


CSV_FIELDS = ("label", "platform", "last_conduct", "time_limit_end", "sent", "answered")
CSV_FIELDS += ("overdue", "next_step", "due")


def rows_csv(rows: list[DeskRow], lang: str = "zh") -> str:
    """The desk as CSV: the case label and dates, no borrower name, phone or id.

    The header row is the desk's column names in `lang`, as the table on screen shows them.
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([translate(f"desk.col.{name}", lang) for name in CSV_FIELDS])
    for row in rows:
        writer.writerow([getattr(row, name) for name in CSV_FIELDS])
    return out.getvalue()


def desk_today(setting: str = "") -> date:
    """`CS_TODAY` when set (tests, demos), else the local date."""
    if setting.strip():
        return parse_day(setting, "CS_TODAY")
    return date.today()


def case_time_limit(case: Case, today: date) -> TimeLimitLike:
    """The public-security time limit of the case (law.timelimit)."""
    return zhian_time_limit(case, today)


def store_rows(store: CaseStore, today: date, lang: str = "zh") -> list[DeskRow]:
    """One row per stored case, overdue first, next steps in `lang`."""
    by_case: dict[str, list[Letter]] = {}
    for letter in list_letters(store):
        by_case.setdefault(letter.case_id, []).append(letter)
    rows = []
    with store.reusing_connection():  # opening a connection costs more than reading a case
        for summary in store.list_cases():
            case = store.get_case(summary.id)
            letters = by_case.get(summary.id, [])
            limit = case_time_limit(case, today)
            rows.append(desk_row(summary.id, summary.title, case, letters, limit, today, lang))
    return sort_rows(rows)
