"""A notice centre's history (an app's 消息中心, a bank app's notices): entries one under the
other, each a time at the left edge, a heading (the sender, maybe "· its kind": "快易花·还款提醒")
and the notice's text under it.

Each entry is its sender's notice: the sender the heading names, the text the lines under it,
the time the line over it. A chat centres its time separators and draws bubbles at both sides;
here every line starts at the same left edge. What sits above the first entry (the centre's
title, its "全部已读" action) and what sits far under the last (the nav bar) is the page's own.
"""

from __future__ import annotations

import re
from datetime import date
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.calls import first_phone
from evidence.screens.page_cards import headed_cards
from evidence.screens.page_notice_groups import grouped_cards
from evidence.screens.records import Message
from evidence.screens.when import is_time_only, iso_time, when_of

# An entry's time line may name the app first ("信息·00:05", "Zalo·昨天 22:48"): the sender is
# then the heading under it, the app only the channel it came through.
_APP_TIME = re.compile(r"^\s*[^\s·•・，。]{1,12}\s*[·•・]\s*(?P<when>.+)$")
_SENTENCE = re.compile(r"[，。！？,!?；;：:]")
# A heading is a name and maybe its kind: a few words, no sentence.
_HEADING_MAX = 20
# The heading's parts: the sender, then the notice's kind after a middle dot.
_KIND_DOT = re.compile(r"\s*[·•・|｜]\s*")
# Every line of an entry starts this close to the page's left edge (a share of its width).
_LEFT = 0.2
_MIN_ENTRIES = 2
# A line this many line heights under the last entry's text is the page's foot, not its text.
_FOOT_GAP = 4


def _when_line(text: str) -> str | None:
    """The time an entry's time line gives ("11-18 09:00", "信息·00:05"), None for no such line."""
    if is_time_only(text):
        return text
    app = _APP_TIME.match(text)
    return app.group("when") if app and is_time_only(app.group("when")) else None


def _entry_starts(lines: list[OcrLine], width: int) -> list[int]:
    """Indexes of the time lines that open an entry: a time alone at the left edge, a short
    heading right under it and text under that."""
    starts = []
    for i, line in enumerate(lines[:-2]):
        heading, text = lines[i + 1].text.strip(), lines[i + 2].text.strip()
        if _when_line(line.text) is None or line.box[0] > _LEFT * width:
            continue
        if len(heading) > _HEADING_MAX or _SENTENCE.search(heading) or _when_line(heading):
            continue
        if _when_line(text):
            continue
        starts.append(i)
    return starts


def notice_history(
    lines: list[OcrLine], width: int, anchor: date | None
) -> tuple[tuple[Message, ...], list[str]] | None:
    """(each entry as its sender's message, the page's own lines) of a notice centre's history,
    or None when the page is no such list."""
    if (grouped := grouped_cards(lines, width, anchor)) is not None:
        return grouped  # a centre grouped by app: the sender after the app on each card's head
    if (cards := headed_cards(lines, width, anchor)) is not None:
        return cards  # message cards: the sender on each card's head, its time under the name
    starts = _entry_starts(lines, width)
    if len(starts) < _MIN_ENTRIES:
        return None
    # Every time at the left edge opens an entry, and nobody's words sit above the first one: a
    # guestbook or a chat stamps its entries under their text instead.
    left = [i for i, ln in enumerate(lines) if ln.box[0] <= _LEFT * width]
    times = [i for i in left if _when_line(lines[i].text) is not None]
    if times != starts or any(_SENTENCE.search(ln.text) for ln in lines[: starts[0]]):
        return None
    first, height = starts[0], median(ln.box[3] for ln in lines)
    entries = lines[first:]
    if any(ln.box[0] > _LEFT * width for ln in entries if not _far(ln, entries, height)):
        return None  # a line away from the left edge: a bubble of a chat, not a notice's text
    own = [ln.text for ln in lines[:first]]
    messages = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        block = lines[start + 2 : end]
        body = [ln for ln in block if not _far(ln, block, height)]
        own += [ln.text for ln in block if ln not in body]
        sender, *kind = _KIND_DOT.split(lines[start + 1].text.strip(), maxsplit=1)
        own += kind
        sender = first_phone(sender) or sender  # a number as the app writes it, its digits
        day, clock = when_of(_when_line(lines[start].text) or "", anchor)
        text = "".join(ln.text.strip() for ln in body)
        if text:
            messages.append(Message("in", text, sender, iso_time(day, clock)))
    return tuple(messages), own


def _far(line: OcrLine, block: list[OcrLine], height: float) -> bool:
    """Whether a line sits far under the line above it in its block (the page's foot)."""
    index = block.index(line)
    if index == 0:
        return False
    above = block[index - 1]
    return line.box[1] - (above.box[1] + above.box[3]) > _FOOT_GAP * height
