"""A call assistant's record of a call it took for the owner (an AI answering service): the
page's title and the caller over the call's time ("400-123-4567 · 10:21"), then the turns, each
a speaker's label and a colon before its words ("助理：您好…", "对方：…"), or a speaker's label
and the second of the call it spoke at alone on a line over its words ("小智 00:01", "来电方
00:05"): minutes and seconds into the call, rising from its first minute, not a clock.

The words after the far end's label are the caller's, the caller being the number over the
turns; the assistant's turns speak for the owner. The page's title is the app's own name for
such records, never a sender. The far end's label is the one the app gives the other side
("对方", "来电方", "Caller"); failing that, the one that does not open the call, since the
assistant picks up and speaks first. A line after the turns saying when and how long
("对方已挂断 15:32 · 通话时长 00:26") is the page's own. The record counts no call: the phone's
call log lists every call the assistant took, so the log counts them; a record's call would
either repeat a log row (its minute read apart from the row's) or add one the log shots miss.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from evidence.entities.phones import find_phones
from evidence.ocr.base import OcrLine
from evidence.screens.records import Message, ScreenRecord
from evidence.screens.when import is_time_only, iso_time, when_of

# A turn's opening: a short label (no digits, no sentence) and a colon, then the words.
_TURN = re.compile(r"^\s*(?P<who>[^\s\d，。！？,.!?：:]{1,6})\s*[：:]\s*(?P<said>\S.*)$")
_FAR_END = re.compile(r"^(?:对方|来电方|来电者|来电人|Caller|caller)$")
# A clock in the header, after the caller's number and a dot or alone.
_CLOCK = re.compile(r"(?<![\d:：])(?P<clock>\d{1,2}[:：]\d{2})\s*$")
# A turn's label alone with the offset into the call it spoke at ("小智00:01", "来电方 00:14").
_OFFSET_TURN = re.compile(
    r"^\s*(?P<who>[^\s\d，。！？,.!?：:]{1,6})\s*(?P<m>\d{1,2})[:：](?P<s>\d{2})\s*$"
)
# A line that ends on a clock or a duration: the call's end, never a turn's wrapped words.
_ENDS_ON_TIME = re.compile(r"\d{1,2}[:：]\d{2}\s*$")
_MIN_TURNS = 3
# A number heading its line in groups a phone library may not know ("0539 8261 7305 山东临沂").
_DIGITS_HEAD = re.compile(r"^\s*(\+?\d[\d \-]{5,17}\d)(?![\d:：])")
# What OCR leaves at either end of the text before the clock: the dot, a back glyph.
_LEAD = re.compile(r"^[\s<‹〈]+|[\s·•・.]+$")


def _labels(lines: list[OcrLine]) -> list[tuple[int, str, str]]:
    """(index, label, words) of each line opening a turn."""
    timed = _offset_labels(lines)
    if timed:
        return timed
    found = []
    for i, line in enumerate(lines):
        turn = _TURN.match(line.text)
        if turn is not None and not is_time_only(line.text):
            found.append((i, turn.group("who"), turn.group("said").strip()))
    return found


def _offset_labels(lines: list[OcrLine]) -> list[tuple[int, str, str]]:
    """(index, label, "") of each timed label line, when the offsets run as a call's do: from
    its first minute, never back. Else [] (a chat's «name 10:21» lines keep their clocks)."""
    found = [(i, m) for i, ln in enumerate(lines) if (m := _OFFSET_TURN.match(ln.text))]
    seconds = [int(m.group("m")) * 60 + int(m.group("s")) for _i, m in found]
    if len(found) < _MIN_TURNS or seconds[0] >= 60 or seconds != sorted(seconds):
        return []
    return [(i, m.group("who"), "") for i, m in found]


def assistant_transcript(
    lines: list[OcrLine], anchor: date | None
) -> tuple[str, tuple[Message, ...], list[str]] | None:
    """(the caller's number or name, "" when none is read; the turns as messages; the page's
    own lines) of a call assistant's record, or None when the page is no such record."""
    turns = _labels(lines)
    speakers = [who for _i, who, _said in turns]
    if len(turns) < _MIN_TURNS or len(set(speakers)) != 2 or turns[0][0] == 0:
        return None
    # Two parties taking turns: every turn's label differs from the one before it.
    timed = not turns[0][2]  # labels over the words, each at its second of the call
    if not timed and any(a == b for a, b in pairwise(speakers)):
        return None
    head = lines[: turns[0][0]]
    dated = next(((ln, m) for ln in head if (m := _CLOCK.search(ln.text))), None)
    if dated is None:
        return None  # a record always says when the call came; a thread of comments does not
    clock = dated[1].group("clock").replace("：", ":")
    far = next((who for who in speakers if _FAR_END.match(who)), None)
    far = far or next(who for who in speakers if who != speakers[0])
    caller = _caller(head)
    day = when_of(dated[0].text[: dated[1].start("clock")], anchor)[0]
    when = iso_time(day or when_of(clock, anchor)[0], when_of(clock, anchor)[1])
    messages = []
    tail: list[str] = []
    for n, (start, who, said) in enumerate(turns):
        end = turns[n + 1][0] if n + 1 < len(turns) else len(lines)
        words, above = [said] if said else [], lines[start]
        for line in lines[start + 1 : end]:
            # A turn's wrapped lines sit right under it; what sits far below is the page's own
            # (its buttons, the navigation bar), as is the line saying when the call ended.
            if tail or _far(line, above) or (timed and words and _ENDS_ON_TIME.search(line.text)):
                tail.append(line.text)
                continue
            words.append(line.text.strip())
            above = line
        side = "in" if who == far else "out"
        messages.append(Message(side, "".join(words), "", when))
    return caller, tuple(messages), [ln.text for ln in head] + tail


def _caller(head: list[OcrLine]) -> str:
    """The caller named over the turns: the number read there, else what stands before the
    call's clock on its line (a name, a number OCR half read), else "" (unknown). The page's
    heading is the app's name for such records, never the caller."""
    number = next((p[0][1] for ln in head if (p := sorted(find_phones(ln.text)))), "")
    grouped = (re.sub(r"\D", "", m.group(1)) for ln in head if (m := _DIGITS_HEAD.match(ln.text)))
    number = number or next((d for d in grouped if 10 <= len(d) <= 15), "")
    if number:
        return number
    before = (_LEAD.sub("", ln.text[: m.start()]) for ln in head if (m := _CLOCK.search(ln.text)))
    return next((name for name in before if name), "")


def _far(line: OcrLine, above: OcrLine) -> bool:
    """Whether `line` sits too far under the line above it to be the same turn's words."""
    return line.box[1] - (above.box[1] + above.box[3]) > 2 * above.box[3]


def assistant_record(
    lines: list[OcrLine], anchor: date | None, owner: str, app: str, chrome: list[str]
) -> ScreenRecord | None:
    """A call assistant's record as a screen record: the caller's thread of the turns (a number
    being a thread of texts, a name a chat), and no call rows (the call log counts the calls);
    None when the page is no such record."""
    found = assistant_transcript(lines, anchor)
    if found is None:
        return None
    caller, said, own = found
    kind = "sms_thread" if caller.isdigit() else "chat_1to1"
    return ScreenRecord(kind, app, owner, caller, said, (), chrome=(*chrome, *own))
