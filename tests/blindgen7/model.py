"""The seventh blind set's vocabulary: messages, call rows, screens, cases and their time labels.

One model both draws and scores: pages.py draws these objects, cases.py computes the truth from
them, so nothing is typed twice. Written without reading the parser or earlier generators' pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

WEEK = "一二三四五六日"
YEAR = 2026


def t(text: str) -> datetime:
    """ "11-03 21:40" in this set's year."""
    return datetime.strptime(f"{YEAR}-{text}", "%Y-%m-%d %H:%M")


def number_key(who: str) -> str:
    """A phone number's digits without +86 / 0086; "" for a nickname or saved name."""
    digits = re.sub(r"\D", "", who)
    if re.fullmatch(r"[\d\s+\-()]+", who.strip()) and len(digits) >= 5:
        return re.sub(r"^(0086|86)(?=1\d{10}$)", "", digits)
    return ""


def clock(at: datetime, style: str) -> str:
    """24-hour "21:40" or 上午/下午 "下午9:40" (凌晨 and 晚上 too, as Chinese phones write them)."""
    if style == "24":
        return f"{at:%H:%M}"
    h = at.hour
    part = "凌晨" if h < 6 else "上午" if h < 12 else "下午" if h < 18 else "晚上"
    return f"{part}{(h % 12) or 12}:{at:%M}"


def when(at: datetime, captured: datetime, style: str, dates: str, short: bool = False) -> str:
    """The label a phone draws for a moment seen at capture time (short: a call log's date only)."""
    hm = clock(at, style)
    days = (captured.date() - at.date()).days
    if days == 0:
        return hm
    if days == 1:
        return "昨天" if short else f"昨天 {hm}"
    if days < 7 and dates == "rel":
        return f"周{WEEK[at.weekday()]}" if short else f"周{WEEK[at.weekday()]} {hm}"
    if dates == "slash":
        day = f"{at.year}/{at.month}/{at.day}"
    elif dates == "dash":
        day = f"{at:%m-%d}"
    else:
        day = f"{at.month}月{at.day}日"
    return day if short else f"{day} {hm}"


@dataclass(frozen=True)
class Msg:
    """One message: sender ("me" is the screen's owner), time, whole text.

    kind: text, mms (a picture with this caption), voice (a voicemail transcript), preview (an
    inbox row's cut text: never a quote). quote False: a bare notice (disbursement, due reminder).
    stamp: a time separator is drawn above it.
    """

    who: str
    at: datetime
    text: str
    collector: bool = False
    kind: str = "text"
    quote: bool = True
    stamp: bool = False
    secs: int = 0  # a voicemail's length


@dataclass(frozen=True)
class Call:
    """One call row: number, saved name or tag, "(n)", direction, seconds (a recording's length)."""

    number: str
    at: datetime
    count: int = 1
    name: str = ""
    tag: str = ""
    way: str = "missed"  # missed | in | out
    collector: bool = True
    place: str = ""
    secs: int = 0


@dataclass(frozen=True)
class Screen:
    """One picture handed in: app, device skin, kind, whose phone, status bar, content."""

    name: str
    app: str
    skin: str
    kind: str  # sms_list sms_thread call_log chat voicemail recorder alerts shop bill id doc
    captured: datetime
    status: str = ""
    title: str = ""
    owner: str = "borrower"
    msgs: tuple[Msg, ...] = ()
    calls: tuple[Call, ...] = ()
    style: str = "24"  # clock style: 24 | ampm
    dates: str = "rel"  # rel | slash | dash | cn
    overlaps: str = ""  # the earlier screen this one shares rows with
    forwarded: bool = False  # came through WeChat: mmexport….jpg, recompressed
    photo: bool = False  # a camera photo of paper or a card
    tall: float = 1.0  # over 1: a long (scrolling) capture, that many screens high
    side: tuple[tuple[str, str, str], ...] = ()  # list pane rows: (name, preview, time)
    info: dict = field(default_factory=dict)  # a bill's, card's or letter's fields


@dataclass
class Case:
    """One borrower's whole case: collectors, contacts, loan and the screens handed in."""

    key: str
    borrower: str
    platform: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict
    screens: list[Screen]


class Book:
    """Makes messages and call rows whose collector flag follows the case's collector list."""

    def __init__(self, collectors: list[str]) -> None:
        self.keys = {number_key(c) or c for c in collectors}

    def is_collector(self, who: str) -> bool:
        return (number_key(who) or who) in self.keys

    def msg(self, who: str, at: str, text: str, **kw) -> Msg:
        return Msg(who, t(at), text, collector=self.is_collector(who), **kw)

    def call(self, number: str, at: str, count: int = 1, **kw) -> Call:
        return Call(number, t(at), count, collector=self.is_collector(number), **kw)


def status(captured: datetime, style: str, net: str, battery: int, tablet: bool = False) -> str:
    """A status bar's words from the capture time: clock, (tablet: date), network, battery."""
    head = clock(captured, style)
    if tablet:
        head += f" {captured.month}月{captured.day}日周{WEEK[captured.weekday()]}"
    return f"{head} {net} {battery}%" if net else f"{head} {battery}%"
