"""A conversation's heading notices: the lines an app centres over the first bubbles, above the
first time separator, saying what kind of thread this is (the channel and the number it runs
on, "end-to-end encrypted", "the safety number was verified"). A bubble hangs from one side and
a separator is a time; a centred line of words with no sentence in it, before any time, is the
app's own label, never anyone's words."""

from __future__ import annotations

import re

from evidence.ocr.base import OcrLine
from evidence.screens.when import is_time_only

# Centred: its margins differ by at most this share of the width, each at least the other share.
_CENTRED = 0.03
_MARGIN = 0.12
# A separator is centred within this share of the width (as the bubbles' reader takes it).
_SEPARATOR = 0.2
_SENTENCE = re.compile(r"[，。！？,!?；;…]")
# A voice player's countdown ("-0:17"): the time left to play, never a separator's time.
COUNTDOWN = re.compile(r"^[-−–]\s*\d{1,2}[:：]\d{2}$")


def _centred(line: OcrLine, width: int) -> bool:
    x, _y, w, _h = line.box
    left, right = x / width, (width - x - w) / width
    return abs(left - right) < _CENTRED and min(left, right) > _MARGIN


def _separator(line: OcrLine, width: int) -> bool:
    x, _y, w, _h = line.box
    text = line.text.strip()
    return is_time_only(text) and abs(x + w / 2 - width / 2) < _SEPARATOR * width


def heading_notices(lines: list[OcrLine], width: int) -> list[OcrLine]:
    """The centred label lines over a conversation's first time separator; [] where no
    separator follows them (a cropped chat's first line may be a short bubble of either side)."""
    first = next(
        (
            i
            for i, ln in enumerate(lines)
            if _separator(ln, width) and not COUNTDOWN.match(ln.text.strip())
        ),
        None,
    )
    if first is None:
        return []
    found = []
    for index, line in enumerate(lines[:first]):
        text = line.text.strip()
        if not text or _SENTENCE.search(text) or not _centred(line, width):
            continue
        nxt = lines[index + 1]
        _x, y, _w, h = line.box
        # A wrapped bubble goes on right under its first line at the same left edge.
        wrapped = nxt is not lines[first] and abs(nxt.box[0] - line.box[0]) < 0.03 * width
        if wrapped and nxt.box[1] - y < 2 * h:
            continue
        found.append(line)
    return found


# A forwarded message's label at the top of its bubble ("转发自 闪借宝法务通知", "Forwarded from
# X"): the app's words naming where the message came from, never its sender nor the chat's title.
FORWARD_LABEL = re.compile(r"^(?:转发自\s*\S|Forwarded (?:message )?from\s)", re.I)


def is_forward_label(text: str) -> bool:
    """Whether a line is a forwarded message's label ("转发自 …") drawn inside its bubble."""
    text = text.strip()
    return bool(FORWARD_LABEL.match(text)) and len(text) <= 40 and not _SENTENCE.search(text)
