"""A chat's bubbles: wrapped lines grouped by geometry, side by the bubble's column, nicknames.

A bubble's text is left-aligned inside it, so every line of one bubble starts at the same x. The
counterpart's bubbles hang from the left column (beside the avatars), the owner's from the right
one; a short bubble says its side by its margins alone, a full-width wrapped one only by which
column its first line starts at. A group nickname sits right above its own bubble, a little left
of the bubble's text, and is never part of the bubble before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.calls import first_phone
from evidence.screens.records import Message
from evidence.screens.when import is_time_only, iso_time, when_of

# Fractions of the screen width. A wrapped line starts within this of its bubble's first line.
_WRAP_DX = 0.02
# ... or up to this much right of it: a leading "一" or "“" leaves blank space before its stroke.
_LATE_DX = 0.035
# A nickname starts left of its bubble's text by about the bubble's padding.
_NICK_DX = (0.008, 0.07)
# A first line whose left and right margins differ this much is a short bubble: its side is plain.
_CLEAR = 0.05
# A full-width bubble is the counterpart's when it starts within this of the left column.
_COLUMN = 0.015
_OPENERS = frozenset("【「『“‘《〈（([")
_SENTENCE = re.compile(r"[，。！？,!?；;]")


@dataclass
class _Block:
    """One bubble: its lines, the nickname above it, the time of the separator above it, its side
    (set by a nickname above it, else by _sides)."""

    lines: list[OcrLine]
    sender: str = ""
    time: str = ""
    side: str = ""
    texts: list[str] = field(default_factory=list)

    @property
    def bottom(self) -> int:
        _x, y, _w, h = self.lines[-1].box
        return y + h


def _margins(block: _Block, width: int) -> tuple[float, float]:
    """(left margin of the first line, smallest right margin of any line), as width fractions."""
    left = block.lines[0].box[0] / width
    right = min(width - (x + w) for (x, _y, w, _h) in (ln.box for ln in block.lines)) / width
    return left, right


def _is_separator(line: OcrLine, width: int) -> bool:
    x, _y, w, _h = line.box
    return is_time_only(line.text.strip()) and abs(x + w / 2 - width / 2) < 0.2 * width


def _nick_side(line: OcrLine, nxt: OcrLine | None, width: int) -> str:
    """`in` for a group member's name right above their bubble, slightly left of its text; `out`
    for the owner's own name drawn the same way on the right (some skins show it); else ""."""
    if nxt is None:
        return ""
    x, y, w, h = line.box
    nx, ny, nw, nh = nxt.box
    text = line.text.strip()
    short = len(text.replace(" ", "")) <= 16 or bool(first_phone(text))
    # Nickname to bubble is a bubble's padding apart; two bubbles are farther apart than that.
    above = 0 < ny - (y + h) < nh and ny > y + 0.5 * h
    if not (short and above and not _SENTENCE.search(text) and w < 0.6 * width):
        return ""
    smaller = h < 0.85 * nh
    shift = (nx - x) / width  # how far right of the name its bubble's text starts
    if x < 0.35 * width and (
        _NICK_DX[0] <= shift <= _NICK_DX[1] or (smaller and 0 <= shift <= _NICK_DX[1])
    ):
        return "in"
    mirrored = ((x + w) - (nx + nw)) / width
    if width - (x + w) < 0.35 * width and (
        _NICK_DX[0] <= mirrored <= _NICK_DX[1] or (smaller and 0 <= mirrored <= _NICK_DX[1])
    ):
        return "out"
    return ""


def _follows(block: _Block | None, line: OcrLine, width: int) -> bool:
    """Whether `line` wraps on from `block`: same start, right under its last line."""
    if block is None:
        return False
    x, y, _w, h = line.box
    first = block.lines[0]
    shift = (x - first.box[0]) / width
    # A line opening with "一" or a quote starts its box late; an opening bracket on the first line
    # ("【平台】") starts the first box late. Either way the starts still agree within a glyph.
    late_first = first.text.lstrip()[:1] in _OPENERS
    same_start = -(2 if late_first else 1) * _WRAP_DX < shift < _LATE_DX
    return same_start and y - block.bottom < 0.75 * h


def _blocks(lines: list[OcrLine], width: int, anchor: date | None, group: bool) -> list[_Block]:
    """Bubbles in reading order, each with its nickname (groups) and the time above it."""
    day, clock = (anchor.isoformat() if anchor else None), None
    blocks: list[_Block] = []
    current: _Block | None = None
    nick, nick_side = "", ""
    for index, line in enumerate(lines):
        text = line.text.strip()
        if _is_separator(line, width):
            new_day, new_clock = when_of(text, anchor)
            day, clock = new_day or day, new_clock
            current, nick, nick_side = None, "", ""
            continue
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        side = _nick_side(line, nxt, width) if group else ""
        if side:
            current, nick, nick_side = None, text, side
            continue
        if not nick_side and _follows(current, line, width):
            current.lines.append(line)  # type: ignore[union-attr]
            current.texts.append(text)  # type: ignore[union-attr]
            continue
        sender = nick if nick_side == "in" else ""
        current = _Block([line], sender, iso_time(day, clock), nick_side, [text])
        nick, nick_side = "", ""
        blocks.append(current)
    return blocks


def _sides(blocks: list[_Block], width: int) -> None:
    """Set each block's side: plain for short bubbles, by the left column for full-width ones."""
    margins = [_margins(b, width) for b in blocks]
    plain_in = [
        left
        for b, (left, right) in zip(blocks, margins, strict=True)
        if b.side == "in" or (not b.side and right - left > _CLEAR)
    ]
    in_column = median(plain_in) if plain_in else None
    for block, (left, right) in zip(blocks, margins, strict=True):
        if block.side:
            continue  # a nickname above it said whose it is
        if right - left > _CLEAR:
            block.side = "in"
        elif left - right > _CLEAR:
            block.side = "out"
        elif in_column is not None:
            # The owner's widest bubble still starts right of the counterpart's column.
            block.side = "in" if left <= in_column + _COLUMN else "out"
        else:
            block.side = "in" if left <= right else "out"


def chat_messages(
    lines: list[OcrLine], width: int, anchor: date | None, group: bool
) -> tuple[Message, ...]:
    """Bubbles by side, wraps joined, group senders above bubbles, times from separators."""
    blocks = _blocks(lines, width, anchor, group)
    _sides(blocks, width)
    return tuple(
        Message(
            side=b.side,
            text="".join(b.texts),
            sender=b.sender if b.side == "in" else "",
            time=b.time,
        )
        for b in blocks
    )
