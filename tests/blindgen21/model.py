"""What a blindgen21 case holds: screens, and on them messages and call rows with their truth."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Msg:
    who: str  # a number, a nickname, a contact's saved name, or "me" (the screen's owner)
    text: str
    at: datetime
    collector: bool = False
    preview: bool = False  # an inbox line cut by "…": drawn only in part, never a quote


@dataclass
class Call:
    number: str
    at: datetime
    count: int = 1
    name: str = ""  # a saved name (a contact, or a remark like 催收-勿接)
    tag: str = ""  # 归属地 and a crowd tag, drawn beside the row
    collector: bool = False


@dataclass
class Screen:
    name: str
    skin: str
    app: str
    owner: str  # "borrower" or a contact's saved name: whose phone this is
    captured: datetime
    title: str = ""
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    post: tuple[str, ...] = ()  # Pillow steps after the SVG: "forward", "crop", "mark", "photo"
    battery: int = 80

    @property
    def clock(self) -> str:
        return self.captured.strftime("%H:%M")

    @property
    def statuses(self) -> list[str]:
        """Status-bar strings drawn (none where the top is cropped off)."""
        if "crop" in self.post or self.skin == "paper21":
            return []
        carrier = ["中国移动"] if self.skin == "ioslegacy21" else []
        return [self.clock, f"{self.battery}%", *carrier]


@dataclass
class Case:
    key: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    screens: list[Screen]
    loan: dict


def number_key(text: str) -> str:
    """A number's digits; "" for a nickname."""
    digits = re.sub(r"\D", "", text)
    return digits if len(digits) >= 5 and re.fullmatch(r"[\d\s\-+()]+", text) else ""
