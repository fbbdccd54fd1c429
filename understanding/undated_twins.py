"""A screenshot that dates nothing, given the day a dated twin screenshot shows (pure).

An iPhone's "IMG_4471.PNG" carries no day in its name and no EXIF; a chat or list shot on the
day it shows writes bare clocks («14:02») for that day's events. Such a screen's events have no
day and never reach the case's span or its nights. When another, dated screenshot of the case
shows one of them again (the same message from the same sender, whole or as an inbox's cut
preview; the same call row: number and minute), that event is the twin's day, and since a bare
clock is the day the screen was shot, so are the screen's other bare-clock events. The matched
row itself is left to seen_twice and row_overlap, which fold it into its twin. A chat that
writes its own day words («昨天», «周五», «27日») may hold bare clocks of other days, so there
only the matched events take the day. A screen with no dated twin stays undated: nothing here
guesses a day from nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from understanding.events import ContactEvent, Seen
from understanding.seen_twice import is_row

Item = TypeVar("Item")
Read = tuple[Item, list[ContactEvent], dict[str, Seen]]

# Characters a message must have to tell it from another sender's or day's template line.
_STEM = 6
_LISTS = ("call_log", "sms_list")
# Words by which a chat dates the bubbles under them: its bare clocks need not be one day.
_DAY_WORDS = re.compile(r"昨天|前天|周[一二三四五六日天]|星期|\d{1,2}日|\d{1,2}月|\d{1,2}/\d{1,2}")
_CUT = re.compile(r"(…|\.\.\.|⋯)+$")


def _text(event: ContactEvent) -> str:
    """A message's words as compared: no blanks, widths alike, a preview's cut mark gone."""
    parts = event.key.split("|", 4)
    said = parts[4] if event.kind == "message" and len(parts) == 5 else ""
    flat = unicodedata.normalize("NFKC", re.sub(r"\s+", "", said))
    return _CUT.sub("", flat).rstrip(",.;:!?")


def _same(undated: ContactEvent, dated: ContactEvent) -> bool:
    """One call row or message, shown by two screenshots."""
    if (undated.phone, undated.sender, undated.kind) != (dated.phone, dated.sender, dated.kind):
        return False
    if dated.time and undated.time != dated.time:
        return False
    if is_row(undated):
        return is_row(dated)
    mine, theirs = _text(undated), _text(dated)
    if min(len(mine), len(theirs)) < _STEM:
        return False
    return mine.startswith(theirs) or theirs.startswith(mine)


def _dated_key(event: ContactEvent, day: str) -> str:
    """The key with its bare clock dated, as a dated screenshot of the same event keys it."""
    parts = event.key.split("|", 4)
    if len(parts) == 5 and parts[3] == event.time:
        parts[3] = f"{day}T{event.time}"
    return "|".join(parts)


def twin_day(events: list[ContactEvent], dated: list[ContactEvent]) -> tuple[str, set[int]]:
    """The day the matched bare-clock events of an undated screen show, and their ids.

    ("", ∅) where none matches or the matches name two days."""
    days: set[str] = set()
    matched: set[int] = set()
    for event in events:
        if event.day or not event.time:
            continue
        found = {other.day for other in dated if _same(event, other)}
        if found:
            days |= found
            matched.add(id(event))
    return (next(iter(days)), matched) if len(days) == 1 else ("", set())


def date_from_twins(
    read: list[Read],
    kind_of: Callable[[Item], str],
    text_of: Callable[[Item], str],
    captured_of: Callable[[Item], str],
) -> list[Read]:
    """The exhibits, each undated screen's bare-clock events on the day its dated twin shows."""
    out = []
    for index, (item, events, seen) in enumerate(read):
        if captured_of(item) or any(e.day for e in events):
            out.append((item, events, seen))
            continue
        dated = [e for i, r in enumerate(read) if i != index for e in r[1] if e.day]
        day, matched = twin_day(events, dated)
        whole = kind_of(item) in _LISTS or not _DAY_WORDS.search(text_of(item))
        moved = {
            id(e): replace(e, day=day, key=_dated_key(e, day))
            for e in events
            if day
            and not e.day
            and e.time
            and (whole or id(e) in matched)
            # A matched row stays as it is: seen_twice and row_overlap match it to its twin.
            and not (is_row(e) and id(e) in matched)
        }
        if moved:
            events = [moved.get(id(e), e) for e in events]
            for entry in seen.values():
                entry.events = [moved.get(id(e), e) for e in entry.events]
                entry.notices = [moved.get(id(e), e) for e in entry.notices]
        out.append((item, events, seen))
    return out
