"""Calls a carrier's missed-call notice tells: «【来电提醒】139… 于 11月28日 07:45 来电 1 次».

A phone that was off or out of signal gets the carrier's 来电提醒 (or a family app's 漏话提醒)
instead of a log row: one text per caller, naming the number, the minute and how many times it
rang. No call log shows those calls, so the notice is their only record. It is read from the
sentence's structure (a number, «于/在» a time, «来电/呼叫» n «次»), wherever it stands: a
text thread, an inbox, a card list or a lock screen.

A list of such cards headed by the service's name («漏话提醒 06:51» over each sentence) reads
like a call log of that name; those rows are the notices' heads, never calls of their own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.calls_heads import first_phone
from evidence.screens.records import CallRow, ScreenRecord
from evidence.screens.when import iso_time, when_of

# The caller's number, «于/在» the moment, then the call and its count: «来电1次», «来电 3 次»,
# «呼叫过您，共2次», «给您来电2次». A time word never holds a sentence's comma.
_NOTICE = re.compile(
    r"(?P<number>\+?\d[\d \-]{4,18}\d)\s*(?:于|在)\s*(?P<when>[^，,。；;！!]{0,24}?)\s*"
    r"(?:给您|向您|对您)?\s*(?:来电|呼叫(?:过)?您?|致电您?|拨打(?:过)?您?(?:的电话)?)"
    r"\s*(?:[，,]?\s*共\s*)?(?:(?P<count>\d{1,3})\s*[次通])?"
)


def _flat(lines: list[OcrLine]) -> tuple[str, list[int]]:
    """The lines' text run together (a notice wraps over two or three lines) and where each
    line starts in it."""
    starts, parts, at = [], [], 0
    for line in lines:
        starts.append(at)
        parts.append(line.text)
        at += len(line.text) + 1
    return " ".join(parts), starts


def notice_calls(
    lines: list[OcrLine], anchor: date | None
) -> tuple[tuple[CallRow, ...], frozenset[int]]:
    """The calls missed-call notices on the lines tell, and the indices of the lines that start
    a notice's sentence (a card's head is the line above)."""
    text, starts = _flat(lines)
    calls: list[CallRow] = []
    opening: set[int] = set()
    for match in _NOTICE.finditer(text):
        number = first_phone(match.group("number"))
        day, clock = when_of(match.group("when"), anchor)
        if not number or clock is None:
            continue  # no number, or no minute: a sentence about calls, not a notice of one
        count = int(match.group("count") or 1)
        call = CallRow(number, "", count, "missed", iso_time(day, clock))
        if call not in calls:
            calls.append(call)
        line = max(i for i, s in enumerate(starts) if s <= match.start())
        opening.add(line)
    return tuple(calls), frozenset(opening)


def with_notice_calls(
    record: ScreenRecord, lines: list[OcrLine], anchor: date | None
) -> ScreenRecord:
    """The record with the calls its missed-call notices tell, once each; a card list's heads
    (the service's name over each notice) are no callers."""
    ordered = sorted(lines, key=lambda ln: (ln.box[1], ln.box[0]))
    calls, opening = notice_calls(ordered, anchor)
    if not calls:
        return record
    heads = {ordered[i - 1].text.split()[0] for i in opening if i and ordered[i - 1].text.split()}
    kept = [
        row
        for row in record.calls
        if row.number or not any(row.name.strip().startswith(head) for head in heads)
    ]
    kept += [call for call in calls if call not in kept]
    return replace(record, calls=tuple(kept))
