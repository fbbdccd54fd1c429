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
    "通话时长|通信时长|时长|"
    "通话类型|呼叫类型|呼叫方式|通话方式|通信类型|通信方式|类型|方式|"
    "通话地点|通信地点|归属地|地点|通话费|话费|费用|备注"
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
# A row whose time cell holds the date over the clock ("11-29" over "22:14:24"): the row's first
# line opens with the date and no clock, the line under it with the clock, on one left edge.
_DAY_FIRST = re.compile(
    r"^\s*(?:(?:19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?!\s*\d{1,2}[:：]\d{2})"
)
_CLOCK_FIRST = re.compile(r"^\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)")


def _rows(lines: list[OcrLine]) -> list[tuple[str, list[OcrLine]]]:
    """Lines on one row joined left to right: OCR may read a table's cells as boxes apart."""
    rows: list[list[OcrLine]] = []
    for line in sorted(_stacked_cells_joined(lines), key=lambda ln: (ln.box[1], ln.box[0])):
        last = rows[-1][-1] if rows else None
        if last is not None and on_one_row(last, line, _SAME_ROW):
            rows[-1].append(line)
        else:
            rows.append([line])
    return [
        (" ".join(ln.text.strip() for ln in sorted(r, key=lambda ln: ln.box[0])), r) for r in rows
    ]


def _stacked_cells_joined(lines: list[OcrLine]) -> list[OcrLine]:
    """Each call whose time cell prints the date over the clock, read as one line: its first line
    ("11-29 曲靖 被叫 17787452290 1分03秒", or "11-30" alone) and the clock's line right under it
    on the same left edge ("22:14:24", or "00:40:45 曲靖 被叫 17787452290 48秒") joined as
    "11-29 22:14:24 …"."""
    ordered = sorted(lines, key=lambda ln: (ln.box[1], ln.box[0]))
    used: set[int] = set()
    out: list[OcrLine] = []
    for index, line in enumerate(ordered):
        if index in used:
            continue
        day = _DAY_FIRST.match(line.text)
        under = next(
            (
                k
                for k in range(index + 1, len(ordered))
                if k not in used and _stacked_under(line, ordered[k])
            ),
            None,
        )
        clock = _CLOCK_FIRST.match(ordered[under].text) if day and under is not None else None
        if day is None or under is None or clock is None:
            out.append(line)
            continue
        below = ordered[under]
        used.add(under)
        rest = f"{line.text[day.end() :].strip()} {below.text[clock.end() :].strip()}".strip()
        text = f"{day.group(0).strip()} {clock.group(0).strip()} {rest}".strip()
        x, y, w, h = line.box
        bottom = max(y + h, below.box[1] + below.box[3])
        right = max(x + w, below.box[0] + below.box[2])
        box = (min(x, below.box[0]), y, right - min(x, below.box[0]), bottom - y)
        out.append(OcrLine(text, box, line.confidence))
    return out


def _stacked_under(line: OcrLine, other: OcrLine) -> bool:
    """`other` starts right under `line` (within one of its heights), on its left edge."""
    x, y, _w, h = line.box
    return abs(other.box[0] - x) <= h and 0 < other.box[1] - y <= 1.2 * h


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
