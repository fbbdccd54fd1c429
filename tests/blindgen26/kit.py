"""Small helpers the four stories share: times, call rows folded or single, screens."""

from __future__ import annotations

from datetime import datetime

from tests.blindgen26.model import Call, Case, Msg, Screen, digits_of


def t(when: str) -> datetime:
    """«12-03 21:40» (or «11-28 19:05») in 2026."""
    day, hm = when.split()
    mo, d = day.split("-")
    h, mi = hm.split(":")
    return datetime(2026, int(mo), int(d), int(h), int(mi))


def row(number: str, day: str, clocks: str, **kw) -> Call:
    """One log row: a number called on `day` at each clock (folded into «(n)» when several)."""
    times = tuple(t(f"{day} {c}") for c in clocks.split())
    return Call(number=number, at=max(times), count=len(times), times=times, **kw)


def say(who: str, when: str, text: str, kind: str = "bubble") -> Msg:
    return Msg(who=who, text=text, at=t(when), kind=kind)


def shot(name: str, app: str, skin: str, when: str, title: str, **kw) -> Screen:
    return Screen(name=name, app=app, skin=skin, owner=kw.pop("owner", "me"), captured=t(when),
                  title=title, **kw)  # fmt: skip


def key_of(who: str) -> str:
    return digits_of(who) or who


def finish(case: Case) -> Case:
    """Mark each message and call as a collector's or not, from the case's collector keys."""
    keys = set(case.collectors)
    for s in case.screens:
        for inner in (s, s.inner) if s.inner else (s,):
            for m in inner.msgs:
                m.collector = key_of(m.who) in keys
            for c in inner.calls:
                c.collector = digits_of(c.number) in keys
                if not c.times:
                    c.times = (c.at,)
    return case
