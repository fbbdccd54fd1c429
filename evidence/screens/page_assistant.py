"""A call assistant's record of a call it took for the owner (an AI answering service): the
page's title and the caller over the call's time ("400-123-4567 · 10:21"), then the turns, each
a speaker's label and a colon before its words ("助理：您好…", "对方：…").

The words after the far end's label are the caller's, the caller being the number over the
turns; the assistant's turns speak for the owner. The page's title is the app's own name for
such records, never a sender. The far end's label is the one the app gives the other side
("对方", "来电方", "Caller"); failing that, the one that does not open the call, since the
assistant picks up and speaks first.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from evidence.entities.phones import find_phones
from evidence.ocr.base import OcrLine
from evidence.screens.records import Message
from evidence.screens.when import is_time_only, iso_time, when_of

# A turn's opening: a short label (no digits, no sentence) and a colon, then the words.
_TURN = re.compile(r"^\s*(?P<who>[^\s\d，。！？,.!?：:]{1,6})\s*[：:]\s*(?P<said>\S.*)$")
_FAR_END = re.compile(r"^(?:对方|来电方|来电者|来电人|Caller|caller)$")
# A clock in the header, after the caller's number and a dot or alone.
_CLOCK = re.compile(r"(?:^|[·•・\s])(?P<clock>\d{1,2}[:：]\d{2})\s*$")
_MIN_TURNS = 3
# What OCR leaves at either end of the text before the clock: the dot, a back glyph.
_LEAD = re.compile(r"^[\s<‹〈]+|[\s·•・.]+$")


def _labels(lines: list[OcrLine]) -> list[tuple[int, str, str]]:
    """(index, label, words) of each line opening a turn."""
    found = []
    for i, line in enumerate(lines):
        turn = _TURN.match(line.text)
        if turn is not None and not is_time_only(line.text):
            found.append((i, turn.group("who"), turn.group("said").strip()))
    return found


def assistant_transcript(
    lines: list[OcrLine], anchor: date | None
) -> tuple[str, tuple[Message, ...], list[str]] | None:
    """(the caller's number or name, "" when none is read; the turns as messages; the page's
    own lines) of a call assistant's record, or None when the page is no such record."""
    turns = _labels(lines)
    speakers = [who for _i, who, _said in turns]
    if len(turns) < _MIN_TURNS or len(set(speakers)) != 2 or turns[0][0] == 0:
        return None
    # Two parties taking turns: every turn's label differs from the one before it.
    if any(a == b for a, b in pairwise(speakers)):
        return None
    head = lines[: turns[0][0]]
    clock = next((m.group("clock") for ln in head if (m := _CLOCK.search(ln.text))), None)
    if clock is None:
        return None  # a record always says when the call came; a thread of comments does not
    far = next((who for who in speakers if _FAR_END.match(who)), None)
    far = far or next(who for who in speakers if who != speakers[0])
    caller = _caller(head)
    when = iso_time(*when_of(clock.replace("：", ":"), anchor))
    messages = []
    tail: list[str] = []
    for n, (start, who, said) in enumerate(turns):
        end = turns[n + 1][0] if n + 1 < len(turns) else len(lines)
        words, above = [said], lines[start]
        for line in lines[start + 1 : end]:
            # A turn's wrapped lines sit right under it; what sits far below is the page's own
            # (its buttons, the navigation bar).
            if tail or _far(line, above):
                tail.append(line.text)
                continue
            words.append(line.text.strip())
            above = line
        side = "in" if who == far else "out"
        messages.append(Message(side, "".join(words), "", when))
    return caller, tuple(messages), [ln.text for ln in head] + tail


def _caller(head: list[OcrLine]) -> str:
    """The caller named over the turns: the number read there, else what stands before the
    call's clock on its line (a name, a number OCR half read), else "" (unknown). The page's
    heading is the app's name for such records, never the caller."""
    number = next((p[0][1] for ln in head if (p := sorted(find_phones(ln.text)))), "")
    if number:
        return number
    before = (_LEAD.sub("", ln.text[: m.start()]) for ln in head if (m := _CLOCK.search(ln.text)))
    return next((name for name in before if name), "")


def _far(line: OcrLine, above: OcrLine) -> bool:
    """Whether `line` sits too far under the line above it to be the same turn's words."""
    return line.box[1] - (above.box[1] + above.box[3]) > 2 * above.box[3]
