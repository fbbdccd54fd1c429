"""The fourteenth set's model: people's lines, call-log rows, screens and cases."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

# Camera photos of paper or of a card: no status bar of the borrower's phone.
PAPER_APPS = ("idcard14", "summons14")
# Kinds of line that hold a collector's words whole; "cut" is a one-line list preview.
WHOLE = ("text", "voice", "transcript", "dm", "agent")


def number_key(text: str) -> str:
    """A number's digits without +86 (empty for a nickname)."""
    if re.search(r"[\u4e00-\u9fffA-Za-z@_]", text):
        return ""
    digits = re.sub(r"[^0-9]", "", text)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits if len(digits) >= 5 else ""


@dataclass
class Msg:
    """One line: "me", a collector (number or nickname), a contact, or a platform's notice."""

    who: str
    text: str
    at: datetime
    collector: bool = False
    kind: str = "text"

    @property
    def quote(self) -> bool:
        return self.collector and self.kind in WHOLE


@dataclass
class Call:
    number: str
    at: datetime
    count: int = 1
    name: str = ""
    place: str = ""
    missed: bool = True
    collector: bool = False


@dataclass
class Screen:
    name: str
    skin: str  # the phone that drew it
    app: str
    captured: datetime
    title: str = ""
    owner: str = "borrower"
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    long: bool = False  # a scrolling long capture
    forwarded: bool = False  # a contact's own screenshot passed on as a chat export

    @property
    def has_bar(self) -> bool:
        return self.app not in PAPER_APPS

    @property
    def statuses(self) -> list[str]:
        """The status-bar strings as drawn; a feature phone shows clock and carrier only."""
        if not self.has_bar:
            return []
        clock = self.captured.strftime("%H:%M")
        if self.skin == "laoren14":
            return [f"{self.extra.get('carrier', '中国联通')} {clock}"]
        battery = self.extra.get("battery", 15 + sum(map(ord, self.name)) % 80)
        net = self.extra.get("net", "WLAN" if self.skin == "darktab14" else "5G")
        return [f"{clock} {net} {battery}%"]


@dataclass
class Case:
    key: str
    borrower: str
    platform: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict
    screens: list[Screen] = field(default_factory=list)


def t(text: str) -> datetime:
    """ "05-14 21:40" in 2026."""
    return datetime.strptime(f"2026-{text}", "%Y-%m-%d %H:%M")


_WEEK = "一二三四五六日"


def when(at: datetime, captured: datetime) -> str:
    """A time as a phone prints it against the moment of capture."""
    days = (captured.date() - at.date()).days
    clock = at.strftime("%H:%M")
    if days == 0:
        return clock
    if days == 1:
        return f"昨天 {clock}"
    if days < 7:
        return f"周{_WEEK[at.weekday()]} {clock}"
    return f"{at.month}月{at.day}日 {clock}"


class Voices:
    """Builds a case's lines and rows, marking the collectors' ones from one list."""

    def __init__(self, collectors: list[str]) -> None:
        self.collectors = collectors
        self.keys = {number_key(c) for c in collectors if number_key(c)}

    def say(self, who: str, text: str, at: str, kind: str = "text") -> Msg:
        return Msg(who, text, t(at), who in self.collectors, kind)

    def call(self, number: str, at: str, count: int = 1, **row) -> Call:
        return Call(number, t(at), count, collector=number_key(number) in self.keys, **row)
