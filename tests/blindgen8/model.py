"""The eighth blind set's one model: messages, call rows, screens and cases.

Pages are drawn from these objects and the truth is computed from them, so nothing is typed twice.
Time labels are made here from the true moment and the capture time, the way phones word them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

_WEEK = "一二三四五六日"


def number_key(text: str) -> str:
    """A phone number's digits without +86 (or "" when the text is a name, not a number)."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits if len(digits) >= 5 and not re.search(r"[\u4e00-\u9fff]", text) else ""


def ampm(at: datetime) -> str:
    """A 12-hour Chinese clock: 上午9:05, 下午3:12, 晚上10:40, 凌晨1:20."""
    hour = at.hour % 12 or 12
    part = "凌晨" if at.hour < 6 else "上午" if at.hour < 12 else "下午" if at.hour < 18 else "晚上"
    return f"{part}{hour}:{at.minute:02d}"


def label(at: datetime, captured: datetime, style: str = "24") -> str:
    """How a list or a separator words a moment seen from the capture time.

    style: "24" (21:40, 昨天 21:40, 周三 21:40, 11月3日 21:40), "12" (上午/下午 clocks),
    "day" (a call log's date column only: 21:40, 昨天, 周三, 11/03), "ymd" (2026/11/03 21:40).
    """
    clock = ampm(at) if style == "12" else f"{at.hour:02d}:{at.minute:02d}"
    if style == "ymd":
        return f"{at:%Y/%m/%d} {clock}"
    days = (captured.date() - at.date()).days
    if days == 0:
        return clock
    if days == 1:
        return "昨天" if style == "day" else f"昨天 {clock}"
    if days < 7:
        week = f"周{_WEEK[at.weekday()]}"
        return week if style == "day" else f"{week} {clock}"
    if style == "day":
        return f"{at:%m/%d}"
    return f"{at.month}月{at.day}日 {clock}"


@dataclass(frozen=True)
class Msg:
    """One message. who: "me", a collector (number or nickname) or a contact's name."""

    who: str
    text: str
    at: datetime
    stamp: bool = False  # a time separator is drawn above it
    kind: str = "text"  # text | preview (a list row cut by CSS) | shot (a framed screenshot)
    notice: bool = False  # a bare platform notice (disbursement, due day): no conduct
    inner: tuple[Msg, ...] = ()  # the messages inside a framed screenshot


@dataclass(frozen=True)
class Call:
    """One call-log row: count calls, the last at `at`."""

    number: str
    at: datetime
    count: int = 1
    name: str = ""  # a saved name, shown instead of the number
    tag: str = ""  # 疑似催收 / 骚扰电话 / 标记12次 …
    place: str = ""
    missed: bool = True
    seconds: int = 0  # a talk time, for answered calls


@dataclass(frozen=True)
class Screen:
    """One screenshot: a phone skin, an app page, whose phone, when it was taken."""

    name: str
    skin: str
    app: str
    owner: str  # "borrower" or a contact's name: whose phone it is
    captured: datetime
    status: str  # the status-bar line exactly as drawn (clock, network, battery)
    title: str = ""
    msgs: tuple[Msg, ...] = ()
    calls: tuple[Call, ...] = ()
    blocked_sms: tuple[Msg, ...] = ()  # a blocker's 拦截的短信 previews
    style: str = "24"  # how its time labels are worded (see label())
    overlaps: str = ""  # the earlier shot of the same list it shares rows with
    forwarded: bool = False  # sent on through a chat app: an mmexport JPEG
    photo: bool = False  # a camera photo of paper or a card
    tall: bool = False  # a long capture
    fields: tuple[tuple[str, str], ...] = ()  # a bill's or a document's lines
    extra: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Case:
    key: str
    borrower: str
    platform: str
    collectors: tuple[str, ...]  # numbers as shown, or nicknames
    contacts: tuple[tuple[str, str], ...]  # (saved name, number as shown or "")
    loan: dict
    screens: tuple[Screen, ...]


def t(stamp: str) -> datetime:
    """A 2026 moment from "11-12 02:17" (this set's cases all fall in late 2026)."""
    return datetime.fromisoformat(f"2026-{stamp[:5]}T{stamp[6:]}")
