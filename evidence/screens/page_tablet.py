"""A tablet's synced SMS window whose list pane is narrow (a third of the width): the open
thread's lines start just right of the list, its header (the number or name) over them, and OCR
joins each list row with the bubble or time level with it into one line across the gutter
("舅舅 昨天18:00 已逾期一天，…"). panes.conversation_pane wants the right pane past a fixed
share of the width; this finds the gutter from the thread's own column instead.

The gutter is the left edge of the thread's column: three or more lines start on it (bubbles,
the times under them, the input box), every other line starts at the screen's left edge (the
list's rows), and each line crossing the gutter has a blank where the list's part ends.
"""

from __future__ import annotations

import re
from dataclasses import replace
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.when import is_time_only

# The thread's column starts between these shares of the width.
_COLUMN = (0.25, 0.6)
# Lines starting within this share of the column's left edge are on it.
_ON_COLUMN = 0.03
# The list's rows start at the screen's edge, within this share of the width.
_EDGE = 0.08
# The gutter lies this share of the width left of the thread's column (the bubbles' padding).
_PAD = 0.01
# Lines on the column (a thread has bubbles and their times) and wholly in the list.
_MIN_RIGHT, _MIN_LEFT = 3, 2
# A glyph's width as a share of the line's height, to tell where a joined line's list part ends.
_GLYPH = 0.5
# Lines this many ems wide or more tell the glyph's width.
_MIN_EMS = 4
# A bubble's wrapped lines (and the time under it) lie less than this many line heights apart.
_WRAP = 1.0
# A list row's time at its end: a clock, maybe after a day word.
_ROW_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}$")
# A separator's centre lies within this share of the width of the pane's centre.
_CENTRE = 0.1
# A joined line's right part starting this near the bubbles' column (width share) starts on it.
_SNAP = 0.06


def _ems(text: str) -> float:
    """A text's width in ems: a Han character or a full-width mark one, a Latin letter or digit
    half of one."""
    stripped = text.strip()
    return sum(1.0 if ord(ch) > 0x2E7F else 0.5 for ch in stripped)


def _gutter(lines: list[OcrLine], width: int, height: int) -> int | None:
    if width < height:
        return None
    starts = [ln.box[0] for ln in lines if _COLUMN[0] * width <= ln.box[0] <= _COLUMN[1] * width]
    if not starts:
        return None
    column = min(starts)
    on = [ln for ln in lines if column <= ln.box[0] <= column + _ON_COLUMN * width]
    gutter = column - round(_PAD * width)
    left = [ln for ln in lines if ln.box[0] < _EDGE * width]
    wholly = [ln for ln in left if ln.box[0] + ln.box[2] <= gutter]
    stray = [ln for ln in lines if _EDGE * width <= ln.box[0] < column]
    if len(on) < _MIN_RIGHT or len(wholly) < _MIN_LEFT or stray:
        return None
    return gutter


def _right_part(line: OcrLine, gutter: int, glyph: float) -> OcrLine | None:
    """What of a line joined across the gutter lies right of it; None when no blank splits it
    there (then it is no joined line, and the screen no two panes)."""
    x, y, w, h = line.box
    text = line.text.strip()
    fits = [i for i, ch in enumerate(text) if ch.isspace() and i * _GLYPH * h <= gutter - x]
    if not fits:
        return None
    rest = text[fits[-1] :].strip()
    start = min(max(gutter, round(x + w - len(rest) * glyph)), x + w - 1)
    return replace(line, text=rest, box=(start, y, x + w - start, h))


def _on_edge(time: OcrLine, block: list[OcrLine], width: int) -> bool:
    """A time on its bubble's edge (its left under a received one's, its right under a sent
    one's), off the pane's centre: a centred time is a separator over the next bubble."""
    x, _y, w, _h = time.box
    if abs(x + w / 2 - width / 2) < _CENTRE * width:
        return False
    left = min(ln.box[0] for ln in block)
    right = max(ln.box[0] + ln.box[2] for ln in block)
    return abs(x - left) <= _SNAP * width or abs(x + w - right) <= _SNAP * width


def times_over_bubbles(pane: list[OcrLine], width: int) -> list[OcrLine]:
    """The thread writes each bubble's time right under it, on the bubble's edge: read as the
    separator over that bubble (centred, just above its first line), as a chat writes it. A
    bubble's lines are the lines right over the time, each less than a line's height apart."""
    out: list[OcrLine] = []
    for line in pane:
        _x, _y, w, h = line.box
        block: list[OcrLine] = []
        for above in reversed(out):
            bottom = (block[0] if block else line).box[1]
            if is_time_only(above.text) or bottom - (above.box[1] + above.box[3]) > _WRAP * h:
                break
            block.insert(0, above)
        if not is_time_only(line.text) or not block or not _on_edge(line, block, width):
            out.append(line)
            continue
        top = block[0].box[1]
        moved = replace(line, box=(round((width - w) / 2), max(0, top - h - 1), w, h))
        out = [*out[: len(out) - len(block)], moved, *block]
    return out


def narrow_list_pane(
    lines: list[OcrLine], width: int, height: int
) -> tuple[list[OcrLine], int, int] | None:
    """(the thread pane's lines moved to its own left edge, its width, the height), or None."""
    gutter = _gutter(lines, width, height)
    if gutter is None:
        return None
    right = [ln for ln in lines if ln.box[0] >= gutter]
    sizes = [ln.box[2] / _ems(ln.text) for ln in right if _ems(ln.text) >= _MIN_EMS]
    glyph = median(sizes) if sizes else _GLYPH * median(ln.box[3] for ln in lines)
    # The thread's bubbles start on one column: a joined line's part that starts near it
    # starts on it (the estimate from its glyphs is rough).
    words = [ln.box[0] for ln in right if not is_time_only(ln.text)]
    column = min(words) if words else gutter
    pane: list[OcrLine] = []
    timed = False  # a list row says when its thread last spoke ("13:30", "昨天18:00")
    for line in lines:
        x, _y, w, _h = line.box
        if x < gutter:
            if x + w <= gutter:
                timed = timed or bool(_ROW_CLOCK.search(line.text.strip()))
                continue  # a row of the list
            part = _right_part(line, gutter, glyph)
            if part is None:
                return None
            left = line.text.strip()[: len(line.text.strip()) - len(part.text)].strip()
            timed = timed or bool(_ROW_CLOCK.search(left))
            line = part
            if abs(part.box[0] - column) <= _SNAP * width:
                px, py, pw, ph = part.box
                line = replace(part, box=(column, py, px + pw - column, ph))
        lx, ly, lw, lh = line.box
        pane.append(replace(line, box=(lx - gutter, ly, lw, lh)))
    if not timed:
        return None  # no list of threads at the left: a paper or a photo, no two panes
    return times_over_bubbles(pane, width - gutter), width - gutter, height
