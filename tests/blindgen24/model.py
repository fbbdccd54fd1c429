"""What a screenshot of set 24 holds: messages, call events, and the screen around them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime


def number_key(text: str) -> str:
    """The digits of a phone number as drawn («0851-8672 3341» → 085186723341), else ''."""
    digits = re.sub(r"[\s\-()]", "", text)
    return digits if digits.isdigit() and len(digits) >= 5 else ""


@dataclass
class Msg:
    who: str  # "me", a contact's name, a collector's number or nickname
    text: str
    at: datetime
    collector: bool = False
    quote: bool = False
    preview: bool = False  # drawn cut, as text + "…"


@dataclass
class Call:
    number: str  # as drawn
    at: datetime
    owner: str = "me"  # whose phone logged it
    collector: bool = False
    name: str = ""  # the saved name shown instead of the number
    way: str = "呼入未接"


@dataclass
class Screen:
    name: str
    skin: str
    app: str
    captured: datetime
    title: str = ""
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    wrap: str = ""
    inner: Screen | None = None
    owner: str = "me"
    extra: dict = field(default_factory=dict)
    statuses: list[str] = field(default_factory=list)


@dataclass
class Case:
    key: str
    phone: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict
    screens: list[Screen]
