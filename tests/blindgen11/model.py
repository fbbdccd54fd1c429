"""The eleventh set's model: bubbles, call rows, screens and cases; pages and truth read it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

_WEEK = "一二三四五六日"
# Apps whose shot is a camera photo of paper: no phone status bar on it.
PHOTO_APPS = ("idcard11", "summons11")


def number_key(text: str) -> str:
    """A phone number's digits without +86 (empty for a nickname or a mail address)."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if "@" in text or re.search(r"[\u4e00-\u9fffA-Za-z]", text):
        return ""
    return digits if len(digits) >= 5 else ""


@dataclass
class Msg:
    """One bubble, mail, notification or list row.

    who: "me", a collector (number or nickname) or a contact's name. kind: text, voice (the
    converted words drawn under it), mail (a mail body), notif (a watch card, drawn whole),
    preview (a list row, cut short), image, system. quote: a collector's whole words.
    """

    who: str
    text: str
    at: datetime
    collector: bool = False
    kind: str = "text"

    @property
    def quote(self) -> bool:
        return self.collector and self.kind in ("text", "voice", "mail", "notif")


@dataclass
class Call:
    """One call row: number or saved name, its "(n)", place, carrier and how long it rang."""

    number: str
    at: datetime
    count: int = 1
    name: str = ""
    place: str = ""
    carrier: str = ""
    ring: int = 0  # seconds it rang unanswered; 0 = answered
    talk: str = ""  # the answered call's length as drawn
    collector: bool = False
    tag: str = ""  # a security app's label on a blocked number


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
    extra: dict = field(default_factory=dict)
    tall: bool = False
    forwarded: bool = False  # an mmexport JPEG sent on from someone else's WeChat
    overlaps: str = ""  # the earlier screen whose rows this one repeats

    @property
    def has_bar(self) -> bool:
        return self.app not in PHOTO_APPS

    @property
    def status(self) -> str:
        """The status bar's words as drawn: clock, network, battery."""
        clock = self.captured.strftime("%H:%M")
        return f"{clock} {self.extra.get('net', '5G')} {self.extra.get('battery', 58)}%"


@dataclass
class Case:
    key: str
    borrower: str
    platform: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict
    screens: list[Screen] = field(default_factory=list)


def when(at: datetime, captured: datetime, style: str = "cn") -> str:
    """A time as a phone prints it against the moment of capture."""
    days = (captured.date() - at.date()).days
    if style == "en":
        clock = f"{at.hour % 12 or 12}:{at.minute:02d} {'AM' if at.hour < 12 else 'PM'}"
    elif style == "noon":
        half = (
            "凌晨"
            if at.hour < 6
            else "上午"
            if at.hour < 12
            else "下午"
            if at.hour < 18
            else "晚上"
        )
        clock = f"{half}{at.hour % 12 or 12}:{at.minute:02d}"
    else:
        clock = at.strftime("%H:%M")
    if style == "full":
        return at.strftime("%Y-%m-%d %H:%M")
    if days == 0:
        return clock
    if days == 1:
        return ("Yesterday " if style == "en" else "昨天 ") + clock
    if style == "en":
        return f"{at.strftime('%b')} {at.day}, {clock}"
    if days < 7:
        return f"周{_WEEK[at.weekday()]} {clock}"
    return f"{at.month}月{at.day}日 {clock}"


def t(text: str) -> datetime:
    """ "11-03 21:40" in 2026."""
    return datetime.strptime(f"2026-{text}", "%Y-%m-%d %H:%M")


class Voices:
    """Builds a case's bubbles and call rows, marking the collectors' ones from one list."""

    def __init__(self, collectors: list[str]) -> None:
        self.collectors = collectors

    def say(self, who: str, text: str, at: str, kind: str = "text") -> Msg:
        return Msg(who, text, t(at), who in self.collectors, kind)

    def call(self, number: str, at: str, count: int = 1, **row) -> Call:
        mine = number_key(number) in {number_key(c) for c in self.collectors if number_key(c)}
        return Call(number, t(at), count, collector=mine, **row)
