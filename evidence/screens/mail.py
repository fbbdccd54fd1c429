"""An email client's pages: the inbox (rows of sender, subject, preview) and an opened mail.

An opened mail names its sender on the 发件人 line; the subject above it and the 收件人 / 时间 lines
are the page's own words, nobody's message; the body under them is the sender's, a paragraph per
message (a paragraph ends where a wider gap than a wrapped line's begins).
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.records import Message
from evidence.screens.when import iso_time, when_of

_FROM = re.compile(r"^\s*(?:发件人|发信人|From)\s*[:：]\s*(?P<who>.*)$", re.I)
# The other header lines of an opened mail: whom it went to, when, copies.
_HEADER = re.compile(
    r"^\s*(?:收件人|收信人|抄送|密送|时\s*间|日\s*期|发送时间|To|Cc|Date)\s*[:：]", re.I
)
_TIME_LINE = re.compile(r"^\s*(?:时\s*间|日\s*期|发送时间|Date)\s*[:：]", re.I)
_ATTACHMENT = re.compile(r"^\s*(?:附件|Attachment)", re.I)
_ADDRESS = re.compile(r"<?[\w.+-]+@[\w.-]+>?")
# A gap this many line heights or more between two lines starts a new paragraph.
_PARAGRAPH_GAP = 0.6


def _sender(text: str) -> str:
    """The name on a 发件人 line, without its address; the address when no name is shown."""
    who = _FROM.match(text)
    raw = who.group("who").strip() if who else ""
    name = _ADDRESS.sub("", raw).strip(" <>\"'")
    if name:
        return name
    address = _ADDRESS.search(raw)
    return address.group(0).strip("<>") if address else ""


def opened_mail(
    lines: list[OcrLine], anchor: date | None
) -> tuple[str, tuple[Message, ...], list[str]] | None:
    """(sender, the body's paragraphs as their messages, the page's own lines) of an opened mail,
    or None when no 发件人 line names a sender."""
    start = next((i for i, ln in enumerate(lines) if _FROM.match(ln.text)), None)
    if start is None or not (sender := _sender(lines[start].text)):
        return None
    own = [ln.text for ln in lines[: start + 1]]  # the subject and the 发件人 line
    when = ""
    body: list[OcrLine] = []
    for line in lines[start + 1 :]:
        if _HEADER.match(line.text) and not body:
            own.append(line.text)
            if _TIME_LINE.match(line.text):
                when = iso_time(*when_of(line.text, anchor))
        elif _ATTACHMENT.match(line.text):
            own.append(line.text)
        else:
            body.append(line)
    if not body:
        return sender, (), own
    gap = _PARAGRAPH_GAP * median(ln.box[3] for ln in body)
    paragraphs: list[str] = [body[0].text.strip()]
    for above, line in pairwise(body):
        if line.box[1] - (above.box[1] + above.box[3]) > gap:
            paragraphs.append("")
        paragraphs[-1] += line.text.strip()
    messages = tuple(Message("in", text, "", when) for text in paragraphs if text)
    return sender, messages, own
