"""The second blind set's vocabulary: lines, call rows, shots and stories (no drawing here).

Written apart from tests/casegen and tests/blindgen on purpose: another shape, other names, so
nothing of the generators the parser was tuned on leaks into this one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class Line:
    """One chat or SMS item: who sent it ("me" is the phone's owner), when, its whole text.

    stamp: the time separator drawn above it ("" when none). kind: text, voice (a voice-call
    bubble), image, or preview (an inbox row's cut text, never a quote).
    """

    who: str
    at: datetime
    text: str
    by_collector: bool = False
    stamp: str = ""
    kind: str = "text"
    quote: bool = True  # False for a collector's bare notice (a disbursement SMS)


@dataclass(frozen=True)
class Ring:
    """One call-log row as the phone shows it: number, saved name, "(n)", tag, way, time label."""

    number: str
    at: datetime
    label: str  # the time as drawn: "22:10", "昨天", "星期三", "9月12日"
    count: int = 1
    name: str = ""
    tag: str = ""
    way: str = "missed"  # missed | in | out
    collector: bool = True
    place: str = ""  # "安徽合肥 移动"


@dataclass(frozen=True)
class Shot:
    """One picture: app, phone skin, kind, whose phone, status bar and content."""

    name: str
    app: str  # wecom qq_group dingtalk douyin alipay wechat sms dialer contacts paper idcard bill
    skin: str  # the phone: flyme ios_light harmony_next hyperos_dark realme oneplus camera
    kind: str  # chat group sms_thread sms_list call_log contact id_card paper bill
    captured: datetime
    status: str = ""  # the status bar as drawn, "" for a photo
    title: str = ""
    owner: str = "borrower"  # or whose phone / camera it came from
    lines: tuple[Line, ...] = ()
    rings: tuple[Ring, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()
    overlaps: str = ""  # an earlier shot of the same list
    sent_via: str = ""  # "" (the phone's own file) | wechat | qq | dingtalk: how it travelled
    members: str = ""  # a group's member count line


@dataclass(frozen=True)
class Story:
    """One borrower's case: people, loan and the pictures handed in."""

    key: str
    borrower: str
    platform: str
    collectors: tuple[str, ...]  # numbers as drawn, or nicknames as shown
    contacts: tuple[tuple[str, str], ...]  # (saved name, number as drawn or "")
    loan: dict = field(default_factory=dict)
    shots: tuple[Shot, ...] = ()


def digits(number: str) -> str:
    """A number as the app keys it: digits only."""
    return re.sub(r"\D", "", number)


def number_key(shown: str) -> str:
    """A drawn number as the truth keys it: digits, without the "+86" iOS puts before a mobile."""
    key = digits(shown)
    return key[2:] if shown.strip().startswith("+86") else key


def at(text: str) -> datetime:
    """'2026-09-14 22:47' as a datetime."""
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
    """What a drawn time label says, against the capture moment (the truth test's own reader)."""
    day = captured.date()
    head = label.split()[0] if " " in label else label
    if head.startswith("昨天"):
        day -= timedelta(days=1)
    elif head.startswith("前天"):
        day -= timedelta(days=2)
    elif head.startswith("星期"):
        back = (day.weekday() - WEEKDAYS.index(head[2])) % 7 or 7
        day -= timedelta(days=back)
    elif m := re.match(r"(?:(\d{4})[年/])?(\d{1,2})[月/](\d{1,2})日?", head):
        day = date(int(m.group(1) or day.year), int(m.group(2)), int(m.group(3)))
    return day, _clock(label)
