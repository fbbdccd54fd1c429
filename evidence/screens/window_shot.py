"""A screenshot shown inside the screen (a gallery's viewer, a chat's photo opened full size):
the older shot keeps its own status bar, under the viewer's title (the day it was taken) and over
the viewer's toolbar. The shot is the screen to read: its header is the first line under its
status bar, and the viewer's lines above that bar are the viewer's, nobody's words."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.chrome import is_status_only
from evidence.screens.when import is_time_only, when_of

# The shot's status bar as OCR reads it, the clock anywhere ("5G 41%16:35", "16:35 5G 41%").
_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}")
_BATTERY = re.compile(r"\d{1,3}\s*%")
_MARKS = re.compile(r"\b(?:[2-5]G|LTE|HD|WLAN|Wi-?Fi)|\d{1,3}\s*%")

# The shot's status bar sits in the upper part of the screen: lower down a clock with a battery
# would be a picture in the conversation, not the shot's top.
_TOP = 0.35


def _status(text: str) -> bool:
    """A clock with the battery's percent (and network marks) and next to nothing else: a call
    row's SIM and time ("卡1 HD 11:30") has no battery."""
    if not _BATTERY.search(text):
        return False
    if is_status_only(text):
        return True
    rest = re.sub(r"[\s%.]", "", _MARKS.sub("", _CLOCK.sub("", text)))
    return bool(_CLOCK.search(text) and _MARKS.search(text)) and len(rest) <= 2


# The carrier's name a status bar shows beside its clock ("12:05中国移动 52%").
_CARRIER = re.compile(r"中国(?:移动|联通|电信|广电)")


def is_status_bar(text: str) -> bool:
    """A status bar as OCR reads it: a clock with the battery's percent, network marks or the
    carrier's name, and nothing else."""
    return _status(_CARRIER.sub(" ", text))


def inner_status(lines: list[OcrLine], height: int) -> int | None:
    """Index of the shown shot's status bar (a clock with network or battery marks, nothing
    else) among lines whose own status bar is already gone; None where no shot is shown."""
    for index, line in enumerate(lines):
        _x, y, _w, _h = line.box
        if height and y > _TOP * height:
            return None
        if _status(line.text):
            return index
    return None


def shot_lines(lines: list[OcrLine], height: int) -> tuple[list[OcrLine], list[OcrLine]]:
    """(the shot's lines under its status bar, moved up so its bar is the top; the originals
    they were moved from). The lines as they are where no shot is shown."""
    index = inner_status(lines, height)
    if index is None:
        return lines, lines
    top = lines[index].box[1]
    under = lines[index + 1 :]
    moved = [replace(ln, box=(ln.box[0], ln.box[1] - top, ln.box[2], ln.box[3])) for ln in under]
    return moved, under


# A viewer's counter over the shot ("3/61": the picture's place in the album).
_COUNTER = re.compile(r"^\d{1,4}\s*/\s*\d{1,5}$")


def under_viewer(lines: list[OcrLine], height: int) -> list[OcrLine]:
    """The shot's lines from its status bar down, where only a gallery viewer's title is over it
    (the day and time the shot was taken, the album counter): the viewer's lines tell nothing of
    the page. The lines as they are where anything else is over the bar (a chat's header over a
    picture sent in it)."""
    index = inner_status(lines, height)
    if not index:
        return lines
    viewer = [ln.text.strip() for ln in lines[:index]]
    if all(_COUNTER.match(text) or is_time_only(text) for text in viewer):
        return lines[index:]
    return lines


def viewer_day(viewer: list[OcrLine], anchor: date | None) -> date | None:
    """The day the viewer's title names (when the shot was taken), else the capture day."""
    for line in viewer:
        day, _clock = when_of(line.text, anchor)
        if day:
            return date.fromisoformat(day)
    return anchor
