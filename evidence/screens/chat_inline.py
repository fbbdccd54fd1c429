"""A call assistant's record: each turn written as its speaker's label and a colon before the
words ("对方：…", "小艺：…"), the turns stacked at the left margin with no bubbles.

The far end is the label every such app uses for the other party ("对方", "Caller"); the other
label is the assistant answering on the owner's behalf, so its lines are the owner's side, never
the caller's words. A line without a label under a turn is that turn's wrap.
"""

from __future__ import annotations

import re
from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.records import Message
from evidence.screens.when import is_time_only, iso_time, when_of

# A turn's head: a short label without spaces or digits, then a colon.
_TURN = re.compile(r"^\s*(?P<who>[^\s\d，。！？,.!?：:]{1,6})\s*[：:]\s*(?P<words>\S.*)$")
# The label for the other end of the call.
_FAR_END = re.compile(r"^(?:对方|来电方|来电者|来电人|Caller|caller)$")
# Turns start at the left margin: within this fraction of the width of the leftmost line.
_MARGIN = 0.05
# At least this many labelled turns, of two speakers, make such a record.
_MIN_TURNS = 2


def labelled_turns(lines: list[OcrLine], width: int, when: str) -> tuple[Message, ...] | None:
    """The turns of a record that labels each speaker inline, far end `in`, the assistant `out`,
    dated `when`; None where the lines are not such a record."""
    left = min((ln.box[0] for ln in lines), default=0)
    at_margin = [ln for ln in lines if ln.box[0] - left <= _MARGIN * width]
    heads = [(ln, m) for ln in at_margin if (m := _TURN.match(ln.text))]
    speakers = {m.group("who") for _ln, m in heads}
    if len(heads) < _MIN_TURNS or len(speakers) != 2:
        return None
    if not any(_FAR_END.match(who) for who in speakers):
        return None
    first = lines.index(heads[0][0])
    turns: list[tuple[str, str]] = []
    head_lines = {id(ln): m for ln, m in heads}
    for line in lines[first:]:
        if (m := head_lines.get(id(line))) is not None:
            side = "in" if _FAR_END.match(m.group("who")) else "out"
            turns.append((side, m.group("words").strip()))
        elif line not in at_margin:
            break  # the record's buttons under it ("回拨 删除")
        else:
            side, words = turns[-1]
            turns[-1] = (side, words + line.text.strip())
    return tuple(Message(side, words, "", when) for side, words in turns)


def record_time(lines: list[OcrLine], anchor: date | None) -> str:
    """When a record without separators was made: the first time-only line on it, on the
    capture's day; the day alone without one."""
    stamp = next((ln.text.strip() for ln in lines if is_time_only(ln.text.strip())), "")
    day, clock = when_of(stamp, anchor) if stamp else (None, None)
    return iso_time(day or (anchor.isoformat() if anchor else None), clock)
