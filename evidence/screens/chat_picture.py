"""A picture of another phone's text thread sent inside a chat (a contact forwarding the
messages a collector sent them as a screenshot): the picture keeps its own status bar, under a
bubble of the chat, then its thread's title (the number that wrote) and that thread's
messages, drawn small. Those messages are the title's words (in a picture of the inbox, each
row's head's), never the chat's counterpart's; the picture ends where the chat's next bubble
starts, a wider gap below its last line."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from evidence.ocr.base import OcrLine
from evidence.screens.calls import call_rows, first_phone
from evidence.screens.chrome import is_status_only
from evidence.screens.fields import inbox_messages
from evidence.screens.header import centred
from evidence.screens.records import CallRow, Message
from evidence.screens.when import is_time_only, when_of
from evidence.screens.window_shot import is_status_bar

# The picture's lines are close together; the gap to the chat's next bubble is wider than this
# many of the picture's status-bar heights (its own type size).
_END_GAP = 2.0
# How long after the chat's last time over a picture it may still have been sent.
_SEND_SLACK = timedelta(hours=1)
# A thread's title: a number, or a short name with no sentence marks.
_NAME = re.compile(r"^[^\s，。！？,!?；;：:、]{1,12}$")
# An inbox's title is no sender: a picture of the inbox holds one message per row.
_LIST_TITLE = re.compile(r"^(?:信息|短信|收件箱|Inbox)$")
# A bubble's sentence: a chat's words, never a gallery viewer's title or a call log's tag line.
_SENTENCE = re.compile(r"[，。！？,!?]")
# A bubble's words without a mark ("你看看这是啥人给我发的短信"): a run of Han characters longer
# than any viewer's title or list tag.
_PLAIN_WORDS = re.compile(r"[\u3400-\u9fff]{10,}")
# A group member's avatar glyph ("爸") that OCR joined to the left of the picture's status bar.
_AVATAR_GLYPH = re.compile(r"^[\u3400-\u9fff]{1,2}\s+(?=\d)")
# A time the thread writes back from its own phone's "now" ("28分钟前", "1小时前", "刚刚").
_AGO = re.compile(r"^\s*(?:刚刚|(\d{1,2})\s*(分钟|小时)前)\s*$")
_CLOCK = re.compile(r"(?<!\d)([01]?\d|2[0-3])[:：]([0-5]\d)(?!\d)")
# The owner's reply starts more than this share of the thread's width off the sender's column.
_OWN_SHIFT = 0.2
# Two bubbles of one side stand apart by more than this share of a line's height.
_BUBBLE_GAP = 0.4
_SENTENCE_END = re.compile(r"[。！？!?…]$")


def _is_picture_bar(text: str) -> bool:
    """The picture's status bar: a clock with the battery's percent, or a clock with network
    marks and a bare number (a battery drawn as an icon holding its level, "09:01 4G 37"); in a
    group, maybe after the sender's avatar glyph ("爸 09:58 4G76%")."""
    text = _AVATAR_GLYPH.sub("", text, count=1)
    return is_status_bar(text) or is_status_only(text)


def over_picture(content: list[OcrLine]) -> list[OcrLine]:
    """The screen's lines over a phone's picture sent in the chat (its status bar under a bubble
    that speaks a sentence): the picture's own title ("通话记录") is never the chat's header."""
    for index, line in enumerate(content):
        if index and _is_picture_bar(line.text):
            above = content[:index]
            return above if any(_speaks(ln.text) for ln in above) else content
    return content


def _speaks(text: str) -> bool:
    """A bubble's words: a sentence with its marks, or a long run of words without any."""
    return bool(_SENTENCE.search(text) or _PLAIN_WORDS.search(text))


def _end(talk: list[OcrLine], index: int) -> int:
    """Index past the last line of a picture whose status bar is `talk[index]`."""
    step = _END_GAP * talk[index].box[3]
    # The line under the bar opens the picture whatever the gap: its title bar, read or not,
    # stands between them.
    end = min(index + 2, len(talk))
    while end < len(talk):
        above = talk[end - 1].box[1] + talk[end - 1].box[3]
        if talk[end].box[1] - above > step:
            break
        end += 1
    return end


def _clock_bar(
    talk: list[OcrLine], index: int, width: int, anchor: date | None
) -> tuple[int, int] | None:
    """A picture of a call log whose status bar OCR read as its clock alone ("17:59", the marks
    drawn too small): a bare clock at the bubbles' left column (a time separator is centred),
    then lines with no sentence that read as a log's rows (a number or name with its time)."""
    line = talk[index]
    if not is_time_only(line.text) or centred(line, width):
        return None
    end = _end(talk, index)
    shown = talk[index + 1 : end]
    if len(shown) < 3 or any(_SENTENCE.search(ln.text) for ln in shown):
        return None
    rows = call_rows(shown, width, anchor)
    return (index, end) if sum(bool(r.number and r.time) for r in rows) >= 2 else None


def _span(
    talk: list[OcrLine], width: int = 0, anchor: date | None = None
) -> tuple[int, int] | None:
    """(index of the picture's status bar, index past its last line), for a status bar below
    a bubble of the chat; None where the chat shows no picture of a phone's screen."""
    for index, line in enumerate(talk):
        if index == 0:
            continue
        if not _is_picture_bar(line.text):
            span = _clock_bar(talk, index, width, anchor) if width else None
            if span and any(_SENTENCE.search(ln.text) for ln in talk[:index]):
                return span  # under a bubble that speaks, like any picture
            continue
        if all(is_time_only(ln.text) for ln in talk[:index]):
            return None  # the screen's own top (a shot shown full size), not a picture
        return index, _end(talk, index)
    return None


def _title(bar: OcrLine, header: list[OcrLine]) -> str:
    """The thread's sender from the lines over its first time: the number, else the name. The
    title drawn small sits right under the picture's status bar, and OCR may join the two in one
    box ("08:40 +86 153 9370 1264 68%"): the number there is the title's."""
    for line in (bar, *header):
        if phone := first_phone(line.text):
            return phone
    name = header[0].text.strip() if header else ""
    return name if _NAME.match(name) and not _LIST_TITLE.match(name) else ""


def _bubbles(
    lines: list[OcrLine],
    anchor: date | None,
    sender: str,
    shot: datetime | None = None,
    right: int = 0,
) -> tuple[Message, ...]:
    """The thread's messages: the lines under each time joined, stamped with that time; a time
    written back from the picture's "now" ("28分钟前") counted back from `shot`.

    The picture's phone owner answered on the right: a line hanging from the picture's right
    edge (`right`), far off the sender's column, is the owner's reply (side "out"), never the
    sender's words; a change of side, or a gap under a sentence's end, closes a bubble."""
    words_at = [ln for ln in lines if not is_time_only(ln.text)]
    column = min((ln.box[0] for ln in words_at), default=0)
    messages: list[Message] = []
    stamp, words, side, last = "", [], "in", None
    for line in [*lines, None]:
        if line is not None and not is_time_only(line.text):
            here = "out" if right and _owners(line, column, right) else "in"
            if words and (here != side or _bubble_gap(last, line)):
                messages.append(
                    Message(side, "".join(words), sender if side == "in" else "", stamp)
                )
                words = []
            words.append(line.text.strip())
            side, last = here, line
            continue
        if words:
            messages.append(Message(side, "".join(words), sender if side == "in" else "", stamp))
        if line is not None:
            day, clock = when_of(line.text, anchor)
            stamp = f"{day}T{clock}" if day and clock else _ago(line.text, shot) or stamp
        words, last = [], None
    return tuple(messages)


def _owners(line: OcrLine, column: int, right: int) -> bool:
    """A line of the owner's reply: it starts far off the sender's column (more than a fifth of
    the thread's width) and ends nearer the picture's right edge than it starts to that column."""
    x, _y, w, _h = line.box
    return x - column > _OWN_SHIFT * (right - column) and right - (x + w) < x - column


def _bubble_gap(above: OcrLine | None, line: OcrLine) -> bool:
    """A gap that parts two bubbles: the line over it ends a sentence and the space between is
    more than a share of a line's height (a bubble's wrapped lines touch)."""
    if above is None or not _SENTENCE_END.search(above.text.strip()):
        return False
    return line.box[1] - (above.box[1] + above.box[3]) > _BUBBLE_GAP * line.box[3]


def _ago(text: str, shot: datetime | None) -> str:
    """A time written back from the picture's now ("28分钟前"): that long before it was taken
    (`shot`); "" for any other time."""
    match = _AGO.match(text)
    if match is None or shot is None:
        return ""
    amount = int(match.group(1) or 0)
    back = timedelta(hours=amount) if match.group(2) == "小时" else timedelta(minutes=amount)
    return (shot - back).isoformat(timespec="minutes")


def _taken_at(bar: str, sent: str, anchor: date | None) -> datetime | None:
    """When the picture was taken: its own status bar's clock ("爸 09:58 4G76%") on the day it
    was sent in the chat (the capture's day when the chat dates nothing over it), a day earlier
    where that clock would fall well after the sending (a shot from the evening before)."""
    clock = _CLOCK.search(_AVATAR_GLYPH.sub("", bar, count=1))
    try:
        sending = datetime.fromisoformat(sent) if len(sent) >= 16 else None
    except ValueError:
        sending = None
    day = sending.date() if sending else anchor
    if clock is None or day is None:
        return None
    taken = datetime(day.year, day.month, day.day, int(clock.group(1)), int(clock.group(2)))
    if sending is not None and taken - sending > _SEND_SLACK:
        taken -= timedelta(days=1)
    return taken


def _sent_at(above: list[OcrLine], anchor: date | None) -> str:
    """When the picture was sent: the last full time ("dayTclock") over it in the chat."""
    sent = ""
    for line in above:
        if is_time_only(line.text):
            day, clock = when_of(line.text, anchor)
            sent = f"{day}T{clock}" if day and clock else sent
    return sent


def _before(stamp: str, sent: str) -> str:
    """A picture's stamp read on the chat's day ("今天23:21"), moved back a day where that would
    put it well after the picture was sent (07:20): the picture's "today" was an earlier day.
    Within the slack it stands: the chat writes a time over a run of bubbles, not each one."""
    try:
        late = datetime.fromisoformat(stamp) - datetime.fromisoformat(sent)
    except ValueError:
        return stamp  # a day alone, or nothing known of when the picture was sent
    if len(stamp) < 16 or late <= _SEND_SLACK:
        return stamp
    day = date.fromisoformat(stamp[:10]) - timedelta(days=1)
    return f"{day.isoformat()}{stamp[10:]}"


def shown_thread(
    talk: list[OcrLine], anchor: date | None, width: int, one_to_one: bool = True
) -> tuple[list[OcrLine], tuple[Message, ...], tuple[CallRow, ...]]:
    """(the chat's own lines, the messages of a thread shown in a picture inside it, each with
    the thread's sender, the rows of a call log shown so). The lines as they are, and no
    messages or rows, where no such picture is."""
    # In a group only a picture of a thread that a number wrote, or of a call log under its own
    # status bar, is read: its other pictures (a call log that a bare clock opens, an inbox)
    # stay its members' posts.
    span = _span(talk, width if one_to_one else 0, anchor)
    if span is None:
        return talk, (), ()
    start, end = span
    shown = talk[start + 1 : end]
    own = [*talk[:start], *talk[end:]]
    sent = _sent_at(talk[:start], anchor)
    first = next((i for i, ln in enumerate(shown) if is_time_only(ln.text)), None)
    if not any(_SENTENCE.search(ln.text) for ln in shown):
        # A picture of a call log (its rows' times beside their heads, a day heading or tag lines
        # among them, no sentence anywhere): each row the calls of the phone it was taken on.
        rows = call_rows(shown, width, anchor)
        if sum(bool(row.number and row.time) for row in rows) >= (1 if one_to_one else 2):
            return own, (), tuple(replace(r, time=_before(r.time, sent)) for r in rows)
    sender = _title(talk[start], shown[:first]) if first is not None else ""
    if not one_to_one and not first_phone(sender):
        return talk, (), ()
    if not sender:
        # A picture of the inbox (its title, or only its tabs, over the rows): each row is
        # its head's message, as on the inbox itself; a row headed by a number says so.
        rows = tuple(m for m in inbox_messages(shown, anchor) if m.sender)
        return (own, rows, ()) if any(first_phone(m.sender) for m in rows) else (talk, (), ())
    bar = talk[start]
    taken = _taken_at(bar.text, sent, anchor)
    bubbles = _bubbles(shown[first:], anchor, sender, taken, bar.box[0] + bar.box[2])
    # The owner's replies: in a one-to-one chat the counterpart who sent the picture of their
    # own thread; in a group, whoever posted it is unknown here, so they are left out.
    said = tuple(
        replace(m, sender=sender if m.side == "in" else "", side="in", time=_before(m.time, sent))
        for m in bubbles
        if m.side == "in" or one_to_one
    )
    return own, said, ()
