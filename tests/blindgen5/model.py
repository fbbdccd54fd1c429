"""The fifth blind set's vocabulary: messages, call rows, screens and cases (no drawing here).

Its own shapes and names, written without reading the parser or the earlier generators' pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class Msg:
    """One message, comment or inbox row: sender ("me" is the phone's owner), time, whole text.

    stamp: the separator drawn above it ("" when none). kind: text, or preview (an inbox row's
    text, never a quote). quote False: a collector's bare notice (a disbursement SMS).
    """

    who: str
    at: datetime
    text: str
    collector: bool = False
    stamp: str = ""
    kind: str = "text"
    quote: bool = True


@dataclass(frozen=True)
class Call:
    """One call-log row: number or saved name, "(n)", the phone's tag, way, time label."""

    number: str
    at: datetime
    label: str
    count: int = 1
    name: str = ""
    tag: str = ""
    way: str = "missed"  # missed | in | out
    collector: bool = True
    place: str = ""


@dataclass(frozen=True)
class Screen:
    """One picture handed in: app, phone skin, kind, whose phone, status bar and content."""

    name: str
    app: str
    skin: str
    kind: str  # dm sms_thread sms_list call_log comments notice bill
    captured: datetime
    status: str = ""  # "" for a cropped screenshot
    title: str = ""
    owner: str = "borrower"
    msgs: tuple[Msg, ...] = ()
    calls: tuple[Call, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()
    post: str = ""  # the post or video caption above comments
    overlaps: str = ""  # an earlier screenshot of the same list
    cropped: bool = False  # cut by the user: no status bar, no title
    marked: bool = False  # a red circle and arrow drawn by the borrower
    photo: bool = False  # a camera photo of this screen (angle, moire)
    sent_via: str = ""  # "" | wechat: forwarded, recompressed


@dataclass(frozen=True)
class Case:
    """One borrower's case: people, loan and the pictures handed in."""

    key: str
    borrower: str
    platform: str
    collectors: tuple[str, ...]  # numbers as drawn, or nicknames as shown
    contacts: tuple[tuple[str, str], ...]  # (saved name, number as drawn or "")
    loan: dict = field(default_factory=dict)
    screens: tuple[Screen, ...] = ()


def digits(number: str) -> str:
    """A number as the app keys it: digits only."""
    return re.sub(r"\D", "", number)


def number_key(shown: str) -> str:
    """A drawn number as the truth keys it: digits, without a leading "+86"."""
    key = digits(shown)
    return key[2:] if shown.strip().startswith("+86") else key


def at(text: str) -> datetime:
    """'2026-10-12 22:47' as a datetime."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


_CLOCK = re.compile(r"(上午|下午|晚上|凌晨|中午)?\s*(\d{1,2}):(\d{2})$")


def _clock(text: str) -> tuple[int, int] | None:
    match = _CLOCK.search(text)
    if not match:
        return None
    part, hour, minute = match.group(1), int(match.group(2)), int(match.group(3))
    if part in ("下午", "晚上") and hour < 12:
        hour += 12
    return hour, minute


def read_label(label: str, captured: datetime) -> tuple[date, tuple[int, int] | None]:
    """What a drawn time label says against the capture moment (the truth test's own reader)."""
    day = captured.date()
    head = label.split()[0]
    if head.startswith("昨天"):
        day -= timedelta(days=1)
    elif head.startswith("前天"):
        day -= timedelta(days=2)
    elif head.startswith("星期"):
        back = (day.weekday() - WEEKDAYS.index(head[2])) % 7 or 7
        day -= timedelta(days=back)
    elif m := re.match(r"(?:(\d{4})[年/-])?(\d{1,2})[月/-](\d{1,2})日?", head):
        day = date(int(m.group(1) or day.year), int(m.group(2)), int(m.group(3)))
    return day, _clock(label)
