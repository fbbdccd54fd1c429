"""The case's one set of headline figures, read by every surface (dashboard, dossier, lists).

A figure the case's facts state (the user's entry, or what build_case stored from the evidence)
is the figure; where the facts are silent, the count from the collectors' contact events is.
Night-time contacts are only ever counted. Surfaces print these and never recount on their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from casefile.model import Case
from understanding.figures import Figures, case_figures


@dataclass(frozen=True)
class Headline:
    """What the case says happened: counts, people and the period of conduct."""

    calls: int
    messages: int
    contacts: int  # the borrower's relatives, colleagues, friends the collectors reached
    night: int
    timed: int
    first_day: str
    last_day: str
    collectors: tuple[str, ...]
    calls_counted: int  # the same, counted in the evidence (shown when it differs)
    messages_counted: int
    contacts_counted: int
    figures: Figures

    @property
    def period(self) -> str:
        """'first 至 last', or the one known day, or ''."""
        return " 至 ".join(d for d in dict.fromkeys((self.first_day, self.last_day)) if d)


def _stated(value: int | None, counted: int) -> int:
    return int(value) if value is not None else counted


def headline(case: Case, figures: Figures | None = None) -> Headline:
    """The headline figures of a case (figures: case_figures(case) when already computed)."""
    figures = figures or case_figures(case)
    facts = case.harassment
    collectors = tuple(dict.fromkeys((*facts.collector_numbers, *figures.collectors)))
    return Headline(
        calls=_stated(facts.calls, figures.calls),
        messages=_stated(facts.messages, figures.messages),
        contacts=_stated(facts.contacts_affected, figures.contacts_reached),
        night=figures.night,
        timed=figures.timed,
        first_day=facts.started_on or figures.first_day,
        last_day=facts.last_on or figures.last_day,
        collectors=collectors,
        calls_counted=figures.calls,
        messages_counted=figures.messages,
        contacts_counted=figures.contacts_reached,
        figures=figures,
    )
