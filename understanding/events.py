"""Contact events (pure): one call or message, or a call-log row standing for several.

Kept apart from the readers that make them (understanding.text_events from OCR text,
understanding.screen_events from parsed screen records) so both, and the role guesses built on
them, import it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

NIGHT_START, NIGHT_END = 22, 8  # 22:00 to 08:00 counts as night-time


@dataclass(frozen=True)
class ContactEvent:
    """One call or message (or a call-log row standing for `count` of them)."""

    sender: str  # digits of a phone, or a chat's title
    kind: str  # "call" | "message"
    day: str  # ISO date, "" when not known
    time: str  # HH:MM, "" when not known
    count: int
    exhibit: str
    # What the screen showed, for telling one row or message seen on two overlapping screenshots
    # ("" when read from plain text: such events are never merged).
    key: str = field(default="", compare=False)

    @property
    def phone(self) -> str:
        """Whose phone showed it ("borrower", "friend", …): the key's first field, "" when none."""
        return self.key.split("|", 1)[0] if self.key else ""

    @property
    def night(self) -> bool:
        """Between 22:00 and 08:00."""
        if not self.time:
            return False
        hour = int(self.time[:2])
        return hour >= NIGHT_START or hour < NIGHT_END


@dataclass
class Seen:
    """Everything one exhibit (or the whole case) shows about one sender."""

    sender: str
    is_number: bool
    events: list[ContactEvent] = field(default_factory=list)
    exhibits: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    title_of: list[str] = field(default_factory=list)  # kinds of chat it is the title of
    # The borrower's own people: a name the phone has saved, or whose phone a screenshot is from.
    contact: str = ""  # "" | "saved" | "owner"
    words: list[tuple[str, str]] = field(default_factory=list)  # (whole message, exhibit)
    # A service channel's plain notices ("放款成功", a bill due): messages it sent, never conduct.
    notices: list[ContactEvent] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # the names the phone saved this number as
    # Texts that name this number without being its own words: a message asking to call it
    # back, a paper giving it as the number to contact.
    named_in: list[str] = field(default_factory=list)
    # It posted in a group chat (named over its bubbles there): its words reached the group.
    in_group: bool = False

    def merge(self, other: Seen) -> None:
        """Add what `other` (the same sender on another exhibit) shows."""
        self.events.extend(other.events)
        self.exhibits.extend(e for e in other.exhibits if e not in self.exhibits)
        self.labels.extend(other.labels)
        self.context.extend(other.context)
        self.title_of.extend(other.title_of)
        self.contact = self.contact or other.contact
        self.words.extend(w for w in other.words if w not in self.words)
        self.notices.extend(other.notices)
        self.names.extend(n for n in other.names if n not in self.names)
        self.named_in.extend(t for t in other.named_in if t not in self.named_in)
        self.in_group = self.in_group or other.in_group


def is_iso(text: str) -> bool:
    """True for an ISO date (YYYY-MM-DD)."""
    try:
        date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return True


def fold_senders(
    events: list[ContactEvent], merged: dict[str, Seen], alias: dict[str, str]
) -> tuple[list[ContactEvent], dict[str, Seen]]:
    """Fold each sender of `alias` into the sender it names: its events, notices and words move
    over, and the case's events are renamed, so one person is counted once. A name `alias`
    gives that nobody holds yet is the sender renamed (one spelling of a name)."""
    if not alias:
        return events, merged
    for twin, kept in alias.items():
        entry = merged.pop(twin)
        entry.events = [replace(e, sender=kept) for e in entry.events]
        entry.notices = [replace(e, sender=kept) for e in entry.notices]
        merged.setdefault(kept, Seen(kept, entry.is_number)).merge(entry)
    renamed = [replace(e, sender=alias[e.sender]) if e.sender in alias else e for e in events]
    return renamed, merged
