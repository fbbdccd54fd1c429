"""Small helpers the four cases are written with."""

from __future__ import annotations

from datetime import datetime

from tests.blindgen31.model import Call, Msg


def at(month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute)


def say(who: str, text: str, when: datetime, sep: str = "", collector: bool = False) -> Msg:
    return Msg(who, text, when, collector=collector, sep=sep)


def system(text: str, when: datetime, sep: str = "") -> Msg:
    return Msg("", text, when, kind="system", sep=sep)


def notice(who: str, text: str, when: datetime, sep: str = "") -> Msg:
    """A lender's plain notice of the loan (sums and due day, no demand): no quote, no conduct."""
    return Msg(who, text, when, collector=True, kind="notice", sep=sep)


def cut(m: Msg, n: int) -> str:
    """The first n characters of a message, as a banner or inbox row shows it before «…»."""
    return m.text[:n]


def preview(who: str, text: str, when: datetime, shown: str, collector: bool = False) -> Msg:
    return Msg(who, text, when, collector=collector, kind="preview", when=shown)


def row(
    label: str,
    times: list[datetime],
    when: str,
    sub: str = "",
    number: str = "",
    collector: bool = False,
    missed: bool = True,
    note: str = "",
) -> Call:
    return Call(label, number or label, times, when, collector, missed, sub, note)
