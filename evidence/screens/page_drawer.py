"""A phone's notification drawer pulled down over the screen: a head row of the drawer's own
words ("通知中心 清除全部"), then cards, each a head line (the sender, its number or name, and the
time at the card's right) over the notification's words; the buttons at the foot ("免打扰 设置")
are the drawer's too.

The head row and the buttons are the phone's, never a sender or anyone's words: each card's
words are its own sender's, like an inbox's rows.
"""

from __future__ import annotations

import re
from datetime import date
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.records import Message
from evidence.screens.when import TRAILING_WHEN, is_time_only, iso_time, when_of

# The drawer's own head: its name or its clear-all button.
_DRAWER_HEAD = re.compile(
    r"通知中心|通知栏|清除全部|全部清除|一键清除|Notifications|Clear\s*all", re.I
)
_HEAD_MAX = 20
# A card's head: who sent it (a number, spaced or dashed as the drawer draws it, or a name),
# then when ("16:20", "昨天 21:03").
_WHO_MAX = 20
_NUMBER_MARKS = re.compile(r"[\s-]")
_SENTENCE = re.compile(r"[，。！？,!?；;…]")
# The buttons at the drawer's foot lie this many line heights or more under the last card.
_FOOT_GAP = 4


def _card_head(text: str) -> tuple[str, str] | None:
    """(sender, when) of a card's head line, None when the line is no head."""
    words = text.split()
    if len(words) < 2 or _SENTENCE.search(text) or "：" in text or ":" in words[0]:
        return None
    # The shortest when that reads as a time: a number's last group ("8870 3") stays its own.
    cut = next((k for k in (1, 2) if len(words) > k and is_time_only(" ".join(words[-k:]))), 0)
    who = " ".join(words[:-cut]) if cut else ""
    if not who or len(who) > _WHO_MAX or is_time_only(who):
        return None
    when = " ".join(words[-cut:])
    number = _NUMBER_MARKS.sub("", who)
    return (number if number.isdigit() else who), when


def _bare_head(text: str) -> tuple[str, str] | None:
    """(sender, "") of a card's head that names its sender alone, no time at its right."""
    text = text.strip()
    if not text or len(text) > _WHO_MAX or _SENTENCE.search(text) or "：" in text:
        return None
    return None if is_time_only(text) else (text, "")


def drawer_parts(
    lines: list[OcrLine], anchor: date | None
) -> tuple[tuple[Message, ...], list[str], list[OcrLine]] | None:
    """(each card's message under its sender, the drawer's own lines, the lines far under its
    last card), or None when the page is no drawer: its first line must be the drawer's head,
    and every card a head line over its words.

    A drawer whose cards show no time heads each card with its sender alone; what lies far
    under the last card is the drawer's foot buttons, or the screen the drawer half covers."""
    if len(lines) < 3:
        return None
    head = lines[0].text.strip()
    if len(head) > _HEAD_MAX or _SENTENCE.search(head) or not _DRAWER_HEAD.search(head):
        return None
    # Cards that show their time all do: a short line of words is then no card's head.
    timed = any(_card_head(ln.text) is not None for ln in lines[1:])
    own = [lines[0].text]
    under: list[OcrLine] = []
    height = median(ln.box[3] for ln in lines)
    messages: list[Message] = []
    card: tuple[str, str] | None = None
    words: list[str] = []

    def close() -> bool:
        if card is None:
            return True
        if not words:
            return False
        day, clock = when_of(card[1], anchor) if card[1] else (None, None)
        time = iso_time(day, clock) if card[1] else ""
        messages.append(Message("in", "".join(words), card[0], time))
        return True

    for index in range(1, len(lines)):
        above, line = lines[index - 1], lines[index]
        far = line.box[1] - (above.box[1] + above.box[3]) > _FOOT_GAP * height
        if far and card is not None:
            under = lines[index:]
            break
        found = _card_head(line.text)
        if not timed and TRAILING_WHEN.search(line.text.strip()):
            return None  # a time on a card that shows none in its head: some other page's rows
        if found is None and not timed and (card is None or words):
            found = _bare_head(line.text)
        if found is not None:
            if not close():
                return None
            card, words = found, []
        elif card is None:
            return None  # words under the head row but no card's head over them
        else:
            words.append(line.text.strip())
    if not close() or not messages:
        return None
    return tuple(messages), own, under


def drawer_cards(
    lines: list[OcrLine], anchor: date | None
) -> tuple[tuple[Message, ...], list[str]] | None:
    """(each card's message under its sender, the drawer's own lines, its foot buttons with
    them) of a notification drawer, or None when the page is none."""
    parts = drawer_parts(lines, anchor)
    if parts is None:
        return None
    said, own, under = parts
    return said, own + [ln.text for ln in under]
