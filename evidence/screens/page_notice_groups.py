"""A notification centre that groups its cards by app: each card's head names the app, then
after a middle dot the sender, then the time ("QQ·湘A法务处理中心 昨天上午11:02"), the text under.

The app before the dot is only the channel the notice came through; the sender is the name after
it ("信息·16507364482": a text from that number). A card whose sender is the app itself
("好享借·好享借") is the app's own notice. The centre's title over the first card and its buttons
far under the last are the page's own words.
"""

from __future__ import annotations

import re
from datetime import date
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.calls import first_phone
from evidence.screens.records import Message
from evidence.screens.when import TRAILING_WHEN, is_time_only, iso_time, when_of

# The head before its time: an app's name, a middle dot, the sender.
_HEAD = re.compile(
    r"^\s*(?P<app>[^\s·•・，。：:]{1,12})\s*[·•・]\s*(?P<who>[^\s·•・，。！？：:][^·•・，。！？：:]{0,23})$"
)
_SENTENCE = re.compile(r"[，。！？,!?；;]")
# Every card starts this close to the page's left edge (a share of its width).
_LEFT = 0.2
_MIN_CARDS = 2
# A line this many line heights under the card's text above it is the page's foot.
_FOOT_GAP = 4


def _head(line: OcrLine, width: int) -> tuple[str, str, str] | None:
    """(app, sender, time) a card's head line gives, None when the line is no head."""
    text = line.text.strip()
    when = TRAILING_WHEN.search(text)
    if when is None or when.start() == 0 or line.box[0] > _LEFT * width:
        return None
    if not is_time_only(text[when.start() :]):
        return None
    match = _HEAD.match(text[: when.start()].strip())
    if match is None:
        return None
    return match.group("app"), match.group("who").strip(), text[when.start() :].strip()


def grouped_cards(
    lines: list[OcrLine], width: int, anchor: date | None
) -> tuple[tuple[Message, ...], list[str]] | None:
    """(each card as its sender's message, the page's own lines) of a notification centre
    grouped by app, or None when the page is no such list."""
    heads = {i: head for i, ln in enumerate(lines) if (head := _head(ln, width)) is not None}
    if len(heads) < _MIN_CARDS:
        return None
    starts = sorted(heads)
    # Nobody's words sit above the first card: only the centre's title.
    if any(_SENTENCE.search(ln.text) for ln in lines[: starts[0]]):
        return None
    height = median(ln.box[3] for ln in lines)
    own = [ln.text for ln in lines[: starts[0]]]
    messages = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        body: list[OcrLine] = []
        for line in lines[start + 1 : end]:
            above = body[-1] if body else lines[start]
            if line.box[1] - (above.box[1] + above.box[3]) > _FOOT_GAP * height:
                own += [ln.text for ln in lines[lines.index(line) : end]]
                break
            body.append(line)
        app, who, when = heads[start]
        if app != who:
            own.append(app)  # the channel, nobody's name (unless the app wrote it itself)
        text = "".join(ln.text.strip() for ln in body)
        if text:
            sender = first_phone(who) or who  # a number as the app writes it, its digits
            messages.append(Message("in", text, sender, iso_time(*when_of(when, anchor))))
    return (tuple(messages), own) if messages else None
