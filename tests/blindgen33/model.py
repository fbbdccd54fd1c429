"""Records the thirty-third set draws its pages from: calls, messages, screens, whole cases.

Pages and truth are both read off these records, so what is drawn and what is scored agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime


def number_key(text: str) -> str:
    """A phone number's digits (a nickname has none worth keeping: empty)."""
    flat = re.sub(r"[\s\-()+]", "", text)
    if flat.startswith("86") and len(flat) == 13:
        flat = flat[2:]
    return flat if flat.isdigit() and len(flat) >= 5 else ""


def at(text: str) -> datetime:
    """«2026-11-02 21:14» as a datetime."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


def times(day: str, *clocks: str) -> list[datetime]:
    """Several calls on one day: times("2026-11-02", "10:05", "10:07")."""
    return [at(f"{day} {c}") for c in clocks]


@dataclass
class Call:
    """One row of a call log: a number (or contact), and every call folded into the row."""

    number: str
    label: str
    times: list[datetime]
    kind: str = "未接"  # 未接 / 呼入 / 呼出
    tag: str = ""
    place: str = ""
    sim: str = ""
    collector: bool = False

    @property
    def count(self) -> int:
        return len(self.times)


@dataclass
class Msg:
    """A message, bubble, notification or system line; who is a number, a nickname or «me»."""

    who: str
    text: str
    at: datetime
    kind: str = "msg"  # msg / notice / voice / system / image
    quote: bool = False
    cut: bool = False  # an inbox preview: the text is the part shown before «…»
    name: str = ""  # how the page names the sender, if not `who`
    seconds: int = 0  # a voice note's length
    collector: bool = False

    @property
    def shown(self) -> str:
        return self.name or self.who


@dataclass
class Screen:
    """One screenshot: whose phone, which skin/app, what it shows, and how it was aged."""

    name: str
    skin: str
    app: str
    owner: str
    captured: datetime
    title: str = ""
    calls: list[Call] = field(default_factory=list)
    msgs: list[Msg] = field(default_factory=list)
    wrap: str = ""
    inner: Screen | None = None
    extra: dict = field(default_factory=dict)
    battery: int = 80
    signal: str = "5G"

    def all_calls(self) -> list[Call]:
        return list(self.calls)


@dataclass
class Case:
    """One borrower's story: collectors, own contacts, the loan and the screens."""

    key: str
    phone: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict
    screens: list[Screen]

    def __post_init__(self) -> None:
        keys = {number_key(c) or c for c in self.collectors}
        for s in self.screens:
            for part in (s, s.inner) if s.inner else (s,):
                for m in part.msgs:
                    m.collector = (number_key(m.who) or m.who) in keys
                for c in part.calls:
                    c.collector = number_key(c.number) in keys
