"""A call row's head that OCR cut in two, joined again before the rows are read: a number the
largest type wraps onto the next line ("+86 186 3510" over "7742 (4) 上午11:40"), and a head
boxed apart at its count ("13289470316 (" beside "(3) 今天16:05"): one head either way, so the
row keeps its count and its time.
"""

from __future__ import annotations

import re

from evidence.ocr.base import OcrLine
from evidence.screens.calls import first_phone, is_call_label
from evidence.screens.calls_sim import sim_rows

# A number cut by the line's end: its digits so far, nothing else on the line.
_NUMBER_PART = re.compile(r"^\+?[\d][\d \-]{2,14}\d$")
# What a wrapped number's next line opens with: the rest of its digits, or the row's "(n)".
_NUMBER_REST = re.compile(r"^(?:\d{2,8}(?![\d:：])|[(（]\s*\d{1,3}\s*[)）])")
# A number head whose count OCR boxed apart: the number, maybe the count's open bracket.
_NUMBER_OPEN = re.compile(r"^\+?\d[\d \-]{4,16}\d\s*[(（]?$")
# A number and its wrapped rest make one number: at most "+86" and a mobile's eleven digits.
# More is a second number under the first (a thread's subtitle restating it with a badge:
# "95xxxxxx·服务号").
_NUMBER_DIGITS = 13
# The rest of that head, level with it: the count first ("(3) 今天16:05").
_COUNT_FIRST = re.compile(r"^[(（]\s*\d{1,3}\s*[)）]\s*\S")


def wrapped_numbers(lines: list[OcrLine], width: int) -> list[OcrLine]:
    """Rows whose number the largest type wraps, joined again: a bare number whose next line,
    right under it at the same left edge, opens with more digits or the row's count is one row
    head. So is a number whose count and time OCR boxed level with it, to its right. A dual-SIM
    row OCR read as two boxes (the name, then the badge, mark and time at its height) is one row
    head too."""
    out: list[OcrLine] = []
    for line in sim_rows(lines, width, is_call_label):
        last = out[-1] if out else None
        if last is not None and (_continues_number(last, line, width) or _count_beside(last, line)):
            x, y, w, h = last.box
            nx, ny, nw, nh = line.box
            right, bottom = max(x + w, nx + nw), max(y + h, ny + nh)
            box = (min(x, nx), y, right - min(x, nx), bottom - y)
            text = f"{last.text.strip()} {line.text.strip()}"
            out[-1] = OcrLine(text, box, min(last.confidence, line.confidence))
            continue
        out.append(line)
    return out


def _continues_number(line: OcrLine, nxt: OcrLine, width: int) -> bool:
    x, y, _w, h = line.box
    nx, ny, _nw, _nh = nxt.box
    text, rest = line.text.strip(), nxt.text.strip()
    opening = _NUMBER_REST.match(rest)
    if not _NUMBER_PART.match(text) or opening is None:
        return False
    if abs(nx - x) >= 0.03 * width or not 0 <= ny - y < 2 * h:
        return False
    digits = re.sub(r"\D", "", text) + opening.group()
    if opening.group()[0].isdigit() and len(digits) > _NUMBER_DIGITS:
        return False  # more digits than one number holds: a second number under the first
    # Only a number that is still cut, or one whose count wrapped: two numbers in a row stay two.
    whole = first_phone(text)
    return not whole or rest.startswith(("(", "（"))


def _count_beside(line: OcrLine, nxt: OcrLine) -> bool:
    """Whether `nxt` is the rest of a number head boxed apart at its count: it opens with the
    "(n)", starts right of the number and shares most of its height."""
    if not _NUMBER_OPEN.match(line.text.strip()) or not _COUNT_FIRST.match(nxt.text.strip()):
        return False
    x, y, w, h = line.box
    nx, ny, _nw, nh = nxt.box
    overlap = min(y + h, ny + nh) - max(y, ny)
    return nx >= x + 0.5 * w and overlap >= 0.5 * min(h, nh)
