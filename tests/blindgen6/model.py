"""The one model pictures and truth are both drawn from: messages, call rows, screens, cases."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

_WEEK = "一二三四五六日"


@dataclass(frozen=True)
class Msg:
    """One message as a screen shows it; who is a number, a nickname, a saved name or "me"."""

    who: str
    text: str
    at: datetime
    collector: bool = False
    quote: bool = True  # False: a bare notice (disbursement, due-day reminder), no conduct
    kind: str = "text"  # text | card | mail | preview (a notification's cut line)
    stamp: bool = False  # a time separator is drawn above it


@dataclass(frozen=True)
class Call:
    """One call-log row: the number as drawn, its "(n)" count, tag and place."""

    number: str
    at: datetime
    count: int = 1
    collector: bool = False
    name: str = ""  # a saved contact's name, drawn instead of the number
    tag: str = ""
    place: str = ""
    missed: bool = True
    outgoing: bool = False


@dataclass
class Screen:
    """One screenshot: which phone (skin) and app drew it, whose phone, when it was taken."""

    name: str
    skin: str
    app: str
    owner: str  # "borrower" or the contact's saved name
    captured: datetime
    title: str = ""
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    status: str = ""  # the status bar as drawn ("" on a photo)
    overlaps: str = ""  # an earlier screen of the same list that shares rows with this one
    forwarded: bool = False  # sent on through WeChat: mmexport….jpg, recompressed
    photo: bool = False  # a camera photo of paper or a card
    height: int = 780  # CSS pixels; a long capture is taller
    extra: dict = field(default_factory=dict)


@dataclass
class Case:
    key: str
    borrower: str
    platform: str
    collectors: list[str]  # numbers as dialled, or nicknames as shown
    contacts: list[tuple[str, str]]  # (saved name, number or "")
    loan: dict
    screens: list[Screen]


def number_key(text: str) -> str:
    """A phone number's digits without +86; "" when the text is a name."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits if len(digits) >= 5 and not re.search(r"[\u4e00-\u9fff]", text) else ""


def status(at: datetime, net: str, battery: int) -> str:
    """A status bar: clock, network, battery."""
    return f"{at:%H:%M} {net} {battery}%"


def label(at: datetime, captured: datetime, style: str) -> str:
    """A time label in one of the phones' ways, relative to when the screen was taken."""
    days = (captured.date() - at.date()).days
    half = "上午" if at.hour < 12 else "下午" if at.hour < 18 else "晚上"
    h12 = at.hour % 12 or 12
    if style == "rel":
        if days == 0:
            return f"{at:%H:%M}"
        if days == 1:
            return f"昨天 {at:%H:%M}"
        if days < 7:
            return f"周{_WEEK[at.weekday()]} {at:%H:%M}"
        return f"{at.month}月{at.day}日"
    if style == "cn12":
        return f"{at.month}月{at.day}日 {half}{h12}:{at:%M}"
    if style == "slash":
        return f"{at:%Y/%m/%d %H:%M}"
    if style == "dash":
        return f"{at:%m-%d %H:%M}"
    if style == "en12":
        ampm = "AM" if at.hour < 12 else "PM"
        day = "Today" if days == 0 else "Yesterday" if days == 1 else f"{at:%b} {at.day}"
        return f"{day} {h12}:{at:%M} {ampm}"
    raise ValueError(style)


def at(day: str, clock: str) -> datetime:
    """A moment from "2026-11-03" and "21:40"."""
    return datetime.fromisoformat(f"{day}T{clock}")


def d(text: str, year: int = 2026) -> datetime:
    """A moment from "11-12 23:10" in the set's year."""
    return datetime.strptime(f"{year}-{text}", "%Y-%m-%d %H:%M")


def later(moment: datetime, minutes: int) -> datetime:
    return moment + timedelta(minutes=minutes)
