"""A post on a feed (朋友圈, a QQ 空间 feed): the author's name over the post's words, a foot line
with the post's time and its buttons ("08:40 评论", "3分钟前 ··"), then the comments under it,
each «name：words».

The page's title ("朋友圈") names the feed, never a person: the post is its author's words, each
comment its commenter's, and the page has no single counterpart.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.avatars import SELF_LABEL
from evidence.screens.records import Message
from evidence.screens.when import TRAILING_WHEN, is_time_only, iso_time, when_of

# The post's foot: its time, then the like/comment buttons ("08:40 评论", "昨天 21:10 ··").
_FOOT = re.compile(
    r"^(?P<when>(?:\S{0,6}\s*)?\d{1,2}[:：]\d{2}|\d{1,2}\s*(?:分钟|小时|天)前|昨天|前天)"
    r"\s*(?:评论|赞|[·•・.]{2}|删除)(?:\s*(?:评论|赞|[·•・.]{2}))*$"
)
_NAME = r"[^\s：:，。！？,!?；;]{1,16}"
# «name：words», «name 回复 name：words».
_COMMENT = re.compile(rf"^(?P<who>{_NAME})(?:\s*回复\s*{_NAME})?\s*[：:]\s*(?P<said>\S.*)$")
# A colon between two digits is a clock's ("视频通话 通话时长 01:12", a call line in a chat),
# never the one after a commenter's name.
_CLOCK_COLON = re.compile(r"\d\s*[：:]\s*\d")
_SENTENCE = re.compile(r"[，。！？,!?；;：:]")
# A one-character avatar glyph OCR read left of the author's name ("速 速借花-法务陈生").
_GLYPH = re.compile(r"^\S\s+(?=\S{2,})")
_NAME_CHARS = 16
# A line this many line heights under the comment above it is the page's bar, nobody's words.
_FOOT_GAP = 4


def _comment(text: str) -> re.Match | None:
    """«name：words», never a time whose colon splits it ("2026年4月5日 11:30", "时长01:12")."""
    match = None if is_time_only(text) else _COMMENT.match(text)
    if match is None or _CLOCK_COLON.match(text, match.end("who") - 1, match.start("said") + 1):
        return None
    return match


def _author(text: str) -> str:
    name = _GLYPH.sub("", text.strip())
    short = 0 < len(name) <= _NAME_CHARS and " " not in name
    return name if short and not _SENTENCE.search(name) else ""


def is_post_foot(text: str) -> bool:
    """A post's foot line: its time and the feed's buttons, nobody's words."""
    return bool(_FOOT.match(text.strip()))


def _foot_at(lines: list[OcrLine], index: int) -> bool:
    """Whether lines[index] is the post's foot: its time and buttons, or its time alone with a
    comment («name：words») right under it (the buttons drawn as icons OCR does not read)."""
    text = lines[index].text.strip()
    if is_post_foot(text):
        return True
    if index == 0 or index + 1 >= len(lines) or not is_time_only(text):
        return False
    # The time starts at the post's left edge, where its words start; a chat's time separators
    # are centred over the bubbles.
    line, above = lines[index], lines[index - 1]
    if abs(line.box[0] - above.box[0]) > 1.5 * line.box[3]:
        return False
    return bool(_comment(lines[index + 1].text.strip()))


def _under_author(foot: OcrLine, author: OcrLine) -> bool:
    """Whether a bare time starts at the post's margin (its name's or its words' left edge),
    as a foot does. A chat's separator is centred, and a bubble's wrapped last word over it
    («信») starts wherever the bubble does."""
    return abs(foot.box[0] - author.box[0]) <= 1.5 * foot.box[3]


def _foot_when(text: str) -> str:
    foot = _FOOT.match(text.strip())
    return foot.group("when") if foot else text


def _stamped(text: str, anchor: date | None, default: str) -> tuple[str, str]:
    """(a comment's words, its time): the time written at its end ("… 今天19:31"), else
    `default`."""
    stamp = TRAILING_WHEN.search(text)
    if stamp is None or stamp.start() == 0:
        return text, default
    day, clock = when_of(text[stamp.start() :], anchor)
    return text[: stamp.start()].rstrip(), iso_time(day or default[:10] or None, clock)


def feed_post(
    lines: list[OcrLine], anchor: date | None
) -> tuple[tuple[Message, ...], list[str]] | None:
    """(the post and its comments as messages, the page's own lines), or None when the lines
    hold no post: a name line, the post's words under it, and a foot line with its time."""
    foot = next((i for i in range(len(lines)) if _foot_at(lines, i)), None)
    if foot is None or foot < 2:
        return None
    start = next((i for i in range(foot - 2, -1, -1) if _author(lines[i].text)), None)
    if start is None:
        return None
    margin = [lines[start], min(lines[start + 1 : foot], key=lambda ln: ln.box[0])]
    if not is_post_foot(lines[foot].text) and not any(
        _under_author(lines[foot], m) for m in margin
    ):
        return None  # a chat's time separator, centred over the bubbles, under a wrapped word
    author = _author(lines[start].text)
    words = "".join(ln.text.strip() for ln in lines[start + 1 : foot])
    if not words:
        return None
    day, clock = when_of(_foot_when(lines[foot].text), anchor)
    posted = iso_time(day or (anchor.isoformat() if anchor else None), clock)
    messages = [Message("in", words, author, posted)]
    commented_on = anchor.isoformat() if anchor else ""
    own = [ln.text for ln in lines[:start]] + [lines[foot].text]
    height = median(ln.box[3] for ln in lines)
    for above, line in pairwise(lines[foot:]):
        text = line.text.strip()
        if line.box[1] - (above.box[1] + above.box[3]) > _FOOT_GAP * height:
            own += [ln.text for ln in lines[lines.index(line) :]]  # the page's bar at its foot
            break
        if match := _comment(text):
            who = match.group("who")
            side, sender = ("out", "") if SELF_LABEL.match(who) else ("in", who)
            said, when = _stamped(match.group("said"), anchor, commented_on)
            messages.append(Message(side, said, sender, when))
        elif len(messages) > 1 and text:
            last = messages[-1]  # a comment's wrapped line, maybe its time at its end
            said, when = _stamped(text, anchor, last.time)
            messages[-1] = Message(last.side, last.text + said, last.sender, when)
    return tuple(messages), own
