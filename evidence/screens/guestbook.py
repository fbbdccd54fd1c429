"""A guestbook page (QQ 空间's 留言板, a profile's message wall): entries stacked in one column
beside their avatars, each the poster's name on a line of its own, the text under it and its
time under that. Many people write there: each entry's sender is the name over it, and the
page's title ("浩然的空间・留言板") is nobody's name, only whose page it is.
"""

from __future__ import annotations

import re
from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.avatars import SELF_LABEL
from evidence.screens.records import Message
from evidence.screens.when import is_time_only, iso_time, when_of

# Every entry's lines start in one column (a fraction of the width): a chat's bubbles hang
# from both sides, and its time separators sit in the middle.
_COLUMN = 0.03
# A poster's name: short, one word, no sentence in it.
_NAME = re.compile(r"^[^\s，。！？,!?；;：:、…]{1,16}$")
# An action the page glues at the name's row end ("回复", "删除"): one or two short words.
_ACTION = re.compile(r"^\S{1,3}(?:\s+\S{1,3})?$")
# A name is clearly shorter than the text's first line when that text wraps: a wrapped
# bubble's first line is its fullest, so a chat read as entries never passes for one.
_SHORTER = 0.75
# "浩然的空间", "阿梅的主页": the title names the page's owner before its possessive.
_OWNER = re.compile(r"^\s*([^\s的·・•\-]{1,12})的")


def _name_of(text: str) -> tuple[str, bool]:
    """(the name on an entry's first line, whether an action was glued after it), or ("", _)."""
    name, _sep, rest = text.strip().partition(" ")
    rest = rest.strip()
    if not _NAME.match(name) or is_time_only(name) or (rest and not _ACTION.match(rest)):
        return "", False
    return name, bool(rest)


def _entries(lines: list[OcrLine], width: int) -> list[tuple[str, list[str], str]] | None:
    """The page's entries as (name, text lines, time line), or None when it is no guestbook.

    Lines left of or off the column are allowed only above the first entry (a heading)."""
    times = [ln for ln in lines if is_time_only(ln.text)]
    if len(times) < 2:
        return None
    column = min(ln.box[0] for ln in times)
    if any(abs(ln.box[0] - column) > _COLUMN * width for ln in times):
        return None  # a chat's separators sit in the middle, wherever its bubbles start
    inside = [ln for ln in lines if abs(ln.box[0] - column) <= _COLUMN * width]
    if not inside or any(ln.box[1] > inside[0].box[1] for ln in lines if ln not in inside):
        return None  # a line off the column under the first entry: a bubble from the right
    entries: list[tuple[str, list[str], str]] = []
    block: list[str] = []
    for line in [*inside, None]:
        if line is not None and not is_time_only(line.text):
            block.append(line.text.strip())
            continue
        if not block and line is None:
            break
        if len(block) < 2:
            return None  # a time with no name and text over it: a chat's stamp
        entries.append((block[0], block[1:], line.text.strip() if line is not None else ""))
        block = []
    return entries


def is_guestbook(lines: list[OcrLine], width: int) -> bool:
    """Whether the lines are a guestbook: two or more timed entries in one column, each headed
    by a name of its own line, most of them plainly a name (an action glued after it, or
    shorter than the text under it)."""
    entries = _entries(lines, width)
    if entries is None or sum(bool(when) for _name, _text, when in entries) < 2:
        return False
    plain = 0
    for head, text, _when in entries:
        name, action = _name_of(head)
        if not name:
            return False
        wraps = len(text) >= 2 and len(name) <= _SHORTER * len(text[0].replace(" ", ""))
        plain += action or wraps
    return 2 * plain >= len(entries)


def guestbook_messages(
    lines: list[OcrLine], width: int, anchor: date | None, heading: str = ""
) -> tuple[Message, ...]:
    """Each entry as a message from the name over it; the page owner's own entries (the name
    the heading's possessive gives, or "我") as `out`."""
    found = _OWNER.match(heading)
    owner = found.group(1) if found else ""
    messages = []
    for head, text, when in _entries(lines, width) or ():
        name, _action = _name_of(head)
        day, clock = when_of(when, anchor) if when else (None, None)
        mine = bool(SELF_LABEL.match(name)) or name == owner
        side, sender = ("out", "") if mine else ("in", name)
        said = "".join(text)
        messages.append(Message(side=side, text=said, sender=sender, time=iso_time(day, clock)))
    return tuple(messages)
