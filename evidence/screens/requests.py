"""A friend-request list ("新的朋友"): each row a requester, its verification line their words.

A chat app lists the requests as rows of an avatar, the requester's name with the row's button
at the right end ("接受", "已添加"), and the verification line they wrote under the name
("我是XX贷后，请通过"). The page's title is chrome, never a friend; each row's lines under the
name are a message of that requester, as a group's bubbles are each their sender's.
"""

from __future__ import annotations

import re
from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.records import Message

# A request row: maybe the avatar's initial OCR read into it, the name, the button at its end.
_ROW = re.compile(
    r"^\s*(?:(?P<badge>\S)\s+)?(?P<name>\S.*?)\s+"
    r"(?:接受|已添加|添加|同意|已同意|通过验证|已通过|查看|等待验证|已过期|已拒绝)\s*$"
)

_DOTS = re.compile(r"[•・∙⋅]")


def _row_name(line: OcrLine, width: int) -> str:
    """The requester's name when the line is a request row reaching the right edge, else ""."""
    x, _y, w, _h = line.box
    match = _ROW.match(line.text)
    if match is None or x + w < 0.8 * width:
        return ""  # a button sits at the row's right end: a sentence ending "…同意" is no row
    name, badge = match.group("name").strip(), match.group("badge")
    if badge is not None and not name.startswith(badge):
        name = f"{badge} {name}"  # no avatar initial: the first word is the name's own
    # OCR reads a name's middle dot as any of its look-alikes; the chat's title keeps "·".
    return _DOTS.sub("·", name)


def request_messages(
    content: list[OcrLine], width: int, anchor: date | None
) -> tuple[Message, ...] | None:
    """The requests' verification lines, each its requester's; None unless two rows or more."""
    rows = [(i, name) for i, ln in enumerate(content) if (name := _row_name(ln, width))]
    if len(rows) < 2:
        return None
    day = anchor.isoformat() if anchor is not None else ""
    messages = []
    ends = [i for i, _n in rows[1:]] + [len(content)]
    for (start, name), end in zip(rows, ends, strict=True):
        name_x = content[start].box[0]
        # The verification line is set in under the name, right of the avatar.
        said = [ln.text.strip() for ln in content[start + 1 : end] if ln.box[0] > name_x]
        if said:
            messages.append(Message("in", "".join(said), sender=name, time=day))
    return tuple(messages)
