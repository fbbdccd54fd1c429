"""The ninth blind set's model: messages, call rows, screens and cases draw pages and truth."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

_WEEK = "一二三四五六日"


def number_key(text: str) -> str:
    """A phone number's digits without +86 (empty for a nickname)."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits if len(digits) >= 5 and not re.search(r"[\u4e00-\u9fff]", text) else ""


@dataclass
class Msg:
    """One bubble, row or card. who: "me", a collector (number or nickname) or a contact's name.

    kind: text, voice (converted text under it), quote_reply (a reply with an 引用 block),
    request (a 新的朋友 verification line), preview (an inbox row, cut), sticker, image,
    revoked (the 撤回 line), system. quote: a collector's whole words, counted in the truth.
    """

    who: str
    text: str
    at: datetime
    collector: bool = False
    kind: str = "text"
    quoted: str = ""  # the text inside an 引用 block
    stamp: str = ""  # a time separator drawn above it

    @property
    def quote(self) -> bool:
        return self.collector and self.kind in ("text", "voice", "quote_reply", "request")


@dataclass
class Call:
    """One call-log row: the number (or saved name), its "(n)", its time and tag."""

    number: str
    at: datetime
    count: int = 1
    name: str = ""
    tag: str = ""
    place: str = ""
    missed: bool = True
    duration: str = ""
    collector: bool = False
    label: str = ""


@dataclass
class Screen:
    name: str
    skin: str
    app: str
    captured: datetime
    title: str = ""
    owner: str = "borrower"
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # a bill, an ID card, a letter
    tall: bool = False
    forwarded: bool = False  # an mmexport JPEG from a relative's WeChat
    overlaps: str = ""  # the screen whose rows it repeats

    @property
    def has_bar(self) -> bool:
        """A photo of paper forwarded on WeChat carries no status bar."""
        return not (self.forwarded and self.app in ("idcard9", "document9"))

    @property
    def status(self) -> str:
        """The status bar's words (clock, network, battery) as drawn."""
        clock = self.extra.get("clock") or self.captured.strftime("%H:%M")
        return f"{clock} {self.extra.get('net', '4G')} {self.extra.get('battery', 67)}%"


@dataclass
class Case:
    key: str
    borrower: str
    platform: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict
    screens: list[Screen] = field(default_factory=list)


def label(at: datetime, captured: datetime, style: str) -> str:
    """A time as a phone prints it, against the moment of capture."""
    days = (captured.date() - at.date()).days
    hm = at.strftime("%H:%M")
    if style == "ampm":
        half = "上午" if at.hour < 12 else "下午"
        h12 = at.hour % 12 or 12
        clock = f"{half}{h12}:{at.minute:02d}"
    elif style == "en12":
        h12 = at.hour % 12 or 12
        clock = f"{h12}:{at.minute:02d} {'AM' if at.hour < 12 else 'PM'}"
    else:
        clock = hm
    if style == "slash":
        return at.strftime("%Y/%m/%d ") + hm
    if days == 0:
        return clock
    if days == 1:
        return f"昨天 {clock}"
    if days < 7 and style != "md":
        return f"周{_WEEK[at.weekday()]} {clock}"
    return f"{at.month}月{at.day}日 {clock}"


def t(text: str) -> datetime:
    """ "11-03 21:40" in 2026."""
    return datetime.strptime(f"2026-{text}", "%Y-%m-%d %H:%M")
