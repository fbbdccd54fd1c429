"""The case generator's vocabulary: messages, call rows, screens and cases (no drawing)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Msg:
    """One message: who sent it ("me" for the phone's owner), when, and its whole text."""

    sender: str
    at: datetime
    text: str
    collector: bool = False


@dataclass(frozen=True)
class CallRow:
    """One call-log row: number as the phone shows it, saved name, count, direction, time."""

    number: str
    at: datetime
    count: int = 1
    name: str = ""
    tag: str = ""
    missed: bool = True
    collector: bool = True


@dataclass(frozen=True)
class Screen:
    """One screenshot: app, skin, kind, whose phone, the status bar and its content."""

    name: str
    app: str  # wechat | dingtalk | sms | dialer | photo | loanapp
    skin: str  # miui | harmony | ios
    kind: str  # chat | group | sms_thread | sms_list | call_log | id_card | bill | court
    captured: datetime
    status: str  # the status-bar text as drawn, e.g. "16:40 HD 5G"
    title: str = ""
    owner: str = "borrower"  # or the relative whose phone it was taken on
    messages: tuple[Msg, ...] = ()
    calls: tuple[CallRow, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()  # documents and bill pages: label, value
    overlaps: str = ""  # name of an earlier screen of the same list it overlaps


@dataclass(frozen=True)
class Case:
    """One borrower's case: people, loan and screens."""

    key: str
    borrower: str
    platform: str
    collectors: tuple[str, ...]  # numbers as drawn
    contacts: tuple[tuple[str, str], ...]  # (saved name, number as drawn)
    loan: dict = field(default_factory=dict)
    screens: tuple[Screen, ...] = ()


def digits(number: str) -> str:
    """A number as the app stores it: digits only."""
    return re.sub(r"\D", "", number)


def d(text: str) -> datetime:
    """'2026-03-14 22:47' as a datetime."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M")
