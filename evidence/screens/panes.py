"""A tablet's or foldable's two panes: the list of conversations at the left, the open one at the
right. The list's rows are nobody's messages: the conversation is the right pane alone, read as
a screen of its own. OCR joins a list row and the bubble level with it into one line across the
gutter ("物流通知 已逾期20天，…"); such a line is cut at the blank where the gutter lies.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.when import TRAILING_WHEN, is_time_only
from evidence.screens.window_mirror import mirrored_phone

# The list pane's rows start at the screen's edge; the conversation starts right of this share.
_EDGE = 0.06
_RIGHT = 0.35
_MAX_GUTTER = 0.6
# A line whose middle lies within this share of the width of the screen's middle is centred.
_CENTRED = 0.03
# A window whose list does not start at the edge (a desktop client's icon strip, a tablet's
# list under a search box): the gutter is a clear column between these shares of the width.
_CLEAR = (0.2, 0.5)
# The header band: a line there may cross the gutter (the list's title and the chat's, one row).
_BAND = 0.15
# List rows' times end on the list pane's right edge, within this share of the width.
_ROW_END = 0.02
# A bubble's wrapped half snaps to the conversation's text column within this (width share).
_SNAP = 0.04


def _gutter(lines: list[OcrLine], width: int, height: int) -> int | None:
    """Where the right pane starts, or None for a one-pane screen: a wide screen whose lines
    start either at its left edge (the list, two or more rows wholly left of the gutter) or right
    of the gutter (three or more), and nowhere in between."""
    if width < height:
        return None
    # A one-pane chat's time separators sit at the screen's middle, right of where a list
    # would end: they start no pane (a pane's own separators centre in the pane).
    right = [ln for ln in lines if ln.box[0] >= _RIGHT * width and not _screen_centred(ln, width)]
    if len(right) < 3:
        return None
    gutter = min(ln.box[0] for ln in right) - round(0.01 * width)
    if gutter > _MAX_GUTTER * width:
        return None
    rows = [ln for ln in lines if ln.box[0] < _EDGE * width and sum(ln.box[::2]) < gutter]
    between = [ln for ln in lines if _EDGE * width <= ln.box[0] < _RIGHT * width]
    return gutter if len(rows) >= 2 and not between else None


def _screen_centred(line: OcrLine, width: int) -> bool:
    """A time separator centred on the whole screen."""
    x, _y, w, _h = line.box
    return abs(x + w / 2 - width / 2) <= _CENTRED * width and is_time_only(line.text.strip())


def _clear_gutter(lines: list[OcrLine], width: int, height: int) -> int | None:
    """Where the right pane starts in a window whose list is not at the screen's edge: the
    first clear column (no line under the header band crosses it) with a list at its left,
    rows whose times end on one edge, and the conversation at its right."""
    if width < height:
        return None
    starts = sorted(
        {ln.box[0] for ln in lines if _CLEAR[0] * width <= ln.box[0] <= _CLEAR[1] * width}
    )
    for gutter in starts:
        crossing = [ln for ln in lines if ln.box[0] < gutter < ln.box[0] + ln.box[2]]
        if any(ln.box[1] + ln.box[3] / 2 > _BAND * height for ln in crossing):
            continue
        left = [ln for ln in lines if ln.box[0] + ln.box[2] <= gutter]
        right = [ln for ln in lines if ln.box[0] >= gutter]
        ends = [ln.box[0] + ln.box[2] for ln in left if TRAILING_WHEN.search(ln.text.strip())]
        edge = max(ends, default=0)
        rows = sum(edge - end <= _ROW_END * width for end in ends)
        if len(right) >= 3 and rows >= 2:
            return gutter
    return None


def _glyph(lines: list[OcrLine]) -> float:
    """A glyph's width in the right pane's lines (median of width per character)."""
    sizes = [ln.box[2] / len(ln.text.strip()) for ln in lines if len(ln.text.strip()) >= 4]
    return median(sizes) if sizes else 30.0


def _columns(lines: list[OcrLine], width: int) -> Counter[int]:
    """The right pane's text columns: starts two or more lines share, with how many share."""
    starts = Counter(round(ln.box[0] / (0.01 * width)) for ln in lines)
    return Counter({round(key * 0.01 * width): n for key, n in starts.items() if n >= 2})


def _cut(line: OcrLine, gutter: int, glyph: float, columns: Counter[int], width: int) -> OcrLine:
    """The right half of a line OCR joined across the gutter, or the line where none is."""
    x, y, w, h = line.box
    text = line.text.strip()
    blanks = [i for i, ch in enumerate(text) if ch.isspace()]
    # The last blank whose left part still fits the list pane, at half a line height a glyph.
    fits = [i for i in blanks if i * 0.5 * h <= gutter - x]
    if not fits:
        return line
    rest = text[fits[-1] :].strip()
    start = max(gutter, round(x + w - len(rest) * glyph))
    near = [c for c in columns if abs(c - start) <= _SNAP * width and c >= gutter]
    if near:
        start = max(near, key=lambda c: columns[c])  # the bubbles' column, not a stray start
    return replace(line, text=rest, box=(start, y, x + w - start, h))


def conversation_pane(
    lines: list[OcrLine], width: int, height: int
) -> tuple[list[OcrLine], int, int] | None:
    """(the right pane's lines moved to its own origin, its width, its height), or None for a
    one-pane screen. The bar over both panes (the list's title) lies above the panes' top.

    A phone mirrored into a desktop window is such a pane too: the phone's screen alone."""
    if (phone := mirrored_phone(lines, width, height)) is not None:
        return phone
    gutter = _gutter(lines, width, height)
    clear = gutter is None
    if clear and (gutter := _clear_gutter(lines, width, height)) is None:
        return None
    right = [ln for ln in lines if ln.box[0] >= gutter]
    glyph, columns = _glyph(right), _columns(right, width)
    # In a clear-column window the header row holds both titles: the chat's is its right part.
    top = 0 if clear else min(ln.box[1] for ln in lines if ln.box[0] < _EDGE * width)
    pane = []
    for line in lines:
        x, y, w, _h = line.box
        if y < top - 0.5 * line.box[3]:
            continue  # the bar over both panes
        if x < gutter:
            if x + w <= gutter + 0.02 * width:
                continue  # a row of the list
            line = _cut(line, gutter, glyph, columns, width)
            if line.box[0] < gutter:
                continue
        lx, ly, lw, lh = line.box
        pane.append(replace(line, box=(lx - gutter, ly - top, lw, lh)))
    return pane, width - gutter, height - top
