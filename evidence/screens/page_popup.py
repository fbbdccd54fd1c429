"""A pop-up card over a dimmed screen (a 闪信, a class-0 SMS): its kind, the sender's number or
name, the place and time it came from, the words, a row of buttons. Nothing else on the screen
is readable: the home screen under it is dimmed.

The words are the sender's message at the card's time; the kind, the place and the buttons are
the card's own words, never a counterpart or anyone's message. What tells the card is its
geometry: every line but the buttons starts on the card's one left edge, and the card floats
below the screen's top band.
"""

from __future__ import annotations

import re
from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.records import Message
from evidence.screens.when import TRAILING_WHEN, iso_time, when_of

_SENTENCE = re.compile(r"[，。！？,!?；;…]")
_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}")
# The card floats below this share of the screen's height.
_TOP_BAND = 0.2
# The card's lines start on one edge, within this share of the width.
_EDGE = 0.03
# The card's kind ("闪信") and the place before its time are a few words at most.
_KIND_MAX, _PLACE_MAX, _NAME_MAX = 6, 12, 16


def _short(text: str, most: int) -> bool:
    stripped = text.strip()
    return 0 < len(stripped) <= most and not _SENTENCE.search(stripped)


def popup_card(
    lines: list[OcrLine], width: int, height: int, anchor: date | None
) -> tuple[tuple[Message, ...], list[str]] | None:
    """(the sender's message, the card's own lines) of a pop-up card, or None."""
    if len(lines) < 4 or lines[0].box[1] < _TOP_BAND * height:
        return None
    edge = lines[0].box[0]
    card = [ln for ln in lines if abs(ln.box[0] - edge) <= _EDGE * width]
    rest = lines[len(card) :]
    if lines[: len(card)] != card or len(rest) > 1 or len(card) < 4:
        return None  # a line off the edge before the last: no single card
    kind, sender, when_line, words = card[0], card[1], card[2], card[3:]
    # The kind is one word ("闪信"), never a label and its value ("姓名 杨敏" on a card photo).
    if re.search(r"[\d\s]", kind.text.strip()) or not _short(kind.text, _KIND_MAX):
        return None
    if not _short(sender.text, _NAME_MAX):
        return None
    when = TRAILING_WHEN.search(when_line.text.strip())
    # When it came is a clock ("12:00"), maybe after the day: a date alone is a paper's field.
    if when is None or not _CLOCK.search(when.group(0)):
        return None
    if not _short(when_line.text[: when.start()] or "-", _PLACE_MAX):
        return None
    if rest and not _short(rest[0].text, _NAME_MAX):
        return None  # the buttons under the words: a few words, no sentence
    day, clock = when_of(when.group(0), anchor)
    text = "".join(ln.text.strip() for ln in words)
    said = Message("in", text, sender.text.strip(), iso_time(day, clock))
    return (said,), [kind.text, when_line.text, *(ln.text for ln in rest)]
