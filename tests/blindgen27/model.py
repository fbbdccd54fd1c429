"""Set 27's records: a message, a call row, a screen, a case."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime


def number_key(text: str) -> str:
    """The digits of a phone number as drawn, or "" for a name."""
    digits = re.sub(r"\D", "", text)
    return digits if len(digits) >= 7 and not re.search(r"[\u4e00-\u9fff]", text) else ""


@dataclass
class Msg:
    who: str  # "me", a number, a contact's name or a nickname
    text: str
    at: datetime
    collector: bool = False
    quote: bool = False
    kind: str = "text"  # "preview": an inbox row cut with «…»
    name: str = ""  # the name shown over a group bubble / inbox row
    app: str = ""  # the app a lock-screen banner names


@dataclass
class Call:
    """One row of a log: the calls it stands for (newest first), shown as «(n)» when n > 1."""

    number: str
    times: list[datetime]
    name: str = ""
    collector: bool = False
    tag: str = ""
    place: str = ""
    missed: bool = True

    @property
    def at(self) -> datetime:
        return max(self.times)

    @property
    def count(self) -> int:
        return len(self.times)


@dataclass
class Screen:
    name: str
    skin: str
    app: str
    captured: datetime
    title: str = ""
    sub: str = ""
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    wrap: str = ""
    inner: Screen | None = None
    owner: str = "me"
    width: int = 1080
    height: int = 2340
    extra: dict = field(default_factory=dict)

    @property
    def statuses(self) -> list[str]:
        clocks = [self.captured.strftime("%H:%M")]
        if "viewer_clock" in self.extra:
            clocks.append(self.extra["viewer_clock"])
        return clocks


@dataclass
class Case:
    key: str
    phone: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict
    screens: list[Screen]
