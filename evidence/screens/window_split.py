"""A split screen: the chat in the upper window, another app (a memo, a note) in the lower one.
The chat's window ends at its input box; the divider leaves a wide gap, and the lower app opens
with its title in larger type at the screen's left edge, its lines under it from that edge. The
lower app is nobody's words in the chat: the upper window is the screen to read."""

from __future__ import annotations

from evidence.ocr.base import OcrLine

# The gap over the lower app (the chat's input box, the divider, the app's bar): at least this
# share of the width between the chat's last line and the lower app's title.
_GAP = 0.45
# The lower app's lines start at the screen's edge, within this share of the width of its title.
_EDGE = 0.06
_COLUMN = 0.02
# Its title is drawn larger than its lines.
_LARGER = 1.2


def lower_app(lines: list[OcrLine], width: int) -> int | None:
    """Index of the lower app's title among a chat's lines, or None where one app fills the
    screen: after a wide gap, a title at the left edge in larger type, two or more lines under
    it starting where it starts, and nothing else below."""
    for index in range(1, len(lines) - 2):
        above, title = lines[index - 1], lines[index]
        x, y, _w, h = title.box
        if y - (above.box[1] + above.box[3]) < _GAP * width or x > _EDGE * width:
            continue
        under = lines[index + 1 :]
        column = all(abs(ln.box[0] - x) <= _COLUMN * width for ln in under)
        larger = all(h >= _LARGER * ln.box[3] for ln in under)
        return index if column and larger else None
    return None
