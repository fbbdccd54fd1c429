"""A phone mirrored into a desktop window (投屏, scrcpy-like tools): a wide screenshot whose
words all lie in one narrow, phone-shaped column in the middle of the desktop. The window's
title bar (the tool's name, the phone's model, its buttons) is the column's top line, in the
desktop's top band; under it the phone's own status bar, header and conversation. The phone
is the screen to read; the title bar and the desktop around it (a taskbar's date) are chrome.
A phone's window photographed on a laptop's screen shows no title bar: its column alone, its
middle placed by its centred time separators.
"""

from __future__ import annotations

from dataclasses import replace
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.when import is_time_only

# The phone's column is at most this share of the desktop's width, clear of its left edge.
_MAX_COLUMN = 0.45
_MIN_LEFT = 0.1
# The window's title bar sits in this top band of the desktop; the phone's lines start under it.
_TITLE_BAND = 0.06
# A line starting this far (width share) outside the column is the desktop's, not the phone's.
_SLACK = 0.01
# The window's title bar and the phone's bars start this far left of its bubbles, at most.
_NEAR = 0.1


def _column(lines: list[OcrLine], width: int) -> tuple[int, int] | None:
    """(left, right) of the narrow column holding all but one or two of the lines."""
    lefts = sorted(ln.box[0] for ln in lines)
    middle = lefts[len(lefts) // 2]
    # The phone's lines start near the column's text edge; a desktop's line lies far from it.
    kept = [ln for ln in lines if -_NEAR * width <= ln.box[0] - middle <= _MAX_COLUMN * width]
    if len(lines) - len(kept) > 2 or len(kept) < 5:
        return None
    left = min(ln.box[0] for ln in kept)
    right = max(ln.box[0] + ln.box[2] for ln in kept)
    if right - left > _MAX_COLUMN * width or left < _MIN_LEFT * width:
        return None
    return left, right


def mirrored_phone(
    lines: list[OcrLine], width: int, height: int
) -> tuple[list[OcrLine], int, int] | None:
    """(the phone's lines moved to its own origin, its width, its height), or None where the
    screen is no desktop holding a mirrored phone."""
    if width < height or len(lines) < 5:
        return None
    column = _column(lines, width)
    if column is None:
        return None
    left, right = column
    slack = _SLACK * width
    inside = sorted(
        (
            ln
            for ln in lines
            if ln.box[0] >= left - slack and ln.box[0] + ln.box[2] <= right + slack
        ),
        key=lambda ln: ln.box[1],
    )
    title = inside[0]
    _x, y, _w, h = title.box
    if y + h / 2 > _TITLE_BAND * height:
        # No title bar: a phone's screen shown in a wider picture (a laptop's screen
        # photographed with the phone's window on it). Its centred time separators place the
        # phone's middle, its text's left edge as far left of it as its right edge is right.
        # Every line is the phone's: words beside the column (a watch card's wide line) say
        # the column is a part of the screen, not a phone on it.
        centres = [ln.box[0] + ln.box[2] / 2 for ln in inside if is_time_only(ln.text)]
        if not centres or len(inside) < len(lines):
            return None  # nothing centred to place it by: a narrow page, not a phone
        phone, right = inside, max(right, round(2 * median(centres) - left))
    elif title.box[2] < 0.6 * (right - left):
        return None
    else:
        phone = inside[1:]  # the tool's title bar over the phone
    top = min(ln.box[1] for ln in phone) - round(0.5 * h)
    moved = [
        replace(ln, box=(ln.box[0] - left, ln.box[1] - top, ln.box[2], ln.box[3])) for ln in phone
    ]
    # The window keeps the phone's proportions: its height follows from the column's width.
    return moved, right - left, height - top
