"""The case's one set of headline figures, read by every surface (dashboard, dossier, lists).

A figure the case's facts state (the user's entry, or what build_case stored from the evidence)
is the figure; where the facts are silent, the count from the collectors' contact events is.
Night-time contacts are only ever counted. Surfaces print these and never recount on their own.
"""

from __future__ import annotations

import re
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


# A sentence, not a party: clause or sentence punctuation, or longer than a chat's title bar holds.
# A one-line chat exhibit ("这是他的照片，已经P成通缉令了…") has its message read as the chat's
# title; the collector is whoever sent it, never the sentence.
_SENTENCE_MARK = re.compile(r"[，,。！？!?；;“”「」]")
_TITLE_CHARS = 24
_NUMBER = re.compile(r"\+?\d[\d\- ]{3,18}\d")


def is_party(sender: str) -> bool:
    """Whether a sender names a party (a number, or a chat's title), not a line of a message."""
    sender = sender.strip()
    if _NUMBER.fullmatch(sender):
        return True
    return bool(sender) and len(sender) <= _TITLE_CHARS and not _SENTENCE_MARK.search(sender)


def _stated(value: int | None, counted: int) -> int:
    return int(value) if value is not None else counted


def headline(case: Case, figures: Figures | None = None) -> Headline:
    """The headline figures of a case (figures: case_figures(case) when already computed)."""
    figures = figures or case_figures(case)
    facts = case.harassment
    counted = (c for c in figures.collectors if is_party(c))
    collectors = tuple(dict.fromkeys((*facts.collector_numbers, *counted)))
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
