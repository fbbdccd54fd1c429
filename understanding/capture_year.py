"""A screenshot dated only by its file name's clock, a year off the rest of the case (pure).

A chat screen that shows times only ("14:02") takes its day from the file's own name
(mmexport…, IMG_…): the day the file was saved. When that day falls in a year no other exhibit
shows, while its month and day sit among the case's other days, the name's clock had the year
wrong (a phone reset, a copied file): the screen's events belong to the case's year. A screen
whose own text dates all its events, or a day far from the case's others, keeps its year; one
whose text dates some events in the case's year moves the rest there too.

A chat's year-less stamps ("11月26日 晚上9:14") take their year from the same wrong clock: when
the screen's text never writes that year out, every day of the exhibit in that year moves to the
case's year, each one only if it then sits among the case's other days.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from understanding.events import ContactEvent

# How far the moved day may lie from the case's other days and still be one of them.
_NEAR_DAYS = 31


def _moved(day: str, year: int) -> str:
    try:
        return date(year, int(day[5:7]), int(day[8:10])).isoformat()
    except ValueError:  # 29 February in a year without it
        return ""


def case_year_day(own_days: set[str], captured_on: str, others: list[set[str]]) -> str:
    """The day to give an exhibit's events dated only by its capture day, "" to keep them.

    `own_days` are the exhibit's event days, `others` those of each other exhibit. The case's
    year is the one at least two other dated exhibits agree on: of two lone exhibits a year
    apart, neither says which clock was wrong.
    """
    dated = [days for days in others if days]
    if not captured_on or captured_on[:10] not in own_days or len(dated) < 2:
        return ""
    # The exhibit's own text may date some of its events (a call row's «12-04 08:01» read in
    # the case's year) beside those dated by the clock alone: those days speak for the case.
    other_days = set().union(*dated, own_days - {captured_on[:10]})
    years = {d[:4] for d in other_days}
    if len(years) != 1 or captured_on[:4] in years:
        return ""
    moved = _moved(captured_on[:10], int(next(iter(years))))
    if not moved:
        return ""
    near = min(abs((date.fromisoformat(moved) - date.fromisoformat(d)).days) for d in other_days)
    return moved if near <= _NEAR_DAYS else ""


def with_day(event: ContactEvent, old: str, new: str) -> ContactEvent:
    """The event on `new` instead of `old` (its key too, so overlapping shots still match)."""
    if event.day != old:
        return event
    return replace(event, day=new, key=event.key.replace(f"|{old}", f"|{new}"))


def case_year_days(
    own_days: set[str], captured_on: str, others: list[set[str]], text: str
) -> dict[str, str]:
    """{old day: new day} for an exhibit's events whose year came from a wrong capture clock.

    The capture day itself moves as case_year_day says. The exhibit's other days in the
    capture's year were year-less stamps resolved at that clock, unless `text` (the screen's
    own words) writes the year out ("2025年11月26日", "2025-11-26"): those move to the case's
    year too, each only when it then lies near the case's other days.
    """
    moves: dict[str, str] = {}
    new = case_year_day(own_days, captured_on, others)
    if new:
        moves[captured_on[:10]] = new
    year = captured_on[:4]
    dated = [days for days in others if days]
    if not year.isdigit() or len(dated) < 2 or re.search(rf"(?<!\d){year}\s*[年/.\-]", text):
        return moves
    other_days = set().union(*dated)
    years = {d[:4] for d in other_days}
    if len(years) != 1 or year in years:
        return moves
    case_year = int(next(iter(years)))
    for day in sorted(d for d in own_days if d[:4] == year and d not in moves):
        moved = _moved(day, case_year)
        if moved and _near(moved, other_days):
            moves[day] = moved
    return moves


def _near(day: str, others: set[str]) -> bool:
    at = date.fromisoformat(day)
    return min(abs((at - date.fromisoformat(d)).days) for d in others) <= _NEAR_DAYS
