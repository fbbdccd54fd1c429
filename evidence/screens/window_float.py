"""A floating window (小窗, a chat opened as a small window over a video or another app): a
rounded panel inset from both edges of the screen, its own bar on top (a label at its left, its
buttons at its right, the panel's whole width), the chat under it. The window is the screen to
read: every line under its bar lies inside its span; what lies above the bar (a video's title)
is the app under the window, nobody's words or name."""

from __future__ import annotations

import re
from dataclasses import replace

from evidence.ocr.base import OcrLine

# The window's bar: at least this share of the screen's width, and inset from both edges.
_MIN_SPAN = 0.6
_INSET = 0.06
# A window floats: its bar lies below the top of the screen (the app under it shows there).
_BELOW = 0.25
# A line this far (width share) outside the bar's span is no line of the window.
_SLACK = 0.02
# A bar's words: a label and its buttons, never a sentence.
_SENTENCE = re.compile(r"[，。！？,!?；;：:]")
# A bar's word ("小窗", "全屏×"), at most this many characters.
_WORD = 4
# The window floats over the app under it: a gap of at least this many bar heights above it.
_GAP = 2
# The chat under the bar: at least this many lines.
_MIN_LINES = 4


def window_bar(lines: list[OcrLine], width: int) -> int | None:
    """Index of the floating window's bar among the screen's lines (status bar gone), or None:
    a wide line inset from both edges, a label and a button or two, a gap over it and a line
    of the app below above that, with every line under it inside its span."""
    for index, line in enumerate(lines):
        x, y, w, _h = line.box
        if index == 0 or y < _BELOW * width:
            continue  # the app under the window shows above the bar
        words = line.text.split()
        inset = x > _INSET * width and x + w < (1 - _INSET) * width
        # A label and buttons are short words; a bubble's wrapped line is one long run.
        short = 2 <= len(words) <= 3 and all(len(word) <= _WORD for word in words)
        if w < _MIN_SPAN * width or not inset or not short or _SENTENCE.search(line.text):
            continue
        above = lines[index - 1].box
        if y - (above[1] + above[3]) < _GAP * line.box[3]:
            return None  # right under a line: no window floats over an app here
        under = lines[index + 1 :]
        slack = _SLACK * width
        inside = all(
            ln.box[0] >= x - slack and ln.box[0] + ln.box[2] <= x + w + slack for ln in under
        )
        # The app under the window: some line above the bar starts outside its span.
        outside = any(ln.box[0] < x - slack for ln in lines[:index])
        if len(under) >= _MIN_LINES and inside and outside:
            return index
        return None  # the first wide inset line decides: a window's bar or no window
    return None


def window_lines(lines: list[OcrLine], width: int) -> tuple[list[OcrLine], list[OcrLine], int]:
    """(the window's lines under its bar, moved to the window's origin; the originals; the
    window's width). The lines as they are, and the screen's width, where no window floats."""
    index = window_bar(lines, width)
    if index is None:
        return lines, lines, width
    x, y, w, _h = lines[index].box
    under = lines[index + 1 :]
    moved = [replace(ln, box=(ln.box[0] - x, ln.box[1] - y, ln.box[2], ln.box[3])) for ln in under]
    return moved, under, w
