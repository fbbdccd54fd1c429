"""What set 28 draws, as data: messages, call events, screens and cases."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime


def number_key(text: str) -> str:
    """A phone number's digits (7 or more), else "" for a nickname."""
    digits = re.sub(r"\D", "", text)
    return digits if len(digits) >= 7 and not re.search(r"[\u4e00-\u9fff]", text) else ""


def at(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


@dataclass
class Msg:
    """One thing said. who: "me" (the screen's owner), a contact's name or a collector's key."""

    who: str
    text: str
    at: datetime
    quote: bool = True  # a collector's whole harassing line (ignored for anyone else)
    shown: str = ""  # the name drawn beside the bubble, when not who
    kind: str = "bubble"  # bubble | preview | sys | pic | banner
    collector: bool = False


@dataclass
class Call:
    """A call-log row: one number's calls folded into one row (count = len(events))."""

    number: str
    events: list[datetime]
    name: str = ""
    tag: str = ""
    place: str = ""
    kind: str = "missed"  # missed | in | out
    collector: bool = False

    @property
    def count(self) -> int:
        return len(self.events)

    @property
    def at(self) -> datetime:
        return max(self.events)


@dataclass
class Screen:
    name: str
    skin: str
    app: str
    captured: datetime
    owner: str = "me"  # whose phone: "me" or a contact's name
    wrap: str = ""
    title: str = ""
    sub: str = ""
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    inner: Screen | None = None
    clock: str = "rel"  # how the page writes times

    @property
    def statuses(self) -> list[str]:
        return [self.captured.strftime("%H:%M"), f"{self.extra.get('battery', 64)}%"]


@dataclass
class Case:
    key: str
    phone: str
    borrower: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict
    screens: list[Screen]
