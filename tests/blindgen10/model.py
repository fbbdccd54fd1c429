"""The tenth blind set's model: bubbles, call rows, screens and cases draw both pages and truth."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

_DAYS = "一二三四五六日"


def number_key(text: str) -> str:
    """A phone number's digits without +86 (empty for a nickname)."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits if len(digits) >= 5 and not re.search(r"[\u4e00-\u9fff]", text) else ""


# Kinds whose text is a collector's whole words (a quote in the truth). A voice-call bubble
# ("未接听"), a notification line cut by the shade or a photo are conduct, not words.
QUOTE_KINDS = ("text", "flash", "sms", "dm")


@dataclass
class Msg:
    """One bubble, notification, pop-up or row. who: "me", a collector, or a contact's name.

    kind: text, sms (a thread bubble), dm (a recruiting-site message), flash (a 闪信 pop-up),
    vcall (a voice-call bubble: its text is "未接听", "对方已取消" or "通话时长 00:32"),
    notif (a shade notification, cut), image, system.
    """

    who: str
    text: str
    at: datetime
    collector: bool = False
    kind: str = "text"
    stamp: bool = False  # draw a time separator above it

    @property
    def quote(self) -> bool:
        return self.collector and self.kind in QUOTE_KINDS


@dataclass
class Call:
    """One dual-SIM log row: number or saved name, SIM slot, HD mark, 归属地, "(n)" and time."""

    number: str
    at: datetime
    count: int = 1
    name: str = ""
    sim: int = 1
    hd: bool = False
    place: str = ""
    missed: bool = True
    tag: str = ""
    collector: bool = False


@dataclass
class Screen:
    name: str
    skin: str
    app: str
    captured: datetime
    title: str = ""
    owner: str = "borrower"
    msgs: list[Msg] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # a bill, an ID card, a letter; clock, net, battery
    tall: int = 0  # CSS height of a long capture, 0 for one screen
    forwarded: bool = False  # an mmexport JPEG that came over WeChat
    overlaps: str = ""  # the earlier screen whose rows this one repeats

    @property
    def has_bar(self) -> bool:
        """A photo of paper carries no status bar."""
        return self.app not in ("idcard10", "lawyer10")

    @property
    def status(self) -> str:
        """The status bar's words (clock, network, battery) as drawn."""
        clock = self.extra.get("clock") or self.captured.strftime("%H:%M")
        return f"{clock} {self.extra.get('net', '5G')} {self.extra.get('battery', 58)}%"


@dataclass
class Case:
    key: str
    borrower: str
    platform: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict
    screens: list[Screen] = field(default_factory=list)


def when(at: datetime, captured: datetime, style: str = "") -> str:
    """A time as a phone prints it against the moment of capture (style: "en", "dot", "")."""
    days = (captured.date() - at.date()).days
    if style == "en":
        h12 = at.hour % 12 or 12
        clock = f"{h12}:{at.minute:02d} {'am' if at.hour < 12 else 'pm'}"
        if days == 0:
            return clock
        return "Yesterday" if days == 1 else at.strftime("%d/%m/%Y")
    clock = at.strftime("%H:%M")
    if days == 0:
        return clock
    if days == 1:
        return f"昨天 {clock}"
    if style == "dot":
        return at.strftime("%m.%d ") + clock
    if days < 7:
        return f"星期{_DAYS[at.weekday()]} {clock}"
    return f"{at.month}月{at.day}日 {clock}"


def t(text: str) -> datetime:
    """ "03-14 21:40" in 2027."""
    return datetime.strptime(f"2027-{text}", "%Y-%m-%d %H:%M")


def speaker(collectors: list[str]):
    """A bubble maker for one case: a speaker is a collector when the case names them so."""
    keys = {number_key(c) or c for c in collectors}

    def say(who: str, text: str, at: str, kind: str = "text", stamp: bool = False) -> Msg:
        return Msg(who, text, t(at), (number_key(who) or who) in keys, kind, stamp)

    return say


def caller(collectors: list[str]):
    """A call-row maker for one case: the row is a collector's when its number is."""
    keys = {number_key(c) or c for c in collectors}

    def row(number: str, at: str, count: int = 1, **kw) -> Call:
        return Call(number, t(at), count, collector=number_key(number) in keys, **kw)

    return row
