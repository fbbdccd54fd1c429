"""The records every page of the thirty-second blind set is drawn from (and its truth read from)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime


def number_key(text: str) -> str:
    """A phone number's digits (a leading +86 dropped), or "" for a name."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits if len(digits) >= 5 and not re.search(r"[^\d\s+\-()]", text) else ""


def at(text: str) -> datetime:
    """A moment written «11-28 09:14» (year 2026)."""
    return datetime.strptime(f"2026-{text}", "%Y-%m-%d %H:%M")


@dataclass
class Msg:
    """One line someone sent: a bubble, an SMS, a banner, a notice or a system line."""

    who: str  # the sender as drawn: a number, a nickname, a contact name, or "me"
    text: str
    at: datetime
    collector: bool = False
    quote: bool = False  # a lawyer would quote it as pressure or threat
    kind: str = "text"  # text, preview (cut with «…»), notice, system, image
    image: str = ""  # for kind "image": "idcard" or "contacts"


@dataclass
class Call:
    """One row of a call log: a number (or a saved name) and the calls the row stands for."""

    number: str  # the number as it would be dialled
    label: str  # what the row shows (the number spaced, or a saved name)
    times: list[datetime]
    collector: bool = False
    kind: str = "missed"  # missed, in, out
    tag: str = ""  # 催收, 骚扰电话 ...
    place: str = ""  # 归属地
    sim: int = 0

    @property
    def count(self) -> int:
        return len(self.times)


@dataclass
class Screen:
    """One screenshot (or photo): the phone or source that drew it and what it holds."""

    name: str
    skin: str  # tidal32, loquat32, basalt32, saffron32, slab32, desk32, paper32
    app: str  # calllog32, numpage32, smsthread32, smsinbox32, chat32, group32, lock32, bill32 ...
    captured: datetime
    title: str = ""
    owner: str = "me"  # whose phone: "me" or a contact's name
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # bill or paper body
    wrap: str = ""  # photo32, crop32, jpeg32, stitch32, fwd32
    inner: Screen | None = None  # a screenshot forwarded inside this chat
    width: int = 1080
    relative: bool = False  # times drawn as «3分钟前», no date anywhere

    def all_calls(self) -> list[Call]:
        return list(self.calls)


@dataclass
class Case:
    key: str
    phone: str
    collectors: list[str]  # numbers as drawn, or nicknames
    contacts: list[tuple[str, str]]  # (name, number) of the borrower's own people
    loan: dict[str, int]
    screens: list[Screen]
