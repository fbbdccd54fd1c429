"""A list of saved items (an app's 收藏, a notes app's clippings): each item its words, then a
smaller foot line at the same left edge naming where they came from and when
("某某-风控部  周日 下午3:05").

Each item is the words of the one its foot names, said at the foot's time. An inbox heads each
row with its sender and time over the preview; here the words come first and the foot closes
the item, in a smaller type than the words over it. The page's title names the list, never a
counterpart.
"""

from __future__ import annotations

import re
from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.avatars import SELF_LABEL
from evidence.screens.records import Message
from evidence.screens.when import TRAILING_WHEN, is_time_only, iso_time, when_of

# The source's name before the foot's time: a few words, no sentence.
_SOURCE = re.compile(r"^[^\s，。！？,!?；;：:]{1,20}$")
# Every line of an item starts at one left edge (a share of the width, either way).
_EDGE = 0.03
# A foot is drawn smaller than the words over it (a share of their line height).
_SMALLER = 0.9
_MIN_ITEMS = 2
# A line this many line heights under the item over it is the page's bar, nobody's words.
_GAP = 4


def _glyph(line: OcrLine) -> float:
    """A line's width per character: its type's size, whatever OCR made of its box's height."""
    return line.box[2] / max(1, len(re.sub(r"\s+", "", line.text)))


def _foot(line: OcrLine, words: list[OcrLine], width: int) -> tuple[str, str] | None:
    """(the source's name, the when) a foot line gives under `words`, else None."""
    text = line.text.strip()
    stamp = TRAILING_WHEN.search(text)
    if not words or stamp is None or stamp.start() == 0 or is_time_only(text):
        return None
    source = text[: stamp.start()].strip()
    if not _SOURCE.match(source):
        return None
    edges = [ln.box[0] for ln in (*words, line)]
    if max(edges) - min(edges) > _EDGE * width:
        return None
    # OCR's boxes are loose in height: a glyph's width tells the type's size too.
    lower = line.box[3] < _SMALLER * max(ln.box[3] for ln in words)
    narrower = _glyph(line) < _SMALLER * max(_glyph(ln) for ln in words)
    if not (lower or narrower):
        return None
    return source, text[stamp.start() :].strip()


def saved_items(
    lines: list[OcrLine], width: int, anchor: date | None
) -> tuple[tuple[Message, ...], list[str]] | None:
    """(each saved item as its source's message, the page's own lines), or None when the lines
    are no such list: every line is an item's words or the foot closing them, at one left edge,
    two items or more; what lies far under the last item (the tab bar) is the page's own."""
    messages: list[Message] = []
    words: list[OcrLine] = []
    own: list[str] = []
    for index, line in enumerate(lines):
        above = lines[index - 1] if index else None
        if above is not None and line.box[1] - (above.box[1] + above.box[3]) > _GAP * line.box[3]:
            own = [ln.text for ln in lines[index:]]
            break
        foot = _foot(line, words, width)
        if foot is None:
            if TRAILING_WHEN.search(line.text.strip()) and not words:
                return None  # a row headed by its time: an inbox, not a saved list
            words.append(line)
            continue
        source, when = foot
        day, clock = when_of(when, anchor)
        time = iso_time(day or (anchor.isoformat() if anchor else None), clock)
        side, sender = ("out", "") if SELF_LABEL.match(source) else ("in", source)
        text = "".join(ln.text.strip() for ln in words)
        messages.append(Message(side, text, sender, time))
        words = []
    if words or len(messages) < _MIN_ITEMS:
        return None
    return tuple(messages), own
