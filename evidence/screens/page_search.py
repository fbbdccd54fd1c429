"""A chat app's search page (a chat's history searched, a contact searched).

The page's top row is the search box: a magnifier glyph (OCR reads it as "Q", "q", "🔍"), the
query typed in it, and the 取消/Cancel button at its right end. The query is only what the user
typed, never a sender, and the tabs under the box ("图片及视频 文件 链接") are the page's own.
Each result is a row: the sender's name at the left with the message's time at the right end,
the matching message under it. The rows' names say who wrote; when they all name one person the
page is that person's thread.
"""

from __future__ import annotations

import re
from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.records import Message
from evidence.screens.when import TRAILING_WHEN, iso_time, when_of

# The search box: the magnifier's glyph, the query, the cancel button at the row's end.
_SEARCH_BOX = re.compile(r"^\s*(?:[Qq🔍⌕]\s*)?(?P<query>\S.*?)\s+(?:取消|Cancel)\s*$")
# The owner's own hits in a searched history carry the owner's name or 我.
_SELF = {"我", "Me", "me"}


def _search_box(content: list[OcrLine], width: int, height: int) -> int | None:
    """The index of the search box: in the top band, reaching to the right edge."""
    for i, line in enumerate(content[:3]):
        x, y, w, _h = line.box
        if y < 0.2 * height and x + w > 0.8 * width and _SEARCH_BOX.match(line.text):
            return i
    return None


def _head(line: OcrLine, width: int) -> str:
    """A result row's head: a short name, then its time at the right edge; else ""."""
    x, _y, w, _h = line.box
    text = line.text.strip()
    match = TRAILING_WHEN.search(text)
    if match is None or x + w < 0.8 * width:
        return ""
    name = text[: match.start()].strip()
    # An avatar's initial drawn left of the name ("催 催收阿龙"): one glyph, then a blank.
    name = re.sub(r"^\S\s+(?=\S)", "", name)
    if not name or len(name) > 16 or re.search(r"[，。！？,!?]", name):
        return ""
    return name


def search_results(
    content: list[OcrLine], width: int, height: int, anchor: date | None
) -> tuple[str, tuple[Message, ...], list[str]] | None:
    """(the one sender every row names or "", each hit its sender's, the page's own lines);
    None unless the screen is a search page with a result row."""
    box = _search_box(content, width, height)
    if box is None:
        return None
    rest = content[box + 1 :]
    heads = [(i, name) for i, ln in enumerate(rest) if (name := _head(ln, width))]
    if not heads:
        return None
    own = [ln.text for ln in content[: box + 1]] + [ln.text for ln in rest[: heads[0][0]]]
    messages = []
    ends = [i for i, _n in heads[1:]] + [len(rest)]
    for (start, name), end in zip(heads, ends, strict=True):
        day, clock = when_of(rest[start].text[len(name) :], anchor)
        said = "".join(ln.text.strip() for ln in rest[start + 1 : end])
        if said:
            side = "out" if name in _SELF else "in"
            messages.append(Message(side, said, sender=name, time=iso_time(day, clock)))
    if any(re.search(r"(?:…|\.{3})$", m.text) for m in messages):
        return None  # previews cut to a line: a message list's rows, read as an inbox's
    names = {m.sender for m in messages if m.side == "in"}
    return (names.pop() if len(names) == 1 else ""), tuple(messages), own
