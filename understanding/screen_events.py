"""Who called or wrote on a screenshot, read from its parsed screen record (layout, not keywords).

The record (evidence.screens, kept in the exhibit's `entities["screen"]`) already says which
lines are chrome, which side a bubble is on and which row is a call. From it:
- call-log rows are calls of their number (or saved name), with their "(n)" count and the tag;
- a 1:1 chat's or SMS thread's incoming messages belong to its counterpart (the header), a
  group's to the sender named above the bubble, an inbox row's to its head;
- outgoing messages are the phone owner's and never anyone's contact event;
- a screenshot from a relative's phone makes that relative a contact; the calls and messages
  on it still count (they are how the relative was reached).
An exhibit without a usable record returns None and is read from its text instead.
"""

from __future__ import annotations

import re
from typing import Any

from evidence.entities.phones import _find_phones, phone_digits
from evidence.screens.records import ScreenRecord
from understanding.events import ContactEvent, Seen

SCREEN_KEY = "screen"  # the key of the parsed record in an exhibit's entities (evidence.intake)
_CHATS = ("chat_1to1", "sms_thread")
_PAPERS = ("id_card", "bill", "document")
_OWNER_WORDS = {"relative": "亲属", "colleague": "同事", "friend": "朋友"}
_PHONE_LIKE = re.compile(r"^[\d\s+\-()（）]{5,}$")


def record_json(item: Any) -> dict | None:
    """The parsed screen record (JSON) kept with an exhibit, if any."""
    entities = getattr(item, "entities", None)
    if not isinstance(entities, dict):
        extra = getattr(item, "extra", None)
        entities = extra.get("entities") if isinstance(extra, dict) else None
    record = entities.get(SCREEN_KEY) if isinstance(entities, dict) else None
    return dict(record) if isinstance(record, dict) else None


def record_of(item: Any) -> ScreenRecord | None:
    """The exhibit's parsed screen record as a ScreenRecord, if one is kept."""
    data = record_json(item)
    try:
        return ScreenRecord.from_json(data) if data else None
    except TypeError:  # a record kept by an older parser with other fields: read the text
        return None


def sender_of(name: str) -> tuple[str, bool]:
    """(the number table's key, is it a number) of a header, a row head or a group sender."""
    text = name.strip()
    found = sorted(_find_phones(text))
    if found and (_PHONE_LIKE.match(text) or found[0][0][0] == 0):
        return found[0][1], True
    if _PHONE_LIKE.match(text) and len(phone_digits(text)) >= 5:
        return phone_digits(text), True
    return text, False


def _split(when: str) -> tuple[str, str]:
    if "T" in when:
        day, clock = when.split("T", 1)
        return day, clock
    return ("", when) if ":" in when else (when, "")


def usable(record: ScreenRecord) -> bool:
    """Whether the record says who called or wrote (or that nobody did: a paper)."""
    if record.kind in _PAPERS:
        return True
    if record.kind == "call_log":
        return any(row.number or row.name for row in record.calls)
    if record.kind in _CHATS:
        return bool(record.counterpart) and any(m.side == "in" for m in record.messages)
    if record.kind in ("group_chat", "sms_list"):
        return any(m.side == "in" and m.sender for m in record.messages)
    return False


def record_events(item: Any) -> tuple[list[ContactEvent], dict[str, Seen]] | None:
    """Contact events of one exhibit from its record; None when its text must be read instead."""
    record = record_of(item)
    if record is None or not usable(record):
        return None
    data = record_json(item) or {}
    exhibit = getattr(item, "id", "") or ""
    owner = record.owner or "borrower"
    events: list[ContactEvent] = []
    seen: dict[str, Seen] = {}

    def note(sender: str, is_number: bool) -> Seen:
        entry = seen.setdefault(sender, Seen(sender, is_number))
        if exhibit not in entry.exhibits:
            entry.exhibits.append(exhibit)
        return entry

    if owner != "borrower":
        # Forwarded from someone's phone: that person is one of the borrower's own contacts.
        name = str(data.get("owner_name") or "").strip() or _OWNER_WORDS.get(owner, owner)
        note(name, False).contact = "owner"
    for row in record.calls:
        sender, is_number = (row.number, True) if row.number else sender_of(row.name)
        if not sender:
            continue
        entry = note(sender, is_number)
        if not row.number and not is_number:
            entry.contact = entry.contact or "saved"  # the phone shows a name it has saved
        entry.labels.extend([row.tag] if row.tag else [])
        entry.context.append(" ".join(filter(None, (row.tag, row.direction, row.ring))))
        if row.direction == "outgoing":
            continue  # the owner called them: not a contact by them
        day, clock = _split(row.time)
        key = f"{owner}|call|{sender}|{row.time}|{row.count}"
        event = ContactEvent(sender, "call", day, clock, max(row.count, 1), exhibit, key)
        entry.events.append(event)
        events.append(event)
    counterpart = ""
    if record.kind in _CHATS and record.counterpart:
        counterpart, is_number = sender_of(record.counterpart)
        note(counterpart, is_number).title_of.append(record.kind)
    for message in record.messages:
        if message.side != "in":
            continue  # the phone owner's own words
        who = message.sender if record.kind in ("group_chat", "sms_list") else counterpart
        if not who:
            continue
        sender, is_number = sender_of(who)
        entry = note(sender, is_number)
        entry.context.append(message.text)
        entry.words.append((message.text, exhibit))
        for _span, mentioned in _find_phones(message.text):
            # "请回电 4001234567" or "你妈妈的电话 139…": a number named, not one that wrote. It
            # reaches the table (a 400 line is the platform's), but the words are not its own.
            if mentioned != sender:
                note(mentioned, True)
        day, clock = _split(message.time)
        key = f"{owner}|message|{sender}|{message.time}|{message.text}"
        event = ContactEvent(sender, "message", day, clock, 1, exhibit, key)
        entry.events.append(event)
        events.append(event)
    return events, seen
