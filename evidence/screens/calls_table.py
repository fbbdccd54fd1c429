"""A table of calls: a header row of column names, then one row per call.

A carrier's 通话详单 (and a bill's call list) prints its calls as a table: a header row naming
its columns ("对方号码 通话时间 时长 类型"), then rows of a number, a date and clock, the
duration and the call's type ("027-85561290 03-12 11:02:15 00:01:12 被叫"). Each row is one call
of its number at its time; the type says the way (被叫 is a call the owner received, 主叫 one
the owner made, 未接 one missed). No bubble, no name over it: a table is a log, never a chat.
"""

from __future__ import annotations

import re
from datetime import date

from evidence.ocr.base import OcrLine, on_one_row
from evidence.screens.calls import CALL_WAYS, first_phone
from evidence.screens.records import CallRow
from evidence.screens.when import iso_time, when_of

# The words a call table names its columns with: the other side, the time, how long, which way,
# where, what it cost. A header row is nothing else (OCR may glue its cells into one box).
_COLUMN_WORDS = (
    "对方号码|对端号码|电话号码|通话号码|对方号|联系人|号码|对方|"
    "通话时间|起始时间|开始时间|呼叫时间|通话日期|时间|日期|"
    "通话时长|时长|"
    "通话类型|呼叫类型|呼叫方式|通话方式|类型|方式|"
    "通话地点|归属地|地点|通话费|话费|费用|备注"
)
_COLUMN = re.compile(_COLUMN_WORDS)
_HEADER = re.compile(rf"(?:(?:{_COLUMN_WORDS})\s*)+")
_NUMBER_COLUMN = re.compile(r"号码|对方|联系人")
_TIME_COLUMN = re.compile(r"时间|日期")
_MIN_COLUMNS = 3
# A row's date and clock ("03-12 11:02:15", "2026/03/12 11:02", "3月12日 11:02").
_WHEN = re.compile(
    r"(?<!\d)(?P<day>(?:(?:19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?)\s*"
    r"(?P<clock>\d{1,2}[:：]\d{2})(?:[:：]\d{2})?(?!\d)"
)
# How long it lasted, written as a clock ("00:01:12", "01:12") or in words ("1分12秒").
_DURATION = re.compile(
    r"(?<!\d)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)|\d+\s*分\s*\d+\s*秒|\d+\s*秒"
)
_SAME_ROW = 0.5  # share of a box's height two boxes overlap by to stand on one row


def _rows(lines: list[OcrLine]) -> list[tuple[str, list[OcrLine]]]:
    """Lines on one row joined left to right: OCR may read a table's cells as boxes apart."""
    rows: list[list[OcrLine]] = []
    for line in sorted(lines, key=lambda ln: (ln.box[1], ln.box[0])):
        last = rows[-1][-1] if rows else None
        if last is not None and on_one_row(last, line, _SAME_ROW):
            rows[-1].append(line)
        else:
            rows.append([line])
    return [
        (" ".join(ln.text.strip() for ln in sorted(r, key=lambda ln: ln.box[0])), r) for r in rows
    ]


def _is_header(text: str) -> bool:
    """A row of column names only, naming the other side and the time, three columns at least."""
    flat = text.strip()
    cells = _COLUMN.findall(flat)
    return (
        _HEADER.fullmatch(flat) is not None
        and len(cells) >= _MIN_COLUMNS
        and any(_NUMBER_COLUMN.search(cell) for cell in cells)
        and any(_TIME_COLUMN.search(cell) for cell in cells)
    )


def _call(text: str, anchor: date | None) -> CallRow | None:
    """One row of the table as a call; None when the row is no call (a total, a footnote)."""
    when = _WHEN.search(text)
    if when is None:
        return None
    # The date is cut out before the number is read, so a number never runs on into the date
    # beside it ("16574218830 03-12" is no fifteen-digit number).
    rest = f"{text[: when.start()]} | {text[when.end() :]}"
    number = first_phone(text[: when.start()]) or first_phone(rest)
    if not number:
        return None
    tail = _DURATION.sub(" ", text[when.end() :])
    day, clock = when_of(f"{when.group('day')} {when.group('clock')}", anchor)
    way = next((w for w, pattern in CALL_WAYS if pattern.search(tail)), "")
    return CallRow(number=number, direction=way, time=iso_time(day, clock))


def call_table(
    lines: list[OcrLine], anchor: date | None
) -> tuple[tuple[CallRow, ...], list[OcrLine]] | None:
    """(the table's calls, the page's other lines) when a header row of column names stands
    over rows of calls; None otherwise. At least one row under the header must be a call."""
    rows = _rows(lines)
    head = next((i for i, (text, _r) in enumerate(rows) if _is_header(text)), None)
    if head is None:
        return None
    calls: list[CallRow] = []
    own: list[OcrLine] = []
    for index, (text, boxes) in enumerate(rows):
        call = _call(text, anchor) if index > head else None
        if call is None:
            own += boxes  # the title, the header, totals and buttons: the page's own words
        else:
            calls.append(call)
    return (tuple(calls), own) if calls else None
