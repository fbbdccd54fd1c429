"""What a blindgen16 case holds: screens of messages, call rows and papers, each with its owner."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime


def number_key(text: str) -> str:
    """A phone number's digits (7 or more), or "" when the text is a nickname."""
    digits = re.sub(r"\D", "", text)
    return digits if len(digits) >= 7 and not re.search(r"[^\d\s\-+()]", text) else ""


@dataclass
class Msg:
    """One bubble, SMS or system line. side: in (left), out (the phone owner's), sys."""

    who: str
    text: str
    at: datetime
    shown: str = ""  # the time as the app draws it above or beside the bubble
    side: str = "in"
    collector: bool = False
    quote: bool = True  # a collector's whole words (a cut preview or a system line is not)


@dataclass
class Call:
    """One call-log row: count is the "(n)" drawn beside the name, 1 when none."""

    number: str
    at: datetime
    shown: str
    name: str = ""
    count: int = 1
    tag: str = ""
    collector: bool = False


@dataclass
class Screen:
    name: str  # the file name, its date the capture time
    app: str
    skin: str
    captured: datetime
    owner: str = "borrower"
    title: str = ""
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    paras: list[str] = field(default_factory=list)  # papers, bills, tag pages
    forwarded: bool = False  # sent on by a contact: smaller and recompressed
    photo: bool = False  # a camera photo of paper
    long: bool = False  # a long capture, taller than a screen
    battery: int = 80
    net: str = "5G"

    @property
    def clock(self) -> str:
        return self.captured.strftime("%H:%M")

    @property
    def statuses(self) -> list[str]:
        """Every status-bar string drawn (no status bar on a photo)."""
        return [] if self.photo else [self.clock, self.net, f"{self.battery}%"]


@dataclass
class Case:
    key: str
    phone: str
    collectors: list[str]  # as drawn: a number or a nickname
    contacts: list[tuple[str, str]]  # (saved name, number) of the borrower's own people
    loan: dict[str, int]
    screens: list[Screen]


def at(text: str) -> datetime:
    """'03-03 22:48' in March 2026, the year every case lives in."""
    return datetime.strptime("2026-" + text, "%Y-%m-%d %H:%M")


def said(who: str, when: str, text: str, shown: str = "", collector: bool = True) -> Msg:
    """Someone else's bubble: a collector's by default."""
    return Msg(who, text, at(when), shown, "in", collector, collector)


def mine(when: str, text: str, shown: str = "") -> Msg:
    """The phone owner's own reply (right side): never a quote."""
    return Msg("me", text, at(when), shown, "out", False, False)


def line(who: str, when: str, text: str, collector: bool = False) -> Msg:
    """A system line (拍一拍, a call's outcome): no one's words."""
    return Msg(who, text, at(when), "", "sys", collector, False)


def ring(
    number: str,
    when: str,
    shown: str,
    count: int = 1,
    tag: str = "",
    name: str = "",
    collector: bool = True,
) -> Call:
    return Call(number, at(when), shown, name, count, tag, collector)  # fmt: skip
