"""What one case of blind set 26 holds: screens, and on each the words and calls it draws."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

WEEK = "一二三四五六日"


def digits_of(text: str) -> str:
    """A phone number's digits (7 or more), else "" for a name or nickname."""
    d = re.sub(r"\D", "", text)
    return d if len(d) >= 7 and not re.search(r"[\u4e00-\u9fff]", text) else ""


def half(at: datetime) -> str:
    """«凌晨1:05», «上午8:41», «下午3:05», «晚上11:18»: how a phone says a clock time in words."""
    h = at.hour
    word = (
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
    h12 = h if h <= 12 else h - 12
    return f"{word}{h12}:{at.minute:02d}"


def stamp(at: datetime, now: datetime, style: str) -> str:
    """A time label the way this phone prints it, relative to when the screen was captured."""
    days = (now.date() - at.date()).days
    hm = at.strftime("%H:%M")
    if style == "slash":  # «2026/11/28 19:05»
        return at.strftime("%Y/%m/%d %H:%M")
    if style == "md":  # «3/14 21:40», today «今天 08:41»
        return f"今天 {hm}" if days == 0 else f"{at.month}/{at.day} {hm}"
    if style == "ago":  # «刚刚», «5分钟前», «昨天 23:18», «星期二», «12月3日 周四»
        mins = int((now - at).total_seconds() // 60)
        if days == 0 and mins < 1:
            return "刚刚"
        if days == 0 and mins < 60:
            return f"{mins}分钟前"
        if days == 0:
            return hm
        if days == 1:
            return f"昨天 {hm}"
        if days < 7:
            return f"星期{WEEK[at.weekday()]}"
        return f"{at.month}月{at.day}日 周{WEEK[at.weekday()]}"
    if style == "words":  # «下午7:05», «昨天 晚上11:18», «周三 下午3:05», «11月28日 下午7:05»
        if days == 0:
            return half(at)
        if days == 1:
            return f"昨天 {half(at)}"
        if days < 7:
            return f"周{WEEK[at.weekday()]} {half(at)}"
        return f"{at.month}月{at.day}日 {half(at)}"
    # "day": «今天 08:41», «昨天 23:18», «12月3日 周四 21:40»
    if days == 0:
        return f"今天 {hm}"
    if days == 1:
        return f"昨天 {hm}"
    return f"{at.month}月{at.day}日 周{WEEK[at.weekday()]} {hm}"


@dataclass
class Msg:
    """One thing said: a bubble, an SMS, a voice note turned to text, a banner or a preview."""

    who: str  # "me", a contact's name, a number as drawn or a nickname
    text: str
    at: datetime
    kind: str = "bubble"  # bubble, voice, sms, preview, banner, system
    collector: bool = False

    @property
    def quote(self) -> bool:
        return self.collector and self.kind in ("bubble", "voice", "sms", "banner")


@dataclass
class Call:
    """One call: a log row (count "(n)" when folded), a detail line or a blocked attempt."""

    number: str
    at: datetime
    count: int = 1
    name: str = ""
    tag: str = ""
    place: str = ""
    note: str = ""  # «呼入 32秒», «未接通», «响铃5声», «已拦截»
    collector: bool = False
    times: tuple[datetime, ...] = ()  # every call a folded row stands for (count of them)


@dataclass
class Screen:
    name: str
    app: str
    skin: str
    owner: str  # "me" or the contact whose phone it is
    captured: datetime
    title: str
    sub: str = ""
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    wrap: str = ""  # stitch26, photo26, fwdjpg26
    inner: Screen | None = None
    group: bool = False
    tstyle: str = "day"
    rows_top: int = 0  # a stitched capture: how many rows the second shot repeats

    @property
    def statuses(self) -> list[str]:
        return [self.captured.strftime("%H:%M")]


@dataclass
class Case:
    key: str
    phone: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    screens: list[Screen]
    loan: dict = field(default_factory=dict)


def back(now: datetime, **kw) -> datetime:
    return now - timedelta(**kw)
