"""What a set-30 screen holds: people's messages, calls and the page they sit on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime


def number_key(text: str) -> str:
    """The digits of a phone number as drawn («185 3134 2207», «0313-8261457»); '' for a name."""
    if not re.fullmatch(r"[\d\s\-()]+", text.strip()):
        return ""
    return re.sub(r"\D", "", text)


@dataclass
class Msg:
    who: str  # "me", a number as drawn, a nickname or a contact's name
    text: str
    at: datetime
    collector: bool = False
    quote: bool = False
    kind: str = "bubble"  # bubble | preview | notice | image | system
    shown: str = ""  # the name drawn above a group bubble


@dataclass
class Call:
    number: str  # as drawn
    at: datetime
    count: int = 1
    collector: bool = False
    name: str = ""
    tag: str = ""
    place: str = ""
    kind: str = "missed"  # missed | in | out | blocked
    words: str = ""  # how the count is written: "(3)", "来电3次", "共7通", "响铃5次未接"
    drawn: bool = True  # False: told inside a message (漏话提醒), no row of its own
    dup: bool = False  # a detail row of calls another row of the same screen already counts


@dataclass
class Screen:
    name: str
    skin: str
    app: str
    captured: datetime
    owner: str  # the number of the phone that took it
    title: str = ""
    sub: str = ""
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)  # list rows that are neither calls nor msgs
    wrap: str = ""
    inner: Screen | None = None
    note: str = ""  # a wrap's own words (a relative's comment above a pasted capture)
    extra: dict = field(default_factory=dict)


@dataclass
class Case:
    key: str
    phone: str
    borrower: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    screens: list[Screen]
    loan: dict
