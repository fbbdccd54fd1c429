"""The thirteenth set's model: lines, call rows, screens and cases; pages and truth read it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

# Shots that are camera photos of paper: no phone status bar of their own.
PHOTO_APPS = ("notice13",)
# Kinds of line that hold a collector's words whole (a cut list preview does not).
WHOLE = ("text", "voicemail", "mail", "comment", "post", "note", "readout", "hit")


def number_key(text: str) -> str:
    """A phone number's digits without +86 or a 转 extension (empty for a nickname)."""
    text = text.split("转")[0]
    if re.search(r"[\u4e00-\u9fffA-Za-z@]", text):
        return ""
    digits = re.sub(r"[^0-9]", "", text)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits if len(digits) >= 5 else ""


@dataclass
class Msg:
    """One line of a person: a bubble, voicemail text, mail, comment, post, note or read-out.

    who: "me", a collector (number or nickname) or a contact's name.
    """

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
    """One call-log row: number or saved name, "(n)" count, place and a crowd tag in English."""

    number: str
    at: datetime
    count: int = 1
    name: str = ""
    place: str = ""
    tag: str = ""
    missed: bool = True
    collector: bool = False


@dataclass
class Screen:
    name: str
    skin: str  # the phone (or car screen) that drew it
    app: str
    captured: datetime
    title: str = ""
    owner: str = "borrower"
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    wrap: str = ""  # "print13" (re-photographed paper), "seam13" (long capture), "markup13"
    forwarded: bool = False  # an mmexport JPEG passed on by someone else
    overlaps: str = ""  # the earlier screen whose call rows this one repeats

    @property
    def has_bar(self) -> bool:
        return self.app not in PHOTO_APPS

    @property
    def statuses(self) -> list[str]:
        """The status-bar strings as drawn (clock, network, battery); none on a paper photo."""
        if not self.has_bar:
            return []
        clock = self.captured.strftime("%H:%M")
        if self.skin == "car13":
            return [f"{clock} 4G"]
        # Each shot's battery level differs, as a day of real screenshots does.
        battery = self.extra.get("battery", 20 + sum(map(ord, self.name)) % 75)
        return [f"{clock} {self.extra.get('net', '4G')} {battery}%"]


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
    """ "03-14 21:40" in 2026."""
    return datetime.strptime(f"2026-{text}", "%Y-%m-%d %H:%M")


_WEEK = "一二三四五六日"


def when(at: datetime, captured: datetime, style: str = "cn") -> str:
    """A time as a phone prints it against the moment of capture."""
    days = (captured.date() - at.date()).days
    clock = at.strftime("%H:%M")
    if style == "en":
        clock = f"{at.hour % 12 or 12}:{at.minute:02d} {'am' if at.hour < 12 else 'pm'}"
        if days == 0:
            return clock
        return "Yesterday" if days == 1 else at.strftime("%d/%m/%Y")
    if days == 0:
        return clock
    if days == 1:
        return f"昨天 {clock}"
    if days < 7:
        return f"星期{_WEEK[at.weekday()]} {clock}"
    return f"{at.month}/{at.day} {clock}"


class Voices:
    """Builds a case's lines and call rows, marking the collectors' ones from one list."""

    def __init__(self, collectors: list[str]) -> None:
        self.collectors = collectors
        self.keys = {number_key(c) for c in collectors if number_key(c)}

    def say(self, who: str, text: str, at: str, kind: str = "text") -> Msg:
        return Msg(who, text, t(at), who in self.collectors, kind)

    def call(self, number: str, at: str, count: int = 1, **row) -> Call:
        return Call(number, t(at), count, collector=number_key(number) in self.keys, **row)
