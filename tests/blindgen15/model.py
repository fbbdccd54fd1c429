"""The fifteenth set's model: lines, call rows, screens and cases."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

# Kinds of line that hold a person's words whole; a cut drawer preview or a paper does not.
WHOLE = ("text", "mail", "comment", "card")


def number_key(text: str) -> str:
    """A phone number's digits without +86 (empty for a nickname)."""
    if re.search(r"[\u4e00-\u9fffA-Za-z@]", text):
        return ""
    digits = re.sub(r"[^0-9]", "", text)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits if len(digits) >= 5 else ""


@dataclass
class Msg:
    """One line of a person: who is "me", a collector (number or nickname) or a contact's name."""

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
    """One call-log row: the number as drawn or a saved name, its "(n)" count, place and tag."""

    number: str
    at: datetime
    count: int = 1
    name: str = ""
    place: str = ""
    tag: str = ""
    collector: bool = False


@dataclass
class Screen:
    slug: str
    skin: str  # the phone (or desktop window) that shows it
    app: str
    captured: datetime
    title: str = ""
    owner: str = "borrower"
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    engine: str = "pil"  # "pil" draws with Pillow, "html" with headless chromium
    wrap: str = ""  # "long15" stitched capture, "photo15" a camera photo at an angle, "land15"
    forwarded: bool = False  # a contact's own shot, passed on as a chat export JPEG
    name: str = ""  # the file name, set when the case is finished

    @property
    def paper(self) -> bool:
        """A photo of a card or a letter: no phone, so no status bar."""
        return self.app in ("idcard15", "summons15")

    @property
    def statuses(self) -> list[str]:
        if self.paper:
            return []
        clock = self.captured.strftime("%H:%M")
        if self.skin == "phonelink15":
            # The desktop's taskbar clock and date, not a phone's bar.
            return [f"{clock} {self.captured:%Y/%m/%d}"]
        battery = self.extra.get("battery", 15 + sum(map(ord, self.slug)) % 80)
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
    """Builds a case's lines and call rows, marking the collectors' ones from one list."""

    def __init__(self, collectors: list[str]) -> None:
        self.collectors = collectors
        self.keys = {number_key(c) for c in collectors if number_key(c)}

    def say(self, who: str, text: str, at: str, kind: str = "text") -> Msg:
        return Msg(who, text, t(at), who in self.collectors, kind)

    def call(self, number: str, at: str, count: int = 1, **row) -> Call:
        return Call(number, t(at), count, collector=number_key(number) in self.keys, **row)


def finish(case: Case, phone: str) -> Case:
    """Names each screen's file as the phone (or the contact's chat export) would."""
    for index, screen in enumerate(case.screens):
        stamp = f"{screen.captured:%Y%m%d_%H%M%S}"
        if screen.forwarded:
            ms = int(screen.captured.timestamp() * 1000) + 7919 * index
            screen.name = f"mmexport{ms}.jpg"
        elif screen.paper or screen.wrap == "photo15":
            screen.name = f"IMG_{stamp}_{index:02d}.jpg"
        elif screen.skin == "phonelink15":
            screen.name = f"PhoneLink_{stamp}_{index:02d}.png"
        elif screen.wrap == "long15":
            screen.name = f"Screenshot_{stamp}_{index:02d}_{phone}_long.png"
        else:
            screen.name = f"Screenshot_{stamp}_{index:02d}_{phone}.png"
    return case
