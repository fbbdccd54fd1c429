"""Who called or wrote on a screenshot, from its parsed screen record (layout-aware), if kept."""

from __future__ import annotations

from dataclasses import dataclass

from casefile.model import EvidenceItem
from evidence.entities.phones import _find_phones
from evidence.screens.records import ScreenRecord

# Screens whose record says who spoke or called; others fall back to reading the text.
_PARSED_KINDS = ("chat_1to1", "group_chat", "sms_thread", "call_log", "id_card", "bill")


@dataclass(frozen=True)
class RecordContact:
    """One call row or incoming message of a screen record, ready to become a contact event."""

    sender: str
    is_number: bool
    kind: str  # "call" | "message"
    day: str
    time: str
    count: int
    label: str  # the phone's tag (疑似催收), "" when none
    context: str  # the row or the whole message, for the role guess
    is_title: bool  # the sender is the chat's counterpart


def record_of(item: EvidenceItem) -> ScreenRecord | None:
    """The screen record kept with an exhibit's entities at intake, if any."""
    entities = item.extra.get("entities") if isinstance(item.extra, dict) else None
    data = entities.get("screen") if isinstance(entities, dict) else None
    return ScreenRecord.from_json(data) if isinstance(data, dict) else None


def _split(when: str) -> tuple[str, str]:
    if "T" in when:
        day, clock = when.split("T", 1)
        return day, clock
    return ("", when) if ":" in when else (when, "")


def _sender(name: str) -> tuple[str, bool]:
    found = _find_phones(name)
    return (found[0][1], True) if found else (name, False)


def record_contacts(item: EvidenceItem) -> list[RecordContact] | None:
    """Calls and incoming messages of one exhibit's record; None when its text must be read."""
    record = record_of(item)
    if record is None or record.kind not in _PARSED_KINDS:
        return None
    contacts: list[RecordContact] = []
    if record.kind == "call_log":
        for row in record.calls:
            sender, is_number = (row.number, True) if row.number else (row.name, False)
            if sender:
                day, clock = _split(row.time)
                context = " ".join(filter(None, (sender, row.tag, row.direction)))
                contacts.append(
                    RecordContact(
                        sender, is_number, "call", day, clock, row.count, row.tag, context, False
                    )
                )
        return contacts
    counterpart = _sender(record.counterpart)[0]
    # Only the counterpart's (incoming) messages are contacts; the borrower's replies are not.
    for message in record.messages:
        if message.side != "in":
            continue
        who = message.sender if record.kind == "group_chat" and message.sender else ""
        sender, is_number = _sender(who or record.counterpart)
        if sender:
            day, clock = _split(message.time)
            contacts.append(
                RecordContact(
                    sender,
                    is_number,
                    "message",
                    day,
                    clock,
                    1,
                    "",
                    message.text,
                    sender == counterpart,
                )
            )
    return contacts
