"""A call log captured as one long image (a stitched scroll) may draw rows twice where two
captures meet: the same caller, count, way and time, once on each side of the seam.

A log never shows two rows of one caller at one minute (the phone groups them into one row with
its "(n)"), so a row that repeats an earlier one of the same image, time and all, is the seam's
copy and counts once. Rows without a clock (a day only, or nothing) may be calls of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from evidence.screens.records import CallRow

_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def seam_repeats_dropped(rows: Iterable[CallRow]) -> tuple[CallRow, ...]:
    """The rows with each timed row that repeats an earlier one left out."""
    seen: set[CallRow] = set()
    kept: list[CallRow] = []
    for row in rows:
        if _CLOCK.search(row.time):
            if row in seen:
                continue
            seen.add(row)
        kept.append(row)
    return tuple(kept)
