"""Dashboard data: pure pandas shaping of a case for the 概览 page (no Streamlit, no I/O).

Per-day counts are estimates from screenshots: each call-log item counts one call per time it
shows, each sms/chat/im/social/email item one message per time it shows, dated by the dates in
its entities (else the day it was captured). Facts the user confirmed win over these estimates.
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
from casefile.redact import digits
from casefile.store import STEPS

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
    collectors: pd.DataFrame  # number, items (evidence items mentioning it), in_facts
    timeline: pd.DataFrame  # date, category, event, detail
    steps: pd.DataFrame  # step, done


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


def per_day_counts(case: Case) -> pd.DataFrame:
    """Calls and messages per day, from the evidence entities."""
    counter: Counter[tuple[str, str]] = Counter()
    for item in case.evidence:
        kind = "calls" if item.kind in CALL_KINDS else "messages"
        if item.kind not in CALL_KINDS + MESSAGE_KINDS:
            continue
        for day in _item_days(item.extra.get("entities"), item.captured_on):
            counter[(day, kind)] += 1
    frame = pd.DataFrame(
        [(day, kind, n) for (day, kind), n in counter.items()], columns=["date", "type", "count"]
    )
    frame["date"] = pd.to_datetime(frame["date"])
    frame["count"] = frame["count"].astype("int64")
    return frame.sort_values(["date", "type"], ignore_index=True)


def collector_ranking(case: Case) -> pd.DataFrame:
    """Numbers seen in evidence (not the borrower's or the platform's), most frequent first."""
    own = {digits(case.borrower.phone), digits(case.platform.service_phone)} - {""}
    seen: Counter[str] = Counter()
    for item in case.evidence:
        numbers = {digits(p) for p in _values(item.extra.get("entities"), "phones", "value")}
        seen.update(n for n in numbers if len(n) >= 7 and n not in own)
    in_facts = {digits(n) for n in case.harassment.collector_numbers} - {""}
    rows = [(n, seen.get(n, 0), n in in_facts) for n in set(seen) | in_facts]
    frame = pd.DataFrame(rows, columns=["number", "items", "in_facts"])
    frame["items"] = frame["items"].astype("int64")
    frame["in_facts"] = frame["in_facts"].astype(bool)
    return frame.sort_values(
        ["items", "in_facts", "number"], ascending=[False, False, True], ignore_index=True
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
        days = sorted(set(_item_days(item.extra.get("entities"), item.captured_on)))
        if days:
            add(days[0], "evidence", "evidence", f"{item.id} {item.summary}".strip())
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
    per_day = per_day_counts(case)
    counted = per_day.groupby("type")["count"].sum().to_dict()
    collectors = collector_ranking(case)
    steps_frame = pd.DataFrame(
        [(step, steps.get(step) == "done") for step in STEPS], columns=["step", "done"]
    )
    harassment = case.harassment
    metrics: dict[str, int | None] = {
        "contacts_affected": harassment.contacts_affected,
        "calls": harassment.calls if harassment.calls is not None else counted.get("calls", 0),
        "messages": (
            harassment.messages if harassment.messages is not None else counted.get("messages", 0)
        ),
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
    )
