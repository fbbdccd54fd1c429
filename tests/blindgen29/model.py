"""The pieces of a case: messages, call rows, screens, and the borrower's case."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime


def at(text: str) -> datetime:
    """«2026-11-28 21:40» or «11-28 21:40» (2026) as a datetime."""
    if text.count("-") == 1:
        text = "2026-" + text
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


def number_key(text: str) -> str:
    """A phone number's digits (no +86, no «转» extension); '' for a name."""
    head = text.split("转")[0].strip()
    if not re.fullmatch(r"[+\d\s\-()]+", head):
        return ""
    digits = re.sub(r"\D", "", head)
    return digits[2:] if head.startswith("+86") else digits


@dataclass
class Msg:
    who: str  # a number as drawn, a nickname, a contact's name, or "me"
    text: str
    at: datetime
    collector: bool = False
    quote: bool = False  # a collector's whole harassing / demanding message
    kind: str = "text"  # text, preview (cut with «…»), image (the forwarded picture)


@dataclass
class Call:
    number: str  # as drawn (spaces, dashes, +86, 转 kept)
    times: list[datetime]  # each call the row stands for
    name: str = ""  # the label drawn instead of the number (a contact's name)
    collector: bool = False
    tag: str = ""
    place: str = ""
    missed: bool = True
    dur: str = ""

    @property
    def count(self) -> int:
        return len(self.times)

    @property
    def at(self) -> datetime:
        return max(self.times)


@dataclass
class Screen:
    name: str
    skin: str
    app: str
    captured: datetime
    width: int = 1080
    height: int = 2400
    scale: float = 1.0  # system font size: 0.85 small, 1.0, 1.3 large
    title: str = ""
    sub: str = ""
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    owner: str = "me"  # whose phone: "me" or a contact's name
    wrap: str = ""  # tilt29, recomp29, editor29
    inner: Screen | None = None
    battery: int = 64
    timefmt: str = "wx"

    @property
    def dark(self) -> bool:
        return self.skin in ("iqoo29", "night29") or self.app == "qqchat29"

    @property
    def clock(self) -> str:
        return self.captured.strftime("%H:%M")

    @property
    def statuses(self) -> list[str]:
        return [self.clock, f"{self.battery}%"]


@dataclass
class Case:
    key: str
    phone: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict
    screens: list[Screen]
