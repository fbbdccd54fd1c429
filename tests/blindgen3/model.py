"""The third blind set's vocabulary: messages, call-log entries, captures and matters (no drawing).

Written without reading the earlier generators' drawing or case modules: its own names and shape,
so nothing of the sets the parser was tuned on leaks into this one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class Said:
    """One chat or SMS message: who sent it ("me": the phone's owner), when, the whole text.

    stamp: the time separator drawn above it ("" when none). notice: a platform's bare notice (a
    disbursement SMS): a collector's line, but neither a quote nor an act of collection.
    preview: an inbox row's text, cut by CSS, never a quote. system: a grey line in a group
    ("X joined"), said by nobody.
    """

    who: str
    at: datetime
    text: str
    stamp: str = ""
    collector: bool = False
    notice: bool = False
    preview: bool = False
    system: bool = False


@dataclass(frozen=True)
class Dial:
    """One call-log entry as drawn: the number or saved name, its time, count, SIM, tag, way.

    day: the day heading above it in a log grouped by day ("今天", "昨天", "10月12日"), "" in a
    log that prints the day in the row itself (then `when` holds it).
    """

    shown: str
    at: datetime
    when: str
    day: str = ""
    count: int = 1
    way: str = "missed"  # missed | in | out
    sim: str = ""  # 卡1 | 卡2 on a dual-SIM phone
    tag: str = ""  # the phone's mark: 疑似催收, 骚扰电话, 快递送餐
    place: str = ""  # 甘肃兰州 移动
    collector: bool = True


@dataclass(frozen=True)
class Capture:
    """One picture handed in: app, skin, kind, whose phone, status bar and content."""

    name: str
    app: str  # lark xhs weibo shopchat wechat_care wechat_family sms dialer bill paper idcard
    skin: str  # nubia_myos zui zui_pad smartisan ios_axl camera
    kind: str  # chat group sms_thread sms_list call_log bill paper id_card pad_chat
    captured: datetime
    status: str = ""  # the status bar's text as drawn; "" for a camera photo
    title: str = ""
    owner: str = "borrower"  # or the relative whose phone it was taken on
    said: tuple[Said, ...] = ()
    dials: tuple[Dial, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()  # bill, letter and card fields: label, value
    overlaps: str = ""  # an earlier capture of the same call log
    sent_via: str = ""  # "" (the phone's own file) | wechat | wechat_pc: how it travelled
    tall: bool = False  # a long (scrolling) capture


@dataclass(frozen=True)
class Matter:
    """One borrower's whole case: the people, the loan and the pictures handed in."""

    key: str
    borrower: str
    platform: str
    collectors: tuple[str, ...]  # numbers as drawn somewhere, or nicknames as shown
    contacts: tuple[tuple[str, str], ...]  # (saved name, number as drawn or "")
    loan: dict = field(default_factory=dict)
    captures: tuple[Capture, ...] = ()


def ascii_digits(text: str) -> str:
    """Full-width digits as ASCII ones (everything else kept)."""
    return "".join(unicodedata.normalize("NFKC", c) if "０" <= c <= "９" else c for c in text)


def number_key(shown: str) -> str:
    """A drawn number as the truth keys it: ASCII digits, without a leading "+86"."""
    flat = ascii_digits(shown).strip()
    key = re.sub(r"[^0-9]", "", flat)
    return key[2:] if flat.startswith("+86") else key


def who_key(who: str) -> str:
    """A sender as the scorer keys a collector: a number's digits, else the name as shown."""
    return number_key(who) or who


def at(text: str) -> datetime:
    """'2026-10-14 22:47' as a datetime."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


_CLOCK = re.compile(r"(上午|下午|晚上|凌晨|中午)?\s*(\d{1,2}):(\d{2})$")


def _clock(text: str) -> tuple[int, int] | None:
    match = _CLOCK.search(text.strip())
    if not match:
        return None
    part, hour, minute = match.group(1), int(match.group(2)), int(match.group(3))
    if part in ("下午", "晚上") and hour < 12:
        hour += 12
    if part == "中午" and hour < 11:
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
    elif m := re.match(r"(\d{4})[年/-](\d{1,2})[月/-](\d{1,2})日?", head):
        day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    elif m := re.match(r"(\d{1,2})[月-](\d{1,2})日?$", head):
        day = date(day.year, int(m.group(1)), int(m.group(2)))
    return day, _clock(label)
