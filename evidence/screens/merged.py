"""A merged-forward chat record ("张三和李四的聊天记录"): a page of messages, each under a line with
its sender's name and time, every one on the same side.

The title names the two parties the record was cut from: it is no one's name, no counterpart.
Each message is its name line's sender's; the line giving the span of days is the page's own.
An exported history ("与「张三」的聊天记录") heads the owner's messages with "我": those are out,
and its title names the one other party: the record's counterpart.
"""

from __future__ import annotations

import re
from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.avatars import SELF_LABEL
from evidence.screens.records import Message
from evidence.screens.when import TRAILING_WHEN, is_time_only, iso_time, when_of

# The record's title as the chat apps write it ("A和B的聊天记录", "群聊的聊天记录", "Chat History").
RECORD_TITLE = re.compile(r"\S的聊天记录$|^Chat History(?: for .+)?$", re.I)
_SENTENCE = re.compile(r"[，。！？,!?；;…]")
# An avatar's initial before the name ("贷 贷后-陈主管"): one character, the name's own first.
_INITIAL = re.compile(r"^(\S)\s+(?=\1)")
# A span of days ("2026-11-11至2026-11-12"): the record's dates, never a sender.
_SPAN_JOIN = re.compile(r"\s*(?:至|到|~|～|—|-)\s*")
# An exported history's title: the history "with" one other party ("与「张三」的聊天记录",
# "与张三的聊天记录", "Chat History with 张三"), a back glyph or a page's name before it.
_WITH_ONE = re.compile(
    r"(?:^|\s|^\W)与\s*[「『“\"]?(?P<name>[^「」『』“”\"\s]{1,20}?)[」』”\"]?\s*的聊天记录$"
    r"|^\W?\s*Chat History with (?P<en>\S.{0,19})$",
    re.I,
)
# A month-day OCR glued to the clock after it ("11-1121:15" for "11-11 21:15").
_GLUED_DAY = re.compile(r"^(\d{1,2}[-/]\d{2})(?=\d{1,2}[:：]\d{2}$)")


def _name_line(text: str) -> tuple[str, str] | None:
    """(name, when) of a message's head line: a short name and its time at the right."""
    text = _INITIAL.sub("", text.strip())
    when = TRAILING_WHEN.search(text)
    if when is None:
        return None
    name = text[: when.start()].strip()
    if not name or len(name) > 16 or _SENTENCE.search(name):
        return None
    if is_time_only(_SPAN_JOIN.sub(" ", text)) or is_time_only(name):
        return None  # a date or a span of dates, no one's name
    return name, _GLUED_DAY.sub(r"\1 ", when.group(0).strip())


def merged_record(lines: list[OcrLine], anchor: date | None) -> tuple[Message, ...] | None:
    """The messages of a merged-forward chat record, or None when the page is no such record:
    its title must come first and name lines must head the messages under it."""
    first = next(
        (i for i, ln in enumerate(lines[:3]) if RECORD_TITLE.search(ln.text.strip())), None
    )
    if first is None:
        return None
    messages: list[Message] = []
    head: tuple[str, str] | None = None
    said: list[str] = []

    def close() -> None:
        if head is not None and said:
            day, clock = when_of(head[1], anchor)
            own = bool(SELF_LABEL.match(head[0]))
            side, sender = ("out", "") if own else ("in", head[0])
            messages.append(Message(side, "".join(said), sender, iso_time(day, clock)))

    for line in lines[first + 1 :]:
        found = _name_line(line.text)
        if found is not None:
            close()
            head, said = found, []
        elif head is not None:
            said.append(line.text.strip())
    close()
    return tuple(messages) if messages else None


def record_counterpart(lines: list[OcrLine]) -> str:
    """The one other party an exported history is with, as its title names them ("与「张三」的聊天
    记录": 张三); "" for a merged record of two parties or a group ("张三和李四的聊天记录")."""
    for line in lines[:3]:
        found = _WITH_ONE.search(line.text.strip())
        if found is not None:
            return (found["name"] or found["en"] or "").strip()
    return ""
