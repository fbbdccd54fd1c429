"""A news or video feed's comments (头条, 抖音, 快手): each comment opens with a head row, the
avatar's glyph, the commenter's name and its time ("还 还钱吧陈建华 14分钟前"), and its words sit on
the rows right under the head, indented past the avatar, with no colon. The post above the first
head and the page's buttons far under the last comment are nobody's comment.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

from evidence.ocr.base import OcrLine
from evidence.screens.avatars import SELF_LABEL
from evidence.screens.records import Message
from evidence.screens.when import TRAILING_WHEN, is_time_only, iso_time, when_of

_NAME = r"[^\s：:，。！？,!?；;、]{1,16}"
# An optional avatar glyph, then the name: a short run without a sentence in it.
_HEAD_NAME = re.compile(rf"^(?:\S\s+)?(?P<who>{_NAME})$")
# A feed's relative stamp ("14分钟前", "3小时前", "2天前", "刚刚").
_AGO = re.compile(r"\s*(?:刚刚|(?P<count>\d{1,2})\s*(?P<unit>分钟|小时|天)前)$")
# A comment's words start under its name (fractions of the width): never left of its head.
_COLUMN = 0.03
# A comment's next line (a wrapped one) sits this close under the one above (line heights).
_NEXT_LINE = 1.0


def _stamp_day(found: re.Match[str], anchor: date | None) -> str:
    if anchor is None:
        return ""
    if found.group("unit") == "天":
        return (anchor - timedelta(days=int(found.group("count")))).isoformat()
    return anchor.isoformat()  # minutes or hours ago: the day the page was captured


def _head(text: str, anchor: date | None) -> tuple[str, str] | None:
    """(name, time) of a comment's head row, or None when the line is no head."""
    text = text.strip()
    ago, clock = _AGO.search(text), TRAILING_WHEN.search(text)
    found = ago or clock
    if found is None or found.start() == 0:
        return None
    name = _HEAD_NAME.match(text[: found.start()].strip())
    if name is None:
        return None
    if ago is not None:
        return name.group("who"), _stamp_day(ago, anchor)
    day, hour = when_of(found.group(0).strip(), anchor)
    return name.group("who"), iso_time(day, hour)


def _follows(line: OcrLine, above: OcrLine) -> bool:
    gap = line.box[1] - (above.box[1] + above.box[3])
    return gap < _NEXT_LINE * line.box[3]


def stamped_comments(
    lines: list[OcrLine], width: int, anchor: date | None
) -> tuple[Message, ...] | None:
    """Each comment as a message from the name on its head row, or None when the lines are not
    two or more heads, each with its words right under it in one column."""
    heads = [(i, found) for i, ln in enumerate(lines) if (found := _head(ln.text, anchor))]
    if len(heads) < 2:
        return None
    messages: list[Message] = []
    column: int | None = None
    for n, (index, (who, when)) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        words: list[str] = []
        above = lines[index]
        for line in lines[index + 1 : end]:
            if not _follows(line, above):
                break  # a line far below: the page's own buttons, never a comment's words
            column = line.box[0] if column is None else column
            slack = _COLUMN * width
            if abs(line.box[0] - column) > slack or line.box[0] < lines[index].box[0] - slack:
                return None  # words out of the column: bubbles of a conversation
            words.append(line.text.strip())
            above = line
        if not words or (n + 1 < len(heads) and len(words) != end - index - 1):
            return None  # a head without words, or stray lines between comments
        mine = bool(SELF_LABEL.match(who))
        side, sender = ("out", "") if mine else ("in", who)
        messages.append(Message(side=side, text="".join(words), sender=sender, time=when))
    return tuple(messages)


# A comment's foot: its time and the reply button under its words ("20:11·回复", "昨天 20:30 回复").
_REPLY_FOOT = re.compile(r"^(?P<when>.+?)\s*[·•・]?\s*回复$")


def _foot_when(text: str, anchor: date | None) -> str | None:
    """The time of a comment's foot row (ISO, the capture's day when it shows a clock alone), or
    None when the line is no foot."""
    found = _REPLY_FOOT.match(text.strip())
    if found is None:
        return None
    return _when_of(found.group("when").strip(), anchor)


def _when_of(when: str, anchor: date | None) -> str | None:
    """The ISO time of a foot's stamp, or None when the text is no stamp alone."""
    if ago := _AGO.fullmatch(when):
        return _stamp_day(ago, anchor)
    if not is_time_only(when):
        return None
    day, clock = when_of(when, anchor)
    return iso_time(day or (anchor.isoformat() if anchor else None), clock)


def _named_block(block: list[OcrLine], column: int, slack: float) -> tuple[str, str] | None:
    """(name, words) of the lines over a comment's foot: the first name-shaped line at or left
    of the words' column (an avatar glyph may stand before the name) whose lines under it, down
    to the foot, are the words, one under the other in that column. A title or the post above
    the first comment stands off that column."""
    for k, line in enumerate(block[:-1]):
        name = _HEAD_NAME.match(line.text.strip())
        if name is None or line.box[0] > column + slack:
            continue
        words = block[k + 1 :]
        in_column = all(abs(w.box[0] - column) <= slack for w in words)
        if in_column and all(_follows(w, a) for a, w in pairwise([line, *words])):
            return name.group("who"), "".join(w.text.strip() for w in words)
    return None


def _bare_feet(lines: list[OcrLine], width: int, anchor: date | None) -> list[tuple[int, str]]:
    """A feed that draws each comment's time alone under its words, no reply button beside it
    ("今天 16:02"): the stamps at one left edge in the page's left half, never centred as a
    chat's separators are. [] when fewer than two such stamps share an edge."""
    found = [
        (i, ln, when)
        for i, ln in enumerate(lines)
        if ln.box[0] < 0.4 * width
        and abs(ln.box[0] + ln.box[2] / 2 - width / 2) > 0.15 * width
        and (when := _when_of(ln.text.strip(), anchor)) is not None
    ]
    # The largest set of stamps at one edge (a status bar's clock stands off it).
    slack = _COLUMN * width
    best = max(
        ([f for f in found if abs(f[1].box[0] - edge[1].box[0]) <= slack] for edge in found),
        key=len,
        default=[],
    )
    return [(i, when) for i, _ln, when in best] if len(best) >= 2 else []


def footed_comments(
    lines: list[OcrLine], width: int, anchor: date | None
) -> tuple[Message, ...] | None:
    """Each comment as a message from the name over its words, dated by its foot row («20:11·
    回复», the time and the reply button, under the words), or None when the lines hold fewer
    than two such comments. A comment starts right after the foot of the one above."""
    feet = [(i, when) for i, ln in enumerate(lines) if (when := _foot_when(ln.text, anchor))]
    feet = feet if len(feet) >= 2 else _bare_feet(lines, width, anchor)
    if len(feet) < 2:
        return None
    messages: list[Message] = []
    start = 0
    for index, when in feet:
        foot = lines[index]
        found = _named_block(lines[start:index], foot.box[0], _COLUMN * width)
        if found is None:
            return None
        who, said = found
        mine = bool(SELF_LABEL.match(who))
        messages.append(Message("out" if mine else "in", said, "" if mine else who, when))
        start = index + 1
    return tuple(messages)


__all__ = ["footed_comments", "stamped_comments"]
