"""The twelfth set's model: lines, call rows, screens and cases; the pages and the truth read it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

# Apps whose shot is a camera photo of paper or a card: no phone status bar on it.
PHOTO_APPS = ("idcard12", "lawyer12")
# Line kinds whose words are drawn whole: a collector's such line is a quote.
WHOLE = ("text", "voice", "notif", "mail", "spoken")


def number_key(text: str) -> str:
    """A phone number's digits without +86 and without a 转 extension (empty for a nickname)."""
    text = text.split("转")[0]
    if re.search(r"[\u4e00-\u9fffA-Za-z@]", text):
        return ""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits if len(digits) >= 5 else ""


@dataclass
class Msg:
    """One bubble, notification, mail, transcript line or list row.

    who: "me", a collector (number or nickname), a contact's name or a platform's name.
    kind: text, voice (its converted words drawn under it), notif (a notification drawn whole),
    mail, spoken (a call recording's transcript line), preview (a list row cut short), image,
    system. quote: a collector's whole words.
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
    """One call row: number or saved name, its "(n)", place and whether it was answered."""

    number: str
    at: datetime
    count: int = 1
    name: str = ""
    place: str = ""
    missed: bool = False
    talk: str = ""
    collector: bool = False


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
    forwarded: bool = False  # a JPEG a relative or friend sent on (mmexport)
    overlaps: str = ""  # an earlier screen whose call rows this one repeats

    @property
    def has_bar(self) -> bool:
        return self.app not in PHOTO_APPS

    @property
    def status(self) -> str:
        """The status bar's words as drawn: clock, network, battery."""
        clock = self.captured.strftime("%H:%M")
        return f"{clock} {self.extra.get('net', '4G')} {self.extra.get('battery', 64)}%"

    @property
    def shot_at(self) -> datetime:
        """When the drawn app was captured: a gallery shows an older shot's own times."""
        return self.extra.get("inner_at", self.captured)

    @property
    def statuses(self) -> list[str]:
        """Every status bar on the shot: a gallery's own and the shot it shows."""
        if not self.has_bar:
            return []
        inner = self.extra.get("inner_status")
        return [self.status, inner] if inner else [self.status]


@dataclass
class Case:
    key: str
    borrower: str
    platform: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict
    screens: list[Screen] = field(default_factory=list)


_WEEK = "一二三四五六日"


def when(at: datetime, captured: datetime, style: str = "cn") -> str:
    """A time as a phone prints it against the moment of capture."""
    days = (captured.date() - at.date()).days
    if style == "en":
        clock = f"{at.hour % 12 or 12}:{at.minute:02d} {'AM' if at.hour < 12 else 'PM'}"
    elif style == "half":
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
        return at.strftime("%Y/%m/%d %H:%M")
    if days == 0:
        return clock
    if days == 1:
        return ("Yesterday " if style == "en" else "昨天 ") + clock
    if style == "en":
        return f"{at.strftime('%a')} {clock}" if days < 7 else f"{at.month}/{at.day} {clock}"
    if days < 7:
        return f"星期{_WEEK[at.weekday()]} {clock}"
    return f"{at.month}月{at.day}日 {clock}"


def t(text: str) -> datetime:
    """ "11-18 21:40" in 2026."""
    return datetime.strptime(f"2026-{text}", "%Y-%m-%d %H:%M")


class Voices:
    """Builds a case's lines and call rows, marking the collectors' ones from one list."""

    def __init__(self, collectors: list[str]) -> None:
        self.collectors = collectors
        self.keys = {number_key(c) or c for c in collectors}

    def say(self, who: str, text: str, at: str, kind: str = "text") -> Msg:
        return Msg(who, text, t(at), (number_key(who) or who) in self.keys, kind)

    def call(self, number: str, at: str, count: int = 1, **row) -> Call:
        return Call(number, t(at), count, collector=number_key(number) in self.keys, **row)
