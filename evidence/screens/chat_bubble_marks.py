"""What an app draws inside a bubble besides its words, where the bubble's words start and end:
a group member's name over them (WhatsApp-, Telegram-like) and the bubble's clock at its foot."""

from __future__ import annotations

import re

from evidence.ocr.base import OcrLine
from evidence.screens.when import is_time_only

_SENTENCE = re.compile(r"[，。！？,!?；;]")
# The name starts in the words' own column: within this share of the width.
_COLUMN = 0.015
# A bubble's clock ends this far right of its longest line at most (the bubble's padding).
_STAMP_DX = 0.03


def name_in_bubble(line: OcrLine, nxt: OcrLine, width: int) -> bool:
    """A group member's name drawn inside their bubble: the bubble's first line, in the text's
    own column, right on the words under it, and far shorter than them. A wrapped bubble's first
    line fills the bubble before it wraps: never shorter than the line after it by so much."""
    x, y, w, h = line.box
    nx, ny, nw, nh = nxt.box
    text = line.text.strip()
    if _SENTENCE.search(text) or is_time_only(text) or is_time_only(nxt.text.strip()):
        return False
    touching = -0.25 * nh <= ny - (y + h) < 0.5 * nh
    column = abs(nx - x) <= _COLUMN * width
    return touching and column and w < 0.6 * nw and x < 0.35 * width


def bubble_stamp(line: OcrLine, bubble: list[OcrLine], width: int) -> bool:
    """A clock at a bubble's foot, inside it at its right: right under its last line and ending
    where its longest line ends, where a divider is centred apart from any bubble."""
    if not bubble or not is_time_only(line.text.strip()):
        return False
    x, y, w, h = line.box
    _lx, ly, _lw, lh = bubble[-1].box
    right = max(bx + bw for bx, _by, bw, _bh in (ln.box for ln in bubble))
    under = -0.25 * h <= y - (ly + lh) < 0.8 * h
    return under and 0 <= x + w - right <= _STAMP_DX * width
