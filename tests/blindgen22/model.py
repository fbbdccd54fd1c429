"""What one screen of blind set 22 holds: the people, words and calls it draws, and its chrome."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime


def number_key(text: str) -> str:
    """A phone number's digits, or "" when the text is a name (the scorer keys numbers so)."""
    if re.fullmatch(r"[+\d][\d\s-]{5,}", text.strip()):
        return (
            re.sub(r"\D", "", text).removeprefix("86")
            if text.startswith("+")
            else re.sub(r"\D", "", text)
        )
    return ""


@dataclass(frozen=True)
class Msg:
    """One bubble, SMS, notice card or cut preview; side "in" (left), "out" (right)."""

    who: str
    text: str
    at: datetime
    side: str = "in"
    collector: bool = False
    kind: str = "bubble"  # bubble | preview (cut by …, never a quote)

    @property
    def quote(self) -> bool:
        return self.collector and self.kind == "bubble"


@dataclass(frozen=True)
class Call:
    """One call-log row: the number (or saved name) with its count, place and tag."""

    number: str
    at: datetime
    count: int = 1
    name: str = ""
    place: str = ""
    tag: str = ""
    collector: bool = False
    missed: bool = True


@dataclass
class Screen:
    """One image: its app page, skin, owner, capture time and the display setting it was shot in."""

    name: str
    app: str
    skin: str
    owner: str
    captured: datetime
    title: str
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # page text: bill, portal, contacts, papers
    overlay: str = ""  # keyboard | shade | pip | ball | rec
    mode: str = ""  # gray | invert | yellow | large | dark
    wrap: str = ""  # forwarded | cropped | circled | long
    typed: str = ""  # the half-typed reply in the input box, or the caller in the video window
    shade: list[Msg] = field(default_factory=list)  # notification cards over the page
    style: str = "dot"  # how this phone writes times: dot | rel | week | en | pm | dash

    @property
    def forwarded(self) -> bool:
        return self.wrap == "fwd22"

    @property
    def statuses(self) -> list[str]:
        if self.app in ("idcard22", "letter22") or self.wrap == "crop22":
            return []
        found = [self.captured.strftime("%H:%M"), f"{battery(self)}%"]
        if self.overlay == "rec22":
            found.append("REC 00:4" + str(self.captured.minute % 10))
        return found


def battery(screen: Screen) -> int:
    """A battery level that changes with the capture time, as a real phone's does."""
    return 95 - (screen.captured.hour * 3 + screen.captured.minute) % 70


@dataclass
class Case:
    key: str
    lender: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict[str, int]
    screens: list[Screen]


def at(text: str) -> datetime:
    """ "03-09 21:05" in 2026, the year every case of this set happens in."""
    return datetime.strptime(f"2026-{text}", "%Y-%m-%d %H:%M")


def file_name(style: str, captured: datetime) -> str:
    """A file name the way the phone or app that saved it names one (capture time inside)."""
    patterns = {
        "shot": "Screenshot_%Y%m%d_%H%M%S.png",
        "dash": "Screenshot_%Y-%m-%d-%H-%M-%S.png",
        "wx": "微信图片_%Y%m%d%H%M%S.jpg",
        "img": "IMG_%Y%m%d_%H%M%S.jpg",
        "s": "S%y%m%d-%H%M%S.png",
    }
    return captured.strftime(patterns[style])


def shooter(phone: str, style: str):
    """A maker of the borrower's screens on one phone (its skin and way of writing times)."""

    def make(app: str, when: str, title: str, **kw) -> Screen:
        captured = at(when)
        name = kw.pop("name", "shot")
        return Screen(
            file_name(name, captured), app, kw.pop("skin", phone), kw.pop("owner", "borrower"),
            captured, title, style=kw.pop("style", style), **kw,
        )  # fmt: skip

    return make


def said(who: str, text: str, when: str, **kw) -> Msg:
    """A collector's words (a bubble unless kind says a picture or a cut preview)."""
    return Msg(who, text, at(when), collector=True, **kw)


def mine(text: str, when: str, who: str = "me") -> Msg:
    """The phone owner's own reply, on the right."""
    return Msg(who, text, at(when), side="out")


def other(who: str, text: str, when: str, **kw) -> Msg:
    """Someone who is not a collector: a relative, a colleague, the lender's gateway."""
    return Msg(who, text, at(when), **kw)
