"""Set 31's records: who said what when, the calls a log row stands for, what each shot shows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

WEEK = "一二三四五六日"


def number_key(text: str) -> str:
    """Digits of a drawn phone number (7 or more, no Chinese in it), else "" for a nickname."""
    digits = re.sub(r"\D", "", text)
    return digits if len(digits) >= 7 and not re.search(r"[\u4e00-\u9fff]", text) else ""


def hm(t: datetime) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def half(t: datetime) -> str:
    """A 12-hour clock with its part of day, the way Chinese phones print it: 晚上8:02."""
    h = t.hour
    part = (
        "凌晨"
        if h < 6
        else "上午"
        if h < 12
        else "中午"
        if h < 13
        else "下午"
        if h < 18
        else "晚上"
    )
    return f"{part}{h % 12 or 12}:{t.minute:02d}"


def xingqi(t: datetime) -> str:
    return "星期" + WEEK[t.weekday()]


def zhou(t: datetime) -> str:
    return "周" + WEEK[t.weekday()]


def dash(t: datetime) -> str:
    return f"{t.month:02d}-{t.day:02d}"


def slash(t: datetime) -> str:
    return f"{t.year}/{t.month:02d}/{t.day:02d}"


def mdcn(t: datetime) -> str:
    return f"{t.month}月{t.day}日"


@dataclass
class Msg:
    """One thing somebody wrote: a bubble, a cut preview, a system line, a mail or a letter."""

    who: str  # "me" for the phone's owner; else the sender as drawn (number, name or nickname)
    text: str
    at: datetime
    collector: bool = False
    kind: str = "bubble"  # bubble | preview | system | mail | letter | image
    sep: str = ""  # a time divider drawn above it, as the app prints it
    when: str = ""  # a time drawn on its own row (inbox, lock screen, mail)

    @property
    def quote(self) -> bool:
        return self.collector and self.kind in ("bubble", "mail", "letter")


@dataclass
class Call:
    """A log row: the calls it stands for (one, or a folded «(n)»), as drawn."""

    label: str  # what the row shows: a saved name, or the number
    number: str  # the number behind it
    times: list[datetime]
    when: str  # the time the row prints
    collector: bool = False
    missed: bool = True
    sub: str = ""  # second line: tag, 归属地, SIM
    note: str = ""  # a call page's kind / length column

    @property
    def count(self) -> int:
        return len(self.times)


@dataclass
class Screen:
    name: str  # file name as the phone saved it
    skin: str  # the phone
    app: str  # the page
    captured: datetime
    owner: str = "me"  # whose phone
    wrap: str = ""  # what was done to the image afterwards
    title: str = ""
    sub: str = ""
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    groups: list[tuple[str, list[Call]]] = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    inner: Screen | None = None  # a capture shown inside this one
    dark: bool = False
    statuses: list[str] = field(default_factory=list)

    def all_calls(self) -> list[Call]:
        return self.calls + [c for _, rows in self.groups for c in rows]


@dataclass
class Case:
    key: str
    phone: str
    collectors: list[str]  # as drawn: numbers, a landline with its area code, nicknames
    contacts: list[tuple[str, str]]
    loan: dict
    screens: list[Screen]
