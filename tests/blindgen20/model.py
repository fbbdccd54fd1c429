"""The twentieth blind set's story model: a case is one borrower's screens over some days."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime


def number_key(text: str) -> str:
    """A number as the scorer keys it: its digits, or "" when the text is a nickname."""
    digits = re.sub(r"\D", "", text)
    return digits if len(digits) >= 5 and not re.search(r"[\u4e00-\u9fffA-Za-z@]", text) else ""


@dataclass
class Msg:
    """One message: who sent it (as drawn), its whole text, when, and how it is drawn."""

    who: str
    text: str
    at: datetime
    side: str = "in"  # "in" on the left, "out" (the phone's owner) on the right
    kind: str = "bubble"  # "bubble", or "preview" when a list cuts it with "…"
    collector: bool = False
    via: str = ""  # a forwarded message's «转发自 …» header

    @property
    def quote(self) -> bool:
        return self.collector and self.kind != "preview"


@dataclass
class Call:
    """One call-log row: number (and saved name), newest first on the screen, (n) count."""

    number: str
    at: datetime
    name: str = ""
    count: int = 1
    tag: str = ""
    place: str = ""
    missed: bool = True
    video: bool = False
    collector: bool = False


@dataclass
class Screen:
    """One screenshot (or photo) as a phone saved it."""

    name: str
    skin: str
    app: str
    owner: str  # "borrower", or the contact's saved name whose phone it is
    captured: datetime
    title: str = ""
    sub: str = ""
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    paras: list[str] = field(default_factory=list)
    effects: tuple[str, ...] = ()  # photo20, fwd20, mosaic20, crop20, circle20, long20
    dark: bool = False
    battery: int = 80
    network: str = "5G"
    extra: dict = field(default_factory=dict)

    @property
    def clock(self) -> str:
        return self.captured.strftime("%H:%M")

    @property
    def statuses(self) -> list[str]:
        """Every status-bar string drawn (none when the top is cropped off)."""
        if "crop20" in self.effects or self.skin in ("paper20",):
            return []
        return [self.clock, self.network, f"{self.battery}%"]


@dataclass
class Case:
    key: str
    borrower: str
    phone: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict
    screens: list[Screen]
