"""The eighteenth blind set's data: a case, its screens, the messages and calls they draw."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Msg:
    """One message as drawn: who wrote it ("me" is the screen owner's own reply), when and how."""

    who: str
    text: str
    at: datetime
    collector: bool = False
    kind: str = "text"  # text | voice | preview | sys | post | comment | mail | notice
    reply_to: str = ""  # the 引用 line drawn above the bubble
    card: str = ""  # 卡1 / 卡2 on a dual-SIM thread

    @property
    def quote(self) -> bool:
        """A collector's whole words: a cut preview, a system line or a line to a model is none."""
        return self.collector and self.kind not in ("preview", "sys", "inject")


@dataclass(frozen=True)
class Call:
    """One call-log row: a number (or saved name), when, how many times "(n)", and its tags."""

    number: str
    at: datetime
    count: int = 1
    name: str = ""
    tag: str = ""
    place: str = ""
    collector: bool = False
    missed: bool = True


@dataclass
class Screen:
    """One image file: whose phone, which skin and app, what it shows, and how it was captured."""

    name: str
    skin: str
    app: str
    owner: str
    captured: datetime
    title: str
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    wrap: str = ""  # long18 | crop18 | circle18 | fwd18 | photo18
    forwarded: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def statuses(self) -> list[str]:
        """The status-bar string drawn (none on a shot cropped below it or on a photo)."""
        if self.wrap in ("crop18", "photo18"):
            return []
        return [status_text(self)]


@dataclass
class Case:
    key: str
    lender: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict
    screens: list[Screen]


def number_key(text: str) -> str:
    """A phone number's digits, or "" for a nickname (fewer than five digits)."""
    digits = re.sub(r"\D", "", text)
    return digits if len(digits) >= 5 and re.fullmatch(r"[\d\s()+-]+", text.strip()) else ""


# The status bar each skin draws: carrier, network and battery around the capture clock.
STATUS_SHAPES = {
    "miuiold18": "{hm} 中国移动 4G 76%",
    "honormagic18": "{hm} 5G 58%",
    "nokiatile18": "中国联通 {hm} 41%",
    "emuifive18": "中国电信 4G {hm} 88%",
    "goldlux18": "VERTU {hm} 67%",
    "iospale18": "{hm} 5G 93%",
}


def status_text(screen: Screen) -> str:
    at = screen.captured
    # An iPhone-like bar writes the hour without its zero; the others keep "09:05".
    hm = f"{at.hour}:{at.minute:02d}" if screen.skin == "iospale18" else at.strftime("%H:%M")
    return STATUS_SHAPES[screen.skin].format(hm=hm)


def at(day: int, hm: str) -> datetime:
    """A moment in March 2026, the month every case happens in."""
    hour, minute = hm.split(":")
    return datetime(2026, 3, day, int(hour), int(minute))


def said(who: str, text: str, when: datetime, **kw) -> Msg:
    """A collector's message."""
    return Msg(who, text, when, collector=True, **kw)


def rang(number: str, when: datetime, count: int = 1, tag: str = "", place: str = "") -> Call:
    """A collector's call-log row."""
    return Call(number, when, count, tag=tag, place=place, collector=True)
