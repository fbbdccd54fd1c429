"""A lock screen's notification stack: each card's head (the app's name and the time, one row from
the card's left edge to its right), the sender's line under it, the message under that.

The big clock and the date over the stack belong to the lock screen itself: they are never a
title, a sender or anyone's words. What tells the stack from an inbox is its geometry: a clock
drawn far larger than any text, above cards whose heads, senders and bodies share one left edge.

A watch's square or round face shows one card the same way (head "信息·08:02", sender, words,
centred buttons) or a short chat under a centred name; its clock is the face's own, never a
title or anyone's words.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.calls import first_phone
from evidence.screens.records import CallRow, Message
from evidence.screens.when import is_time_only, iso_time, when_of

# A card's head: the app's name (never a number: a list row's head starts with its number) and
# when the notification came ("微信 19:59", "信息 昨天 21:03", "短信 现在"), a dot between them
# or none ("信息·06:30": the name ends at the dot, with or without a blank after it).
_HEAD = re.compile(r"^(?P<app>[^\d\s+·•・][^\s·•・]{0,7})\s*[·•・]?\s*(?P<when>\S.*)$")
_JUST_NOW = re.compile(r"^(?:现在|刚刚|\d{1,2}\s*分钟前|now|\d{1,2}\s*m\s*ago)$", re.I)
_SENTENCE = re.compile(r"[，。！？,!?；;…]")
# A watch card's head: the app's name, a dot, the time ("信息·08:02", "短信 · 07:31").
_DOT_HEAD = re.compile(r"^(?P<app>[^\d\s+·•・][^\s·•・]{0,7})\s*[·•・]\s*(?P<when>\S.*)$")
# A watch's face is square or round: its sides within this share of each other.
_SQUARE = 0.1
# Over a watch card's head only the face's own clock and status line.
_FACE_LINES = 2
# A watch's clock, title and buttons are centred within this share of the width.
_FACE_CENTRE = 0.1
# A watch chat's title lies in this top share of the face.
_FACE_TITLE = 0.4
# A watch's button says a word or two ("回复", "清除 查看").
_BUTTON = 4
# Buttons sit this many line heights or more under the words (a wrapped line hangs closer).
_APART = 0.4
_HAN = re.compile(r"[\u3400-\u9fff]")
_WEEKDAY = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天]")
# A sender's line that is a number alone, its country code, blanks and dashes kept.
_PHONE_ALONE = re.compile(r"^\+?[\d\s-]{7,20}$")
# A phone app's card under a caller: missed calls, maybe counted ("未接来电 (2)", "2个未接来电").
MISSED_CALL_CARD = re.compile(
    r"^\s*(?:(?P<before>\d{1,2})\s*个\s*)?(?:未接来电|未接电话)\s*(?:[(（]\s*(?P<after>\d{1,2})\s*[)）])?\s*$"
)
# A phone app's card whose one line names the caller too ("未接来电 15804349276 (2)").
_MISSED_CALLER_LINE = re.compile(
    r"^\s*(?P<missed>(?:\d{1,2}\s*个\s*)?(?:未接来电|未接电话))\s*(?P<who>[^\s(（][^(（]*?)"
    r"\s*(?P<count>[(（]\s*\d{1,2}\s*[)）])?\s*$"
)
# The lock clock is drawn at least this many times taller than the notifications' text.
_CLOCK_SCALE = 2.0
# Head, sender and body start on one edge (the card's padding), within this share of the width.
_EDGE = 0.03
# Some skins draw the app's round icon before the head's name: the head then starts right of the
# card's edge by the icon and its gap, at most this many of the head's line heights.
_ICON = 2.5
# A card's time told as minutes before the lock clock ("18分钟前", "刚刚").
_MINUTES_AGO = re.compile(r"^(?:(?P<n>\d{1,2})\s*分钟前|现在|刚刚)$")


def _head_when(text: str) -> str | None:
    """The when-part of a card's head, or None when the line is no head."""
    match = _HEAD.match(text.strip())
    if match is None:
        return None
    when = match.group("when").strip()
    if is_time_only(match.group("app")):
        return None  # "11月12日 星期四": the lock screen's date, no card
    return when if is_time_only(when) or _JUST_NOW.match(when) else None


def _sender_head(text: str) -> tuple[str, str] | None:
    """(sender, when) of a card whose head names its sender after the app's name and a dot
    ("信息·16530928847 18分钟前", "微信・老公 1分钟前"): its words follow right under it."""
    match = _DOT_HEAD.match(text.strip())
    if match is None or is_time_only(match.group("app")):
        return None
    who, _blank, when = match.group("when").strip().rpartition(" ")
    if not (is_time_only(when) or _JUST_NOW.match(when)) or not _is_name(who):
        return None
    return who.strip(), when


def _is_name(text: str) -> bool:
    """A sender's line: a name or a number, its blanks not counted (a number is shown in groups
    with its country code: "+86 132 8305 1746")."""
    stripped = text.strip()
    if first_phone(stripped) and _PHONE_ALONE.match(stripped):
        return True  # a number however it is spaced ("+86 132 8305 1746")
    short = 0 < len(re.sub(r"\s+", "", stripped)) <= 16
    return short and not _SENTENCE.search(stripped) and not is_time_only(stripped)


def _lock_clock(lines: list[OcrLine], first_head: int) -> bool:
    """A time alone, drawn far larger than the text, above the first card."""
    usual = median(ln.box[3] for ln in lines)
    return any(
        is_time_only(ln.text) and ln.box[3] >= _CLOCK_SCALE * usual for ln in lines[:first_head]
    )


def notification_stack(
    lines: list[OcrLine], width: int, anchor: date | None
) -> tuple[Message, ...] | None:
    """The messages of a lock screen's notification cards (sender, text, time), or None when the
    screen is no lock screen. Every card must read as head, sender, body: else None."""
    cards = _stack_cards(lines, width, anchor)
    if cards is None:
        return None
    # A phone app's missed-call card: its caller's calls (stack_missed_calls), never words.
    said = (card for card in cards if not MISSED_CALL_CARD.match(card[1]))
    return tuple(Message("in", text, sender, when) for sender, text, when, _at in said)


def stack_missed_calls(
    lines: list[OcrLine], width: int, anchor: date | None
) -> tuple[CallRow, ...]:
    """The calls a lock screen's missed-call cards tell («未接来电 (2)» under its caller): one
    row of the caller, missed, its count the card's. A card stamped «18分钟前» is dated to the
    minute (the lock clock less those minutes), so a number's page showing that call again
    shows the same call, never one more."""
    calls: list[CallRow] = []
    for sender, text, _day, at in _stack_cards(lines, width, anchor) or []:
        if (missed := MISSED_CALL_CARD.match(text)) is None:
            continue
        count = int(missed.group("before") or missed.group("after") or 1)
        number = first_phone(sender)
        name = "" if number else sender
        calls.append(CallRow(number, name, count, "missed", at))
    return tuple(calls)


def _stack_cards(
    lines: list[OcrLine], width: int, anchor: date | None
) -> list[tuple[str, str, str, str]] | None:
    """Each notification card's (sender, words, ISO time, ISO time to the minute where the card
    counts minutes back from the lock clock), or None when the screen is no lock screen.

    A card's words keep its day alone: a message's minute is its thread's to tell."""
    heads = [
        i for i, ln in enumerate(lines) if _head_when(ln.text) is not None or _sender_head(ln.text)
    ]
    if not heads or not _lock_clock(lines, heads[0]):
        return None
    moment = _lock_moment(lines[: heads[0]], anchor)
    cards: list[tuple[str, str, str, str]] = []
    for k, index in enumerate(heads):
        head = lines[index]
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        edge = _card_edge(head, lines[index + 1 : end], width)
        card: list[OcrLine] = []
        for line in lines[index + 1 : end]:
            if abs(line.box[0] - edge) > _EDGE * width:
                break  # the card ends where its edge does ("上滑解锁", the buttons under it)
            card.append(line)
        named = _sender_head(head.text)
        caller = _missed_caller(card)
        if named is not None:
            sender, when = named  # the sender in the head: every line under it is the words
        elif caller is not None:
            sender, when, card = caller[0], _head_when(head.text) or "", [caller[1]]
        elif (titled := _titled_missed_card(card)) is not None:
            sender, when, card = titled[0], _head_when(head.text) or "", [titled[1]]
        elif len(card) < 2 or not _is_name(card[0].text):
            return None
        else:
            sender, when, card = card[0].text.strip(), _head_when(head.text) or "", card[1:]
        if not card:
            return None
        text = "".join(ln.text.strip() for ln in card)
        day = _card_time(when, anchor)
        cards.append((sender, text, day, _minutes_before(when, moment) or day))
    return cards


def _card_edge(head: OcrLine, under: list[OcrLine], width: int) -> float:
    """The card's left edge: its head's, or the line under the head where that starts left of
    it by no more than an app's icon drawn before the head's name (its sender's line)."""
    if not under:
        return head.box[0]
    shift = head.box[0] - under[0].box[0]
    return under[0].box[0] if _EDGE * width < shift <= _ICON * head.box[3] else head.box[0]


def _lock_moment(over: list[OcrLine], anchor: date | None) -> datetime | None:
    """The lock screen's own moment: its big clock and the date under it ("12月5日 星期六"),
    the capture day when no date is drawn. A weekday beside the date names its year where the
    capture day's year would give that date another weekday."""
    clock = next(
        (ln.text for ln in over if is_time_only(ln.text) and when_of(ln.text, None)[1]), ""
    )
    _day, hour = when_of(clock, None)
    dated = [
        ln.text for ln in over if when_of(ln.text, anchor)[0] and not when_of(ln.text, None)[1]
    ]
    day = when_of(dated[0], anchor)[0] if dated else (anchor.isoformat() if anchor else None)
    if dated and _WEEKDAY.search(dated[0]) and (plain := when_of(dated[0], None)[0]):
        day = plain if day is None or _weekday_of(day) != _weekday_of(plain) else day
    if hour is None or day is None:
        return None
    return datetime.fromisoformat(f"{day}T{hour}")


def _weekday_of(day: str) -> int:
    return date.fromisoformat(day).weekday()


def _minutes_before(when: str, moment: datetime | None) -> str:
    """A card's time told as minutes before the lock clock, as ISO ("" when it is told
    otherwise): the clock minus those minutes, on the lock's own day."""
    match = _MINUTES_AGO.match(when.strip())
    if match is None or moment is None:
        return ""
    return (moment - timedelta(minutes=int(match.group("n") or 0))).strftime("%Y-%m-%dT%H:%M")


def _titled_missed_card(card: list[OcrLine]) -> tuple[str, OcrLine] | None:
    """(caller, the card's title) of a phone app's card titled with the missed calls
    («未接来电 (2)») over the caller's line (its number, maybe its place: "0377-63215870 河南南阳";
    or the name the phone saved): the caller is the line under the title, never the title."""
    if len(card) != 2 or not MISSED_CALL_CARD.match(card[0].text):
        return None
    under = card[1].text.strip()
    number = first_phone(under)
    if number and not _SENTENCE.search(under):
        return number, card[0]
    return (under, card[0]) if _is_name(under) and not MISSED_CALL_CARD.match(under) else None


def _missed_caller(card: list[OcrLine]) -> tuple[str, OcrLine] | None:
    """(caller, the card's words without the caller) of a phone app's card that says in one line
    who called and how often ("未接来电 15804349276 (2)"): no sender's line over it."""
    if len(card) != 1 or (match := _MISSED_CALLER_LINE.match(card[0].text)) is None:
        return None
    who = match.group("who").strip()
    if not _is_name(who):
        return None
    words = f"{match.group('missed')} {match.group('count') or ''}".strip()
    return who, OcrLine(words, card[0].box, card[0].confidence)


def _card_time(when: str, anchor: date | None) -> str:
    """A card's time as ISO; a moment ago ("刚刚", "18分钟前") is the capture's own day."""
    day, clock = when_of(when, anchor)
    if day is None and clock is None and _JUST_NOW.match(when) and anchor is not None:
        return anchor.isoformat()
    return iso_time(day, clock)


def _card_when(text: str) -> str | None:
    """The when-part of a watch card's head ("信息·08:02"), or None when the line is none."""
    match = _DOT_HEAD.match(text.strip())
    if match is None:
        return _head_when(text)
    when = match.group("when").strip()
    return when if is_time_only(when) or _JUST_NOW.match(when) else None


def watch_card(
    lines: list[OcrLine], width: int, height: int, anchor: date | None
) -> tuple[Message, ...] | None:
    """A notification on a watch's square or round face: the face's clock (and status) over a
    head (the app, a dot, the time), the sender's line under it, then the words, lines sharing
    one left edge; the buttons under them ("清除 查看") are centred, off that edge. None when the
    screen is no such face."""
    if not lines or abs(width - height) > _SQUARE * max(width, height):
        return None
    index = next((i for i, ln in enumerate(lines) if _card_when(ln.text) is not None), None)
    if index is None or index > _FACE_LINES or index + 2 >= len(lines):
        return None
    if any(_SENTENCE.search(ln.text) for ln in lines[:index]):
        return None  # words over the head: a chat, no card
    sender, first = lines[index + 1], lines[index + 2]
    if not _is_name(sender.text):
        return None
    words = [first]
    for line in lines[index + 3 :]:
        # The words share the first line's left edge, or are centred as it is; the buttons
        # under them are a centred row of a word or two.
        centred = _centred(line, width)
        aligned = abs(line.box[0] - first.box[0]) <= _EDGE * width
        # A wrapped line hangs right under the one over it; the buttons sit apart.
        apart = line.box[1] - (words[-1].box[1] + words[-1].box[3]) > _APART * line.box[3]
        if (_buttons(line) and centred and apart) or not (
            aligned or (_centred(first, width) and centred)
        ):
            break
        words.append(line)
    day, clock = when_of(_card_when(lines[index].text) or "", anchor)
    text = "".join(ln.text.strip() for ln in words)
    return (Message("in", text, sender.text.strip(), iso_time(day, clock)),)


def _buttons(line: OcrLine) -> bool:
    """A row of a watch's buttons: a word or two of a few characters ("清除 查看", "回复")."""
    words = line.text.split()
    return (
        0 < len(words) <= 2
        and all(len(w) <= _BUTTON for w in words)
        and not (_SENTENCE.search(line.text))
    )


def _centred(line: OcrLine, width: int) -> bool:
    x, _y, w, _h = line.box
    return abs(x + w / 2 - width / 2) < _FACE_CENTRE * width


def watch_face(
    lines: list[OcrLine], width: int, height: int
) -> tuple[OcrLine, list[OcrLine]] | None:
    """A short chat on a watch's square or round face: (its title, the face's own lines). The
    face's clock is centred on top (its status maybe under it), the chat's name centred under
    them, the bubbles under that; a centred row of short buttons ("回复") may close it. The
    round face pushes the title lower than a phone's header band."""
    if len(lines) < 3 or abs(width - height) > _SQUARE * max(width, height):
        return None
    if not (is_time_only(lines[0].text) and _centred(lines[0], width)):
        return None
    index = 1
    while index < len(lines) and not _HAN.search(lines[index].text) and index <= _FACE_LINES:
        index += 1  # the status under the clock ("LTE·76%")
    if index + 1 >= len(lines):
        return None
    title = lines[index]
    if not (_centred(title, width) and _is_name(title.text)):
        return None
    if title.box[1] > _FACE_TITLE * height:
        return None
    own = lines[:index]
    last = lines[-1]
    if len(lines) > index + 2 and _centred(last, width) and _buttons(last):
        own.append(last)
    return title, own
