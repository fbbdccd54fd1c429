"""The fourth blind set's vocabulary: messages, call rows, shots and cases (no drawing here).

Its own shape and names, written without reading the earlier generators' drawing or case code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

_WEEK_ZH = "一二三四五六日"
_WEEK_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class Say:
    """One chat or SMS item: sender ("me" is the phone's owner), true moment, whole text.

    stamp: the separator drawn above it ("" for none). kind: text, voice (a voice message with
    its inline 转文字 transcript as text), or preview (an inbox row's text, never a quote).
    """

    who: str
    at: datetime
    text: str
    collector: bool = False
    stamp: str = ""
    kind: str = "text"
    quote: bool = True  # False for a platform's bare notice (the disbursement SMS)


@dataclass(frozen=True)
class Call:
    """One call-log row: number (or "" when the phone shows only the saved name), count, label."""

    number: str
    at: datetime
    label: str  # the time as drawn: "01:17", "昨天", "星期一", "10月8日"
    count: int = 1
    name: str = ""
    way: str = "missed"  # missed | rejected | in | out
    place: str = ""  # the location line under an unknown number
    collector: bool = True


@dataclass(frozen=True)
class Shot:
    """One picture as handed in."""

    name: str
    app: str  # gmessages gdialer wechat_en kuaishou tim bilibili xianyu meituan_cs tg_dark ...
    skin: str  # the phone: pixel emui9 zenui ios16 xperia camera
    kind: str  # chat group sms_thread sms_list call_log bill paper
    captured: datetime
    status: str = ""  # the status bar as drawn ("" for a photo)
    title: str = ""
    owner: str = "borrower"  # or whose phone it came from
    says: tuple[Say, ...] = ()
    calls: tuple[Call, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()
    overlaps: str = ""  # an earlier shot of the same list
    forwarded: bool = False  # sent through WeChat: 720 px JPEG named mmexport<ms>
    overlay: str = ""  # volume | thumb | float | banner: a system layer over the screen
    banner: tuple[str, str] = ("", "")  # an iOS notification banner: app line, text
    members: str = ""  # a group's member count


@dataclass(frozen=True)
class Case:
    """One borrower's case: people, loan and the pictures handed in."""

    key: str
    borrower: str
    platform: str
    collectors: tuple[str, ...]  # numbers as drawn, or nicknames as shown
    contacts: tuple[tuple[str, str], ...]  # (saved name or nickname, number as drawn or "")
    loan: dict = field(default_factory=dict)
    shots: tuple[Shot, ...] = ()


def digits(number: str) -> str:
    """A number as the app keys it: digits only."""
    return re.sub(r"\D", "", number)


def number_key(shown: str) -> str:
    """A drawn number as the truth keys it: digits, without a leading "+86"."""
    key = digits(shown)
    return key[2:] if shown.strip().startswith("+86") else key


def at(text: str) -> datetime:
    """'2026-10-14 22:47' as a datetime."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


_CLOCK = re.compile(r"(上午|下午|晚上|凌晨|中午|AM|PM)?\s*(\d{1,2}):(\d{2})\s*(AM|PM)?$")


def _clock(text: str) -> tuple[int, int] | None:
    match = _CLOCK.search(text)
    if not match:
        return None
    part = match.group(1) or match.group(4)
    hour, minute = int(match.group(2)), int(match.group(3))
    if part in ("下午", "晚上", "PM") and hour < 12:
        hour += 12
    return hour, minute


def read_label(label: str, captured: datetime) -> tuple[date, tuple[int, int] | None]:
    """What a drawn time label says against the capture moment (the truth test's own reader)."""
    day = captured.date()
    head = label.split()[0] if " " in label else label
    if head.startswith(("昨天", "Yesterday")):
        day -= timedelta(days=1)
    elif head.startswith("星期"):
        day -= timedelta(days=(day.weekday() - _WEEK_ZH.index(head[2])) % 7 or 7)
    elif head[:3] in _WEEK_EN:
        day -= timedelta(days=(day.weekday() - _WEEK_EN.index(head[:3])) % 7 or 7)
    elif m := re.match(r"(?:(\d{4})[年/-])?(\d{1,2})[月/-](\d{1,2})日?", head):
        day = date(int(m.group(1) or day.year), int(m.group(2)), int(m.group(3)))
    elif m := re.match(r"(\d{1,2})/(\d{1,2})$", head):
        day = date(day.year, int(m.group(1)), int(m.group(2)))
    return day, _clock(label)
