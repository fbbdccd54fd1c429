"""A page of message cards (a work app's urgent-notice list, a DING-like 我收到的 page): each card
opens with a head row, the sender's avatar glyph, the sender's name and maybe a tag at the right
("贷 贷后部-陈主管 电话DING"), its time alone under the name, and the card's words under that,
running the card's full width from its left margin. A line far under the words (the card's foot:
"1人未确认 确认收到", its buttons) is the page's own.

Each card is its sender's message. The page's title and tabs over the first card are the page's
own too: they name the page, never a counterpart. A chat's group member's bubble hangs beside
the avatar, indented at the name's column; a card's words start left of the name, under the
avatar, so a chat never reads as cards.
"""

from __future__ import annotations

import re
from datetime import date
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.calls import first_phone
from evidence.screens.records import Message
from evidence.screens.when import is_time_only, iso_time, when_of

# The avatar's glyph OCR reads before the name ("贷 贷后部-陈主管").
_GLYPH = re.compile(r"^[\u3400-\u9fff]$")
# A sender's name: short, one word, no sentence in it.
_NAME = re.compile(r"^[^\s，。！？,!?；;：:、…]{1,16}$")
# A tag at the head's right end ("电话DING", "紧急"): a short word or two.
_TAG_MAX = 8
_MIN_CARDS = 2
# The time sits right under the name: less than this many line heights between them.
_UNDER = 1.0
# The card's words start left of the time's column by more than this share of the width.
_MARGIN = 0.04
# Cards hang from the page's left margin: the head starts within this share of the width, its
# time (under the name) within the next; an owner's bubble and its stamp hang from the right.
_HEAD_LEFT = 0.2
_TIME_LEFT = 0.35
# A line more than this many line heights under the card's words is its foot.
_FOOT_GAP = 1.5


def _head_name(text: str) -> tuple[str, list[str]] | None:
    """(the name a card's head gives, its tags), None when the line reads as no head."""
    words = text.split()
    if len(words) >= 2 and _GLYPH.match(words[0]):
        words = words[1:]
    if not words or not _NAME.match(words[0]) or is_time_only(words[0]):
        return None
    tags = words[1:]
    if len(tags) > 2 or any(len(tag) > _TAG_MAX for tag in tags):
        return None
    return words[0], tags


def _starts(lines: list[OcrLine], width: int) -> list[int]:
    """Indexes of the heads: a name line with a time alone right under it, off to its right
    (past the avatar), and under that a line starting left of the time (the card's words)."""
    found = []
    for i, line in enumerate(lines[:-2]):
        when, words = lines[i + 1], lines[i + 2]
        if _head_name(line.text) is None or not is_time_only(when.text):
            continue
        gap = when.box[1] - (line.box[1] + line.box[3])
        if gap > _UNDER * when.box[3] or not line.box[0] < when.box[0] < _TIME_LEFT * width:
            continue
        if line.box[0] > _HEAD_LEFT * width:
            continue
        if is_time_only(words.text) or words.box[0] > when.box[0] - _MARGIN * width:
            continue
        found.append(i)
    return found


def headed_cards(
    lines: list[OcrLine], width: int, anchor: date | None
) -> tuple[tuple[Message, ...], list[str]] | None:
    """(each card as its sender's message, the page's own lines) of a page of message cards,
    or None when the page is no such list."""
    starts = _starts(lines, width)
    if len(starts) < _MIN_CARDS:
        return None
    height = median(ln.box[3] for ln in lines)
    own = [ln.text for ln in lines[: starts[0]]]
    messages = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        body: list[OcrLine] = []
        for index in range(start + 2, end):
            line = lines[index]
            above = body[-1] if body else lines[start + 1]
            if body and line.box[1] - (above.box[1] + above.box[3]) > _FOOT_GAP * height:
                own += [ln.text for ln in lines[index:end]]
                break
            body.append(line)
        head = _head_name(lines[start].text)
        name, tags = head if head is not None else ("", [])
        own += tags
        text = "".join(ln.text.strip() for ln in body)
        if text:
            sender = first_phone(name) or name  # a number as the app writes it, its digits
            when = iso_time(*when_of(lines[start + 1].text, anchor))
            messages.append(Message("in", text, sender, when))
    return (tuple(messages), own) if messages else None
