"""A post's comments page (朋友圈, 抖音, 微博): a post, then rows of «name: comment» or «name 回复
name: comment», each with its time, all hugging the left margin. Many people write there: each
comment's sender is the name before its colon, and the page has no single counterpart.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from evidence.ocr.base import OcrLine, on_one_row
from evidence.screens.avatars import SELF_LABEL
from evidence.screens.page_comments import footed_comments, stamped_comments
from evidence.screens.records import Message
from evidence.screens.when import SPEAKER_COLON, TRAILING_WHEN, is_time_only, iso_time, when_of

_NAME = r"[^\s：:，。！？,!?；;]{1,16}"
# «name: text», «name 回复 name: text»: the name is short and holds no sentence.
_COMMENT = re.compile(
    rf"^(?P<who>{_NAME})(?:\s*回复\s*{_NAME})?\s*{SPEAKER_COLON}\s*(?P<said>\S.*)$"
)
# A comment whose name (and time) sit on a row of their own, its words on the rows under it
# (QQ空间): «name：» alone, or with the time after it.
_NAME_ROW = re.compile(
    rf"^(?P<who>{_NAME})(?:\s*回复\s*{_NAME})?\s*{SPEAKER_COLON}\s*(?P<when>.*)$"
)
# Every row starts at the page's left margin (fractions of the width): a chat's bubbles start
# behind an avatar or hang from the right.
_MARGIN = 0.1
_COLUMN = 0.03
# A new comment is a row apart from the line above it; a comment's wrapped line is not.
_ROW_GAP = 0.6
_FOOT_GAP = 4
# A row of buttons: two to five short words and nothing else.
_BUTTONS = re.compile(r"(?:[^\s，。！？,.!?]{1,4}\s+){1,4}[^\s，。！？,.!?]{1,4}")


def _same_row(one: OcrLine, other: OcrLine) -> bool:
    return on_one_row(one, other, 0.5)


def _name_row(text: str) -> str:
    """The commenter of a row that holds only «name：» and maybe its time, else "". Such a row
    opens a comment however close it sits to the line above: no sentence wraps onto it."""
    found = _NAME_ROW.match(text.strip())
    if found is None:
        return ""
    rest = found.group("when").strip()
    return found.group("who") if not rest or is_time_only(rest) else ""


def _rows(lines: list[OcrLine], width: int) -> tuple[list[OcrLine], list[OcrLine]]:
    """(the lines at the page's left margin, the stamps OCR read apart on their rows' right)."""
    left = min((ln.box[0] for ln in lines), default=0)
    margin = [ln for ln in lines if ln.box[0] - left <= _COLUMN * width]
    stamps = [ln for ln in lines if ln not in margin and any(_same_row(ln, m) for m in margin)]
    return margin, stamps


def _foot(lines: list[OcrLine], margin: list[OcrLine]) -> list[OcrLine]:
    """The page's own buttons under the comments ("评论 转发 点赞"): off the margin, far below the
    last comment (more than `_FOOT_GAP` rows)."""
    if not margin:
        return []
    last = max(margin, key=lambda ln: ln.box[1])
    floor = last.box[1] + last.box[3] * (1 + _FOOT_GAP)
    return [
        ln
        for ln in lines
        if ln not in margin and ln.box[1] > floor and _BUTTONS.fullmatch(ln.text.strip())
    ]


def _headed(lines: list[OcrLine], width: int, anchor: date | None) -> tuple[Message, ...] | None:
    """The comments of a feed that draws each commenter's name over the words, not before a
    colon: «name time» heads, or a name row with a «time·回复» foot under the words."""
    stamped = stamped_comments(lines, width, anchor)
    return stamped if stamped is not None else footed_comments(lines, width, anchor)


def is_comments(lines: list[OcrLine], width: int) -> bool:
    """Whether the lines are a comments page: two or more «name: text» rows, each a row apart
    from the line above it, and every line at the left margin, a stamp on a row's right or the
    page's buttons far under the comments. A feed's comments under «name time» heads are one too."""
    if _headed(lines, width, None) is not None:
        return True
    if len(lines) < 3 or min(ln.box[0] for ln in lines) > _MARGIN * width:
        return False
    margin, stamps = _rows(lines, width)
    foot = _foot(lines, margin)
    if len(margin) + len(stamps) + len(foot) < len(lines):
        return False  # a bubble off the margin: a conversation
    if any(is_time_only(ln.text) for ln in margin):
        return False  # a time separator: a conversation
    # Each comment carries its own time on its row; a chat's bubbles share a separator's.
    if sum(bool(TRAILING_WHEN.search(ln.text.strip())) for ln in margin + stamps) < 2:
        return False
    starts = 0
    for above, line in itertools.pairwise(margin):
        gap = line.box[1] - (above.box[1] + above.box[3])
        if _name_row(line.text) or (
            _COMMENT.match(line.text.strip()) and gap >= _ROW_GAP * line.box[3]
        ):
            starts += 1
    return starts >= 2


def _stamped(text: str, anchor: date | None) -> tuple[str, str]:
    """(the comment without the time at its end, that time as ISO or HH:MM, or "")."""
    found = TRAILING_WHEN.search(text)
    if found is None or found.start() == 0:
        return text.strip(), ""
    day, clock = when_of(found.group(0).strip(), anchor)
    return text[: found.start()].strip(), iso_time(day, clock)


def comment_messages(lines: list[OcrLine], width: int, anchor: date | None) -> tuple[Message, ...]:
    """Each comment as a message from the name before its colon; the owner's ("我") as `out`.
    The post above the first comment and the input box under the last are nobody's comment."""
    if (headed := _headed(lines, width, anchor)) is not None:
        return headed
    margin, stamps = _rows(lines, width)
    found: list[list[str]] = []  # [sender, text, time]
    above: OcrLine | None = None
    for line in margin:
        text = line.text.strip()
        gap = line.box[1] - (above.box[1] + above.box[3]) if above is not None else 0
        match = _COMMENT.match(text)
        named = _name_row(text)
        if named or (match and (above is None or gap >= _ROW_GAP * line.box[3])):
            who = named or match.group("who")
            rest = _NAME_ROW.match(text).group("when") if named else match.group("said")
            said, when = _stamped(f"x {rest}", anchor) if named else _stamped(rest, anchor)
            said = "" if named else said
            if not when:  # the time OCR read apart, on the row's right
                beside = [s.text for s in stamps if _same_row(s, line)]
                when = _stamped(f"x {beside[0]}", anchor)[1] if beside else ""
            found.append([who, said, when])
        elif found and found[-1][0] and not found[-1][1] and text:
            found[-1][1] = _stamped(text, anchor)[0]  # the words under a name row of their own
        elif found and above is not None and gap < _ROW_GAP * line.box[3] and text:
            said, when = _stamped(text, anchor)
            found[-1][1] += said
            found[-1][2] = found[-1][2] or when
        elif found:
            found.append(["", "", ""])  # a line of its own ends the comments (the input box)
        above = line
    messages = []
    for who, said, when in found:
        if not who or not said:
            break
        mine = bool(SELF_LABEL.match(who))
        side, sender = ("out", "") if mine else ("in", who)
        messages.append(Message(side=side, text=said, sender=sender, time=when))
    return tuple(messages)
