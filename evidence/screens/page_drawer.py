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
from evidence.screens.when import is_time_only, iso_time, when_of

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


def drawer_cards(
    lines: list[OcrLine], anchor: date | None
) -> tuple[tuple[Message, ...], list[str]] | None:
    """(each card's message under its sender, the drawer's own lines) of a notification drawer,
    or None when the page is none: its first line must be the drawer's head, and every card a
    head line over its words."""
    if len(lines) < 3:
        return None
    head = lines[0].text.strip()
    if len(head) > _HEAD_MAX or _SENTENCE.search(head) or not _DRAWER_HEAD.search(head):
        return None
    own = [lines[0].text]
    height = median(ln.box[3] for ln in lines)
    messages: list[Message] = []
    card: tuple[str, str] | None = None
    words: list[str] = []

    def close() -> bool:
        if card is None:
            return True
        if not words:
            return False
        day, clock = when_of(card[1], anchor)
        messages.append(Message("in", "".join(words), card[0], iso_time(day, clock)))
        return True

    for index in range(1, len(lines)):
        above, line = lines[index - 1], lines[index]
        far = line.box[1] - (above.box[1] + above.box[3]) > _FOOT_GAP * height
        if far and card is not None:
            own += [ln.text for ln in lines[index:]]
            break
        if (found := _card_head(line.text)) is not None:
            if not close():
                return None
            card, words = found, []
        elif card is None:
            return None  # words under the head row but no card's head over them
        else:
            words.append(line.text.strip())
    if not close() or not messages:
        return None
    return tuple(messages), own
