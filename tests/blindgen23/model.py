"""What one case holds: its screens, and on each the words, calls and chrome it draws."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime


def number_key(text: str) -> str:
    """A phone number's digits (7 or more), else "" for a nickname."""
    digits = re.sub(r"\D", "", text)
    return digits if len(digits) >= 7 and not re.search(r"[\u4e00-\u9fff]", text) else ""


@dataclass
class Msg:
    """One thing said: a bubble, an SMS, a call line or a notice (kind says which)."""

    who: str  # "me" for the phone's owner, else the sender as drawn
    text: str
    at: datetime
    kind: str = "bubble"  # bubble, sms, callline, preview, notice, poster
    collector: bool = False
    stamp: str = ""  # a time divider drawn over it, as the phone prints it

    @property
    def quote(self) -> bool:
        return self.collector and self.kind in ("bubble", "sms")


@dataclass
class Call:
    """One call-log row: a number (or saved name), its count "(n)" and tag."""

    number: str
    at: datetime
    stamp: str
    count: int = 1
    name: str = ""
    tag: str = ""
    place: str = ""
    collector: bool = False


@dataclass
class Screen:
    name: str
    app: str
    skin: str
    owner: str  # "borrower" or the contact whose phone it is
    captured: datetime
    title: str
    size: tuple[int, int]
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # cards, papers, fields: drawn as is
    wrap: str = ""  # fwdpic23, photo23, long23, ring23, crop23
    inner: Screen | None = None  # a screenshot sent as a picture inside this chat
    group: bool = False
    dark: bool = False

    @property
    def clock(self) -> str:
        return self.captured.strftime("%H:%M")

    @property
    def statuses(self) -> list[str]:
        if self.wrap == "crop23" or self.app in ("idcard23", "letter23"):
            return []
        return [self.clock, f"{40 + self.captured.minute % 55}%"]


@dataclass
class Case:
    key: str
    phone: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict[str, float]
    screens: list[Screen]
