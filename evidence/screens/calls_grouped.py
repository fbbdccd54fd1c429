"""A call log grouped by contact (按联系人): a small header per caller, its calls as rows under it.

The header names the number (or saved name) and maybe the phone's tag, but no time; each row
under it opens with the call's way and carries its own "(n)" and its own time at the right
("未接来电 (3) 09:14"). Each such row is a row of the header's caller, with its own count and
time, exactly as the same calls read in the plain log; never one row of the header that takes
the first row's time and drops the rest.
"""

from __future__ import annotations

import re

from evidence.screens.when import TRAILING_WHEN

# A row under a group's header: the call's way first, maybe its "(n)", its time at the end.
_WAY_ROW = re.compile(
    r"^(?:未接来电|已接来电|已拨电话|未接|已接|呼入|呼出|来电|去电|已拨|拨出|拒接|已拒绝)"
    r"\s*(?:[(（]\s*(\d{1,3})\s*[)）])?"
)


def way_row(text: str) -> re.Match | None:
    """The way (and count) a group's row opens with, when the row ends with its own time."""
    found = _WAY_ROW.match(text.strip())
    return found if found and TRAILING_WHEN.search(text.strip()) else None


def grouped_rows(row: dict) -> list[dict]:
    """A header's row split into its calls when its details are a group's rows: two or more
    way rows with their times, or one with its own "(n)", under a header with no time of its
    own. Any other row stays as it is (a name over "呼入 昨天19:10" is one call)."""
    details: list[str] = row["details"]
    ways = [(d, m) for d in details if (m := way_row(d))]
    counted = any(m.group(1) for _d, m in ways)
    head_timed = any(TRAILING_WHEN.search(d) for d in details if not way_row(d))
    if head_timed or not (len(ways) >= 2 or counted):
        return [row]
    shared = [d for d in details if not way_row(d)]  # the header's tag and place
    return [
        {**row, "count": int(m.group(1)) if m.group(1) else 1, "details": [d, *shared]}
        for d, m in ways
    ]
