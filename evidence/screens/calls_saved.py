"""A saved name's call row drawn over its own number: the name with its count and time on the
head line ("催收-勿接 (2) 今天06:55", "妈妈 昨天20:11"), and right under it, at the same left
edge, the number with its place ("15150629318 江苏南通"), no time or count of its own. The
number is the name's, the row's detail, never a row of its own; and the head is a row's head
whatever words the owner saved the name as (a tag word like "催收" included), since a detail
line never sits over a number it belongs to.
"""

from __future__ import annotations

import re

from evidence.entities.phones import find_phones
from evidence.ocr.base import OcrLine
from evidence.screens.when import TRAILING_WHEN

# A number at a line's start: the digits a phone library reads or, failing that, a long run.
_LEADING_DIGITS = re.compile(r"^\+?\d[\d \-]{6,16}\d(?![\d:：])")
_COUNT = re.compile(r"[(（]\s*\d{1,3}\s*[)）]")
# The round "i" button at the row's right end, read as a glyph ("1", "i") and boxed with the
# number's line: that line then reaches across the row, the number in it all the same.
_INFO_BUTTON = re.compile(r"\s+[1iIlⓘ①]\s*$")


def _number_only_line(text: str) -> bool:
    """A number at the start, what follows it no time and no count (a place, a tag)."""
    text = text.strip()
    found = find_phones(text)
    leads = bool(_LEADING_DIGITS.match(text)) or any(start == 0 for (start, _e), _n in found)
    return leads and not TRAILING_WHEN.search(text) and not _COUNT.search(text)


def _named_head(text: str) -> bool:
    """A name (no number in it) with the row's time at its right end."""
    when = TRAILING_WHEN.search(text)
    name = _COUNT.sub(" ", text[: when.start()] if when else "").strip()
    return bool(name) and not find_phones(name) and not re.search(r"\d{5,}", name)


def _right_under(head: OcrLine, line: OcrLine, width: int) -> bool:
    x, y, _w, h = head.box
    nx, ny, nw, _nh = line.box
    short = nx + nw < 0.7 * width or bool(_INFO_BUTTON.search(line.text))
    return abs(nx - x) < 0.04 * width and -0.2 * h <= ny - (y + h) < 0.5 * h and short


def own_number(row: dict, line: OcrLine, width: int) -> bool:
    """Whether `line` is the number of the saved name heading `row`, drawn under its head."""
    head = row.get("head")
    if head is None or row.get("number") or not row.get("name"):
        return False
    return (
        _named_head(head.text.strip())
        and _number_only_line(line.text)
        and _right_under(head, line, width)
    )


def names_own_number(lines: list[OcrLine], index: int, width: int) -> bool:
    """Whether lines[index] is a saved name's head over its own number (so a row's head, not a
    detail, whatever the name says)."""
    if index + 1 >= len(lines):
        return False
    line, below = lines[index], lines[index + 1]
    return (
        line.box[0] < 0.3 * width
        and _named_head(line.text.strip())
        and _number_only_line(below.text)
        and _right_under(line, below, width)
    )
