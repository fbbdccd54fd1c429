"""Dashboard data: pure pandas shaping of a case for the 概览 page (no Streamlit, no I/O).

Per-day and per-number counts are the collectors' contact events read from the evidence (see
`understanding.roles` and `understanding.figures`): a call-log row, an SMS row, a chat message, each
dated by its own timestamp, never by a date merely mentioned. Facts the user confirmed win.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from casefile.model import Case
from casefile.store import STEPS
from evidence.entities.phones import phone_digits
from understanding.figures import Figures, case_figures
from understanding.headline import headline
from understanding.roles import NumberRow, number_rows

CALL_KINDS = ("call_log",)
MESSAGE_KINDS = ("sms", "chat", "im", "social", "email")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard shows; frames are ready for Altair."""

    metrics: dict[str, int | None]
    per_day: pd.DataFrame  # date, type ("calls" | "messages"), count
    channels: pd.DataFrame  # kind (evidence kind code), items
    facts_channels: tuple[str, ...]
    collectors: pd.DataFrame  # number, calls, messages, count, items (exhibits), in_facts
    timeline: pd.DataFrame  # date, category, event, detail
    steps: pd.DataFrame  # step, done
    figures: Figures | None = None
    numbers: pd.DataFrame | None = None  # sender, role, confirmed, calls, messages, night, …
    evidence_range: tuple[str, str] = ("", "")  # first and last day the evidence shows


def _values(entities: Any, key: str, *fields: str) -> list[str]:
    """Strings of one entity list, whether written as plain strings or as {value: …} dicts."""
    raw = entities.get(key, []) if isinstance(entities, dict) else []
    out = []
    for value in raw if isinstance(raw, list) else []:
        if isinstance(value, dict):
            value = next((value[f] for f in fields if isinstance(value.get(f), str)), "")
        if isinstance(value, str) and value:
            out.append(value)
    return out


def _iso(text: str) -> str:
    """`text` if it is a real ISO date, else ""."""
    if not ISO_DATE.fullmatch(text or ""):
        return ""
    try:
        date.fromisoformat(text)
    except ValueError:
        return ""
    return text


def _item_days(entities: Any, captured_on: str) -> list[str]:
    """One date per event an evidence item shows (see the module docstring)."""
    dates = [d for d in map(_iso, _values(entities, "dates", "value", "date")) if d]
    times = _values(entities, "times", "value", "time")
    if not dates:
        fallback = _iso(captured_on)
        return [fallback] * max(len(times), 1) if fallback else []
    if len(dates) == len(times):
        return dates
    count = max(len(times), len(dates), 1)
    return [dates[min(i, len(dates) - 1)] for i in range(count)]


def per_day_counts(case: Case, figures: Figures | None = None) -> pd.DataFrame:
    """Collectors' calls and messages per day, from the contact events in the evidence."""
    figures = figures or case_figures(case)
    rows = [(d.day, "calls", d.calls) for d in figures.per_day if d.calls]
    rows += [(d.day, "messages", d.messages) for d in figures.per_day if d.messages]
    frame = pd.DataFrame(rows, columns=["date", "type", "count"])
    frame["date"] = pd.to_datetime(frame["date"])
    frame["count"] = frame["count"].astype("int64")
    return frame.sort_values(["date", "type"], ignore_index=True)


def number_table(rows: Sequence[NumberRow]) -> pd.DataFrame:
    """Every number or sender with its role and figures, busiest first."""
    return pd.DataFrame(
        [
            (r.sender, r.role, r.confirmed, r.calls, r.messages, r.night, r.first_seen,
             r.last_seen, "、".join(r.exhibits), "、".join(r.labels))
            for r in rows
        ],
        columns=["sender", "role", "confirmed", "calls", "messages", "night", "first_seen",
                 "last_seen", "exhibits", "labels"],
    )  # fmt: skip


def collector_ranking(case: Case, rows: Sequence[NumberRow] | None = None) -> pd.DataFrame:
    """Collectors' numbers (and any number the facts list) by calls + messages, busiest first."""
    rows = number_rows(case) if rows is None else rows
    in_facts = {phone_digits(n) for n in case.harassment.collector_numbers} - {""}
    own = {phone_digits(case.borrower.phone)} - {""}
    chosen = {r.sender: r for r in rows if r.is_number and r.role == "collector"}
    numbers = (set(chosen) | in_facts) - own
    records = []
    for number in numbers:
        row = chosen.get(number)
        calls, messages = (row.calls, row.messages) if row else (0, 0)
        items = len(row.exhibits) if row else 0
        records.append((number, calls, messages, calls + messages, items, number in in_facts))
    frame = pd.DataFrame(
        records, columns=["number", "calls", "messages", "count", "items", "in_facts"]
    )
    for column in ("calls", "messages", "count", "items"):
        frame[column] = frame[column].astype("int64")
    frame["in_facts"] = frame["in_facts"].astype(bool)
    return frame.sort_values(
        ["count", "items", "number"], ascending=[False, False, True], ignore_index=True
    )


def channel_counts(case: Case) -> pd.DataFrame:
    """Evidence items per kind (电话 = call_log, 短信 = sms, …)."""
    counts = Counter(item.kind for item in case.evidence)
    frame = pd.DataFrame(sorted(counts.items()), columns=["kind", "items"])
    frame["items"] = frame["items"].astype("int64")
    return frame.sort_values(["items", "kind"], ascending=[False, True], ignore_index=True)


def timeline(case: Case, drafts: Iterable[tuple[str, str]] = ()) -> pd.DataFrame:
    """Dated events: loan, harassment, evidence, actions taken, drafts (kind, created_at)."""
    rows: list[tuple[str, str, str, str]] = []

    def add(day: str, category: str, event: str, detail: str = "") -> None:
        day = _iso(day[:10])
        if day:
            rows.append((day, category, event, detail))

    amount = case.loan.amount
    add(case.loan.borrowed_on, "loan", "loan.borrowed", "" if amount is None else f"{amount:g}")
    add(case.loan.due_on, "loan", "loan.due")
    add(case.harassment.started_on, "harassment", "harassment.started")
    add(case.harassment.last_on, "harassment", "harassment.last")
    for item in case.evidence:
        day = item.captured_on or next(
            iter(sorted(set(_item_days(item.extra.get("entities"), "")))), ""
        )
        add(day, "evidence", "evidence", f"{item.id} {item.summary}".strip())
    for action in case.actions_taken:
        add(
            action.on, "action", "action", "：".join(t for t in (action.action, action.result) if t)
        )
    for kind, created_at in drafts:
        add(created_at, "draft", "draft", kind)
    frame = pd.DataFrame(rows, columns=["date", "category", "event", "detail"])
    frame["date"] = pd.to_datetime(frame["date"])
    return frame.sort_values(["date", "category"], kind="stable", ignore_index=True)


def dashboard_data(
    case: Case, steps: dict[str, str], drafts: Sequence[tuple[str, str]] = ()
) -> DashboardData:
    """All dashboard frames and headline numbers for one case."""
    rows = number_rows(case)
    figures = case_figures(case)
    shown = headline(case, figures)
    per_day = per_day_counts(case, figures)
    counted = {"calls": figures.calls, "messages": figures.messages}
    collectors = collector_ranking(case, rows)
    steps_frame = pd.DataFrame(
        [(step, steps.get(step) == "done") for step in STEPS], columns=["step", "done"]
    )
    harassment = case.harassment
    metrics: dict[str, int | None] = {
        # One figure for both tiles, the same the dossier and the evidence list print.
        "contacts_affected": (
            shown.contacts if shown.contacts or harassment.contacts_affected is not None else None
        ),
        "contacts_reached": shown.contacts,
        "contacts_counted": shown.contacts_counted,
        "night": figures.night,
        "night_pct": None if figures.night_share is None else round(100 * figures.night_share),
        "days": figures.days,
        "longest_run": figures.longest_run,
        "calls": shown.calls,
        "messages": shown.messages,
        "calls_counted": int(counted.get("calls", 0)),
        "messages_counted": int(counted.get("messages", 0)),
        "evidence": len(case.evidence),
        "collectors": len(collectors),
        "steps_done": int(steps_frame["done"].sum()),
        "steps_total": len(STEPS),
    }
    return DashboardData(
        metrics={k: None if v is None else int(v) for k, v in metrics.items()},
        per_day=per_day,
        channels=channel_counts(case),
        facts_channels=harassment.channels,
        collectors=collectors,
        timeline=timeline(case, drafts),
        steps=steps_frame,
        figures=figures,
        numbers=number_table(rows),
        evidence_range=_evidence_range(case, figures),
    )


def _evidence_range(case: Case, figures: Figures) -> tuple[str, str]:
    """The first and last day the evidence shows (contact days and capture dates)."""
    days = [d.day for d in figures.per_day] + [_iso(i.captured_on) for i in case.evidence]
    days = sorted(d for d in days if d)
    return (days[0], days[-1]) if days else ("", "")
