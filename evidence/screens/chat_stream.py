"""A channel app's message stream (Discord-, Slack-like DMs): no bubbles and no sides. Every
message hangs under a head line that names its author and the time ("Leo_dh 23:40", "Me 09:12"),
head and words in one column right of the avatars; centred date lines split the days. The head
says who wrote, never the column: the owner's messages sit in the same column as the other's.
"""

from __future__ import annotations

import re
from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.avatars import SELF_LABEL
from evidence.screens.records import Message
from evidence.screens.when import is_time_only, iso_time, when_of

# A head: a short name (a handle or a nickname, no sentence), a blank, and the clock after it.
# A name has letters: a date before a clock ("11-18 09:00") is a list's time, never a name.
_HEAD = re.compile(
    r"^(?P<name>(?=[^\s]*[A-Za-z\u4e00-\u9fff])[^\s，。！？,!?；;：:·・•]{1,20})"
    r"\s+(?P<clock>\d{1,2}[:：]\d{2})$"
)
# Head and words start in one column: within this share of the width.
_COLUMN = 0.02
# A stream needs this many heads on the screen: one name over a line may be anything.
_MIN_HEADS = 2


def _heads(lines: list[OcrLine], width: int) -> list[int]:
    """Indices of the head lines: a name and a clock, the message's words right under it, starting
    where it starts."""
    found = []
    for index, line in enumerate(lines[:-1]):
        nxt = lines[index + 1]
        x, y, _w, h = line.box
        if not _HEAD.match(line.text.strip()) or x < 0.05 * width:
            continue
        under = 0 <= nxt.box[1] - (y + h) < h
        if under and abs(nxt.box[0] - x) <= _COLUMN * width:
            found.append(index)
    return found


def stream_messages(
    lines: list[OcrLine], width: int, anchor: date | None, group: bool
) -> tuple[Message, ...] | None:
    """The stream's messages, each its head's, dated by the date line above it; None where the
    screen is no stream (fewer than two heads, or heads in different columns)."""
    heads = _heads(lines, width)
    if len(heads) < _MIN_HEADS:
        return None
    column = lines[heads[0]].box[0]
    if any(abs(lines[i].box[0] - column) > _COLUMN * width for i in heads):
        return None
    # Under the first head every line is a head, a word of the column or a date line; the
    # input box's hint at most lies out of it. Bubbles on the owner's side say: a chat.
    stray = [
        ln
        for ln in lines[heads[0] :]
        if abs(ln.box[0] - column) > _COLUMN * width and not is_time_only(ln.text.strip())
    ]
    if len(stray) > 1:
        return None
    day = anchor.isoformat() if anchor else None
    messages: list[Message] = []
    name, clock, words = "", None, []  # the open message

    def close() -> None:
        if name and words:
            own = bool(SELF_LABEL.match(name))
            sender = name if group and not own else ""
            side = "out" if own else "in"
            messages.append(Message(side, "".join(words), sender, iso_time(day, clock)))

    for index, line in enumerate(lines):
        text = line.text.strip()
        if index in heads:
            close()
            head = _HEAD.match(text)
            name, clock, words = head["name"], head["clock"], []  # type: ignore[index]
            continue
        if is_time_only(text) and abs(line.box[0] - column) > _COLUMN * width:
            close()  # a date line between the days
            name, words = "", []
            new_day, _clock = when_of(text, anchor)
            day = new_day or day
            continue
        if name and abs(line.box[0] - column) <= _COLUMN * width:
            words.append(text)
        else:
            close()  # a line out of the column (the input box's hint): the app's own
            name, words = "", []
    close()
    return tuple(messages)
