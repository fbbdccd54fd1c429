"""A lock screen's notification stack: each card's head (the app's name and the time, one row from
the card's left edge to its right), the sender's line under it, the message under that.

The big clock and the date over the stack belong to the lock screen itself: they are never a
title, a sender or anyone's words. What tells the stack from an inbox is its geometry: a clock
drawn far larger than any text, above cards whose heads, senders and bodies share one left edge.
"""

from __future__ import annotations

import re
from datetime import date
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.records import Message
from evidence.screens.when import is_time_only, iso_time, when_of

# A card's head: the app's name (never a number: a list row's head starts with its number) and
# when the notification came ("微信 19:59", "信息 昨天 21:03", "短信 现在").
_HEAD = re.compile(r"^(?P<app>[^\d\s+]\S{0,7})\s*(?P<when>\S.*)$")
_JUST_NOW = re.compile(r"^(?:现在|刚刚|\d{1,2}\s*分钟前|now|\d{1,2}\s*m\s*ago)$", re.I)
_SENTENCE = re.compile(r"[，。！？,!?；;…]")
# The lock clock is drawn at least this many times taller than the notifications' text.
_CLOCK_SCALE = 2.0
# Head, sender and body start on one edge (the card's padding), within this share of the width.
_EDGE = 0.03


def _head_when(text: str) -> str | None:
    """The when-part of a card's head, or None when the line is no head."""
    match = _HEAD.match(text.strip())
    if match is None:
        return None
    when = match.group("when").strip()
    if is_time_only(match.group("app")):
        return None  # "11月12日 星期四": the lock screen's date, no card
    return when if is_time_only(when) or _JUST_NOW.match(when) else None


def _is_name(text: str) -> bool:
    stripped = text.strip()
    return 0 < len(stripped) <= 16 and not _SENTENCE.search(stripped) and not is_time_only(stripped)


def _lock_clock(lines: list[OcrLine], first_head: int) -> bool:
    """A time alone, drawn far larger than the text, above the first card."""
    usual = median(ln.box[3] for ln in lines)
    return any(
        is_time_only(ln.text) and ln.box[3] >= _CLOCK_SCALE * usual for ln in lines[:first_head]
    )


def notification_stack(
    lines: list[OcrLine], width: int, anchor: date | None
) -> tuple[Message, ...] | None:
    """The messages of a lock screen's notification cards (sender, text, time), or None when the
    screen is no lock screen. Every card must read as head, sender, body: else None."""
    heads = [i for i, ln in enumerate(lines) if _head_when(ln.text) is not None]
    if not heads or not _lock_clock(lines, heads[0]):
        return None
    messages: list[Message] = []
    for k, index in enumerate(heads):
        head = lines[index]
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        card: list[OcrLine] = []
        for line in lines[index + 1 : end]:
            if abs(line.box[0] - head.box[0]) > _EDGE * width:
                break  # the card ends where its edge does ("上滑解锁", the buttons under it)
            card.append(line)
        if len(card) < 2 or not _is_name(card[0].text):
            return None
        day, clock = when_of(_head_when(head.text) or "", anchor)
        text = "".join(ln.text.strip() for ln in card[1:])
        sender = card[0].text.strip()
        messages.append(Message("in", text, sender, iso_time(day, clock)))
    return tuple(messages)
