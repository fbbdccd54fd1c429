"""What a case of set 25 holds: screens, and on each the words, calls and papers drawn."""

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
    """One thing said: a bubble, an SMS, a banner line or a cut inbox preview."""

    who: str  # "me" for the phone's owner, else the sender as drawn
    text: str
    at: datetime
    kind: str = "bubble"  # bubble, sms, preview, voice
    stamp: str = ""  # a time divider drawn above it
    collector: bool = False

    @property
    def quote(self) -> bool:
        return self.collector and self.kind in ("bubble", "sms", "voice")


@dataclass
class Call:
    """One call-log row: number or saved name, count "(n)", tag, place and SIM."""

    number: str
    at: datetime
    stamp: str
    count: int = 1
    name: str = ""
    tag: str = ""
    place: str = ""
    sim: str = ""
    day: str = ""  # the group it sits under: 今天 / 昨天 / 更早
    missed: bool = True
    collector: bool = False


@dataclass
class Screen:
    name: str
    app: str
    skin: str
    owner: str  # "borrower" or the relative whose phone it is
    captured: datetime
    title: str
    size: tuple[int, int] = (390, 844)
    scale: float = 3
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    wrap: str = ""  # fwd25 (holds a relative's picture), crop25, photo25 (a phone photographed)
    inner: Screen | None = None
    group: bool = False
    notice: str = ""  # a group's 公告
    dark: bool = False

    @property
    def clock(self) -> str:
        return self.captured.strftime("%H:%M")

    @property
    def battery(self) -> str:
        return f"{31 + (self.captured.minute * 7) % 64}%"

    @property
    def statuses(self) -> list[str]:
        if self.wrap == "crop25" or self.app in ("paper25",):
            return []
        return [self.clock, self.battery]


@dataclass
class Case:
    key: str
    phone: str
    borrower: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict[str, float]
    screens: list[Screen]
