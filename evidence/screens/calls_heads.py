"""A call row's number as its head writes it: a phone the number library knows, or digits it
rejects that a list's head still shows as the caller (a company's 95 line, a landline whose
local part is longer than its city's numbers are)."""

from __future__ import annotations

import re

from evidence.entities.phones import find_phones
from evidence.screens.records import CallRow

# A number written at the head's start, also one a number library rejects (a landline with a
# local part too long for its city): in a call log's head it is the caller all the same.
# It never runs across a blank into the row's day or clock ("0317-8856-2014 3月9日10:05",
# "0373-5086 2291 2天前").
_NOT_A_DAY = (
    r"(?!\s(?:\d{4}[\-/.年])?(?:[01]?\d[\-/.月][0-3]?\d|[0-2]?\d:[0-5]\d|\d{1,2}[月日号]"
    r"|\d{1,2}\s*天前))"
)
HEAD_DIGITS = re.compile(rf"^\+?(\d(?:{_NOT_A_DAY}[\d \-]){{3,16}}\d)(?![\d:：月/.年日号])")

# A landline written whole with its area code set apart ("0710-83216645"), alone on its line:
# a number's own page's title, also where the local part is longer than its city's numbers are.
_LANDLINE_ALONE = re.compile(r"^\s*(0\d{2,3})[\s\-](\d{7,8})\s*$")


def first_phone(text: str) -> str:
    """The first phone number written in a text, normalised; "" when there is none."""
    found = find_phones(text)
    if found:
        return found[0][1]
    alone = _LANDLINE_ALONE.match(text)
    return alone.group(1) + alone.group(2) if alone else ""


def head_number(text: str) -> str:
    """The number a list row's head opens with, "" when it opens with anything else: a phone,
    or a line a phone library rejects ("95013877", a company's 95 line; a landline with a local
    part too long for its city) standing alone before the row's count, time or end."""
    stripped = text.strip()
    found = find_phones(stripped)
    if found and not stripped[: found[0][0][0]].strip():
        return found[0][1]
    digits = HEAD_DIGITS.match(stripped)
    if digits is None or not re.match(r"\s|[(（]|$", stripped[digits.end() :]):
        return ""
    number = re.sub(r"\D", "", digits.group(1))
    return number if 5 <= len(number) <= 13 else ""


def page_number_row(rows: tuple[CallRow, ...]) -> bool:
    """Whether the first row is the page's own number over a log whose rows all show a time
    («小号 170…» under «我的小号»): no time, way, tag or count of its own, so no call."""
    first = rows[0] if rows else None
    return (
        first is not None and len(rows) >= 3 and bool(first.number) and first.count == 1
        and not (first.time or first.direction or first.tag or first.ring)
        and all(row.time for row in rows[1:])
    )  # fmt: skip
