"""A post on a feed (朋友圈, a QQ 空间 feed): the author's name over the post's words, a foot line
with the post's time and its buttons ("08:40 评论", "3分钟前 ··"), then the comments under it,
each «name：words».

The page's title ("朋友圈") names the feed, never a person: the post is its author's words, each
comment its commenter's, and the page has no single counterpart.
"""

from __future__ import annotations

import re
from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.avatars import SELF_LABEL
from evidence.screens.records import Message
from evidence.screens.when import iso_time, when_of

# The post's foot: its time, then the like/comment buttons ("08:40 评论", "昨天 21:10 ··").
_FOOT = re.compile(
    r"^(?P<when>(?:\S{0,6}\s*)?\d{1,2}[:：]\d{2}|\d{1,2}\s*(?:分钟|小时|天)前|昨天|前天)"
    r"\s*(?:评论|赞|[·•・.]{2}|删除)(?:\s*(?:评论|赞|[·•・.]{2}))*$"
)
_NAME = r"[^\s：:，。！？,!?；;]{1,16}"
# «name：words», «name 回复 name：words».
_COMMENT = re.compile(rf"^(?P<who>{_NAME})(?:\s*回复\s*{_NAME})?\s*[：:]\s*(?P<said>\S.*)$")
_SENTENCE = re.compile(r"[，。！？,!?；;：:]")
# A one-character avatar glyph OCR read left of the author's name ("速 速借花-法务陈生").
_GLYPH = re.compile(r"^\S\s+(?=\S{2,})")
_NAME_CHARS = 16


def _author(text: str) -> str:
    name = _GLYPH.sub("", text.strip())
    short = 0 < len(name) <= _NAME_CHARS and " " not in name
    return name if short and not _SENTENCE.search(name) else ""


def is_post_foot(text: str) -> bool:
    """A post's foot line: its time and the feed's buttons, nobody's words."""
    return bool(_FOOT.match(text.strip()))


def feed_post(
    lines: list[OcrLine], anchor: date | None
) -> tuple[tuple[Message, ...], list[str]] | None:
    """(the post and its comments as messages, the page's own lines), or None when the lines
    hold no post: a name line, the post's words under it, and a foot line with its time."""
    foot = next((i for i, ln in enumerate(lines) if is_post_foot(ln.text)), None)
    if foot is None or foot < 2:
        return None
    start = next((i for i in range(foot - 2, -1, -1) if _author(lines[i].text)), None)
    if start is None:
        return None
    author = _author(lines[start].text)
    words = "".join(ln.text.strip() for ln in lines[start + 1 : foot])
    if not words:
        return None
    day, clock = when_of(_FOOT.match(lines[foot].text.strip()).group("when"), anchor)
    posted = iso_time(day or (anchor.isoformat() if anchor else None), clock)
    messages = [Message("in", words, author, posted)]
    commented_on = anchor.isoformat() if anchor else ""
    for line in lines[foot + 1 :]:
        text = line.text.strip()
        if match := _COMMENT.match(text):
            who = match.group("who")
            side, sender = ("out", "") if SELF_LABEL.match(who) else ("in", who)
            messages.append(Message(side, match.group("said"), sender, commented_on))
        elif len(messages) > 1 and text:
            last = messages[-1]  # a comment's wrapped line
            messages[-1] = Message(last.side, last.text + text, last.sender, last.time)
    own = [ln.text for ln in lines[:start]] + [lines[foot].text]
    return tuple(messages), own
