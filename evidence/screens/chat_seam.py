"""A chat captured as one long image (a stitched scroll) may draw bubbles twice where two
captures meet: a run of bubbles, then the same run again, side for side and word for word.

A conversation never repeats itself so: a collector may send one text again and again, but the
owner's reply between two copies of it, in the same order once more, is the seam's copy. So a
run of two or more bubbles holding both sides (or of three or more of one side), followed at
once by the same run, counts once. A single bubble sent twice stays two messages, unless
each copy hangs under its own time divider of the same time: an app draws no divider twice in
a row, so the second is the seam's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from evidence.ocr.base import OcrLine
from evidence.screens.records import Message

# A run of one side only is the seam's copy from this length on (a spammer's pair may repeat).
_ONE_SIDE_RUN = 3
# A run of short replies ("好" "嗯") may repeat in a real talk: one bubble needs this many chars.
_WORDY = 6
# A bubble cut short by the seam: this long at least, missing at most this many last glyphs.
_CUT_WORDS = 12
_CUT_TAIL = 2


def _key(message: Message) -> tuple[str, str, str]:
    return message.side, message.sender, message.text


def _is_seam_run(run: list[Message]) -> bool:
    """A run whose repeat can only be the seam's: both sides, or long enough, and some words."""
    sides = {m.side for m in run}
    if len(sides) < 2 and len(run) < _ONE_SIDE_RUN:
        return False
    return any(len(m.text) >= _WORDY for m in run)


def _repeat_at(messages: list[Message], start: int) -> int:
    """The length of the longest seam run starting at `start` that the next bubbles repeat."""
    keys = [_key(m) for m in messages]
    for length in range((len(messages) - start) // 2, 1, -1):
        run = keys[start : start + length]
        repeated = run == keys[start + length : start + 2 * length]
        if repeated and _is_seam_run(messages[start : start + length]):
            return length
    return 0


def _cut_copy(message: Message, nxt: Message) -> bool:
    """A bubble the seam cut short: its words are the next bubble's but for a last glyph or two
    (the wrapped line's tail hidden under the next capture), same side, same sender."""
    extra = len(nxt.text) - len(message.text)
    return (
        (message.side, message.sender) == (nxt.side, nxt.sender)
        and len(message.text) >= _CUT_WORDS
        and 0 < extra <= _CUT_TAIL
        and nxt.text.startswith(message.text)
    )


def seam_repeats_dropped(messages: tuple[Message, ...]) -> tuple[Message, ...]:
    """The messages with each run that a stitched capture's seam drew twice kept once."""
    kept = [
        m
        for i, m in enumerate(messages)
        if i + 1 == len(messages) or not _cut_copy(m, messages[i + 1])
    ]
    start = 0
    while start < len(kept):
        length = _repeat_at(kept, start)
        if length:
            del kept[start + length : start + 2 * length]
            continue
        start += 1
    return tuple(kept)


def _flat(line: OcrLine) -> str:
    return re.sub(r"\s+", "", line.text)


def _seam_copy(flat: list[str], first: int, second: int) -> int:
    """How many lines after the divider at `second` repeat the last lines under the same
    divider at `first` (the most that do, holding some words), or 0."""
    if flat[first] != flat[second]:
        return 0
    for count in range(second - first - 1, 0, -1):
        copy = flat[second + 1 : second + 1 + count]
        if copy == flat[second - count : second] and len("".join(copy)) >= _WORDY:
            return count
    return 0


def seam_lines_dropped(lines: list[OcrLine], divider: Callable[[OcrLine], bool]) -> list[OcrLine]:
    """The lines without a seam's copy: a time divider repeating the one before it, followed by
    the last lines under that one (the bubbles above the seam drawn again). An app draws no
    divider twice for one minute; a stitched capture draws it again over its copy."""
    kept = list(lines)
    flat = [_flat(line) for line in kept]
    marks = [i for i, line in enumerate(kept) if divider(line)]
    for first, second in reversed(list(pairwise(marks))):
        if count := _seam_copy(flat, first, second):
            del kept[second : second + 1 + count]
    return kept
