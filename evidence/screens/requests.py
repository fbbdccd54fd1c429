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
from evidence.screens.when import is_time_only, iso_time, when_of

# A request row: maybe the avatar's initial OCR read into it, the name, the button at its end.
_ROW = re.compile(
    r"^\s*(?:(?P<badge>\S)\s+)?(?P<name>\S.*?)\s+"
    r"(?:接受|已添加|添加|同意|已同意|通过验证|已通过|查看|等待验证|已过期|已拒绝)\s*$"
)

_DOTS = re.compile(r"[•・∙⋅]")
# The row's second button (decline), at the right end of a line under the name: OCR glues it
# to the note's line it sits level with ("…佰欠款逾 拒绝").
_DECLINE = re.compile(r"\s*(?:拒绝|忽略|Decline|Ignore)\s*$", re.I)
# WeChat Work's chip after an external requester's name: the platform's, never the name's.
_CHIP = re.compile(r"\s*[@＠]\s*(?:微信|企业微信|WeChat)\s*$", re.I)


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
    return _DOTS.sub("·", _CHIP.sub("", name))


def _declined(line: OcrLine, width: int) -> bool:
    """Whether the line ends in the row's decline button, at the screen's right end."""
    x, _y, w, _h = line.box
    return x + w > 0.8 * width and bool(_DECLINE.search(line.text))


def request_messages(
    content: list[OcrLine], width: int, anchor: date | None
) -> tuple[Message, ...] | None:
    """The requests' verification lines, each its requester's; None unless two rows or more."""
    rows = [(i, name) for i, ln in enumerate(content) if (name := _row_name(ln, width))]
    # One row is a request when its decline button sits under its accept button (an approval
    # page of one); else two rows at least, as a bubble may end in a button's word.
    ends = [i for i, _n in rows[1:]] + [len(content)]
    one = len(rows) == 1 and any(_declined(ln, width) for ln in content[rows[0][0] + 1 : ends[0]])
    if len(rows) < 2 and not one:
        return None
    day = anchor.isoformat() if anchor is not None else ""
    messages = []
    for (start, name), end in zip(rows, ends, strict=True):
        name_x = content[start].box[0]
        # The verification line is set in under the name, right of the avatar; the request's
        # time under it is the row's, never its words.
        lines = [ln for ln in content[start + 1 : end] if ln.box[0] > name_x]
        said = [
            _DECLINE.sub("", ln.text.strip()) if _declined(ln, width) else ln.text.strip()
            for ln in lines
            if not is_time_only(ln.text)
        ]
        when = next((ln.text for ln in lines if is_time_only(ln.text)), "")
        at = iso_time(*when_of(when, anchor)) if when else day
        if said:
            messages.append(Message("in", "".join(said), sender=name, time=at))
    return tuple(messages)
