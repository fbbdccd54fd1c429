"""Harassment figures from contact events (pure): per day, per number, night-time, runs of days.

Only the events of collectors count. Every figure keeps the exhibits it comes from, so a letter
or the dossier can say where a number was read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from casefile.model import Case
from understanding.roles import ContactEvent, NumberRow, case_events, collector_senders, number_rows


@dataclass(frozen=True)
class DayCount:
    day: str
    calls: int
    messages: int
    night: int
    exhibits: tuple[str, ...]


@dataclass(frozen=True)
class Figures:
    """The case's harassment figures, computed from collectors' contact events only."""

    calls: int
    messages: int
    night: int
    timed: int  # events whose time of day is known (the night-time share's base)
    first_day: str
    last_day: str
    days: int  # distinct days with contact
    longest_run: int  # most consecutive days with contact
    collectors: tuple[str, ...]
    contacts_reached: int
    per_day: tuple[DayCount, ...]
    per_number: tuple[tuple[str, int, int], ...]  # (sender, calls, messages)
    exhibits: tuple[str, ...]

    @property
    def night_share(self) -> float | None:
        """Night-time contacts among those whose time is known, 0…1 (None if none known)."""
        return self.night / self.timed if self.timed else None

    def as_facts(self) -> dict:
        """The figures as a JSON-ready dict (kept in case.json's harassment extra)."""
        return {
            "calls": self.calls,
            "messages": self.messages,
            "night": self.night,
            "timed": self.timed,
            "days": self.days,
            "longest_run": self.longest_run,
            "contacts_reached": self.contacts_reached,
            "exhibits": list(self.exhibits),
        }


def longest_run(days: Iterable[str]) -> int:
    """The most consecutive calendar days among ISO `days`."""
    ordered = sorted({date.fromisoformat(d) for d in days if d})
    best = run = 0
    previous: date | None = None
    for day in ordered:
        run = run + 1 if previous and day - previous == timedelta(days=1) else 1
        best = max(best, run)
        previous = day
    return best


def figures_from(
    events: Iterable[ContactEvent], collectors: Iterable[str], contacts_reached: int = 0
) -> Figures:
    """Figures of the events sent by `collectors`."""
    order = list(dict.fromkeys(collectors))
    wanted = set(order)
    chosen = [e for e in events if e.sender in wanted]
    per_day: dict[str, dict[str, int]] = defaultdict(lambda: {"call": 0, "message": 0, "night": 0})
    day_exhibits: dict[str, list[str]] = defaultdict(list)
    per_number: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for event in chosen:
        per_number[event.sender][0 if event.kind == "call" else 1] += event.count
        if event.day:
            per_day[event.day][event.kind] += event.count
            per_day[event.day]["night"] += event.count if event.night else 0
            if event.exhibit not in day_exhibits[event.day]:
                day_exhibits[event.day].append(event.exhibit)
    days = sorted(per_day)
    return Figures(
        calls=sum(e.count for e in chosen if e.kind == "call"),
        messages=sum(e.count for e in chosen if e.kind == "message"),
        night=sum(e.count for e in chosen if e.night),
        timed=sum(e.count for e in chosen if e.time),
        first_day=days[0] if days else "",
        last_day=days[-1] if days else "",
        days=len(days),
        longest_run=longest_run(days),
        collectors=tuple(order),
        contacts_reached=contacts_reached,
        per_day=tuple(
            DayCount(
                d,
                per_day[d]["call"],
                per_day[d]["message"],
                per_day[d]["night"],
                tuple(day_exhibits[d]),
            )
            for d in days
        ),
        per_number=tuple(
            sorted(((s, c, m) for s, (c, m) in per_number.items()), key=lambda r: -(r[1] + r[2]))
        ),
        exhibits=tuple(dict.fromkeys(e.exhibit for e in chosen)),
    )


def case_figures(case: Case, roles: Mapping[str, str] | None = None) -> Figures:
    """Figures of a case from its evidence and the stored (or given) roles."""
    rows: list[NumberRow] = number_rows(case, roles)
    events, _ = case_events(case)
    reached = sum(1 for row in rows if row.is_contact)
    return figures_from(events, collector_senders(rows), reached)


def conduct_span(case: Case, roles: Mapping[str, str] | None = None) -> tuple[str, str]:
    """(first, last) ISO day of the collectors' own calls and messages, ("", "") when none.

    Only times of conduct: never an ID card's birth date, a screenshot's capture date, its
    status-bar clock or a date merely written in a message. The law's edition choice reads this.
    """
    figures = case_figures(case, roles)
    return figures.first_day, figures.last_day
