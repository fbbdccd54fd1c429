"""Small helpers the four stories are written with."""

from __future__ import annotations

from datetime import datetime

from tests.blindgen27.model import Call, Msg


def t(stamp: str) -> datetime:
    """«11-28 19:05» in 2026."""
    return datetime.strptime("2026-" + stamp, "%Y-%m-%d %H:%M")


def col(who: str, text: str, at: str, quote: bool = True, **kw) -> Msg:
    return Msg(who, text, t(at), collector=True, quote=quote, **kw)


def say(who: str, text: str, at: str, **kw) -> Msg:
    return Msg(who, text, t(at), **kw)


def me(text: str, at: str) -> Msg:
    return Msg("me", text, t(at))


def pic(who: str, at: str) -> Msg:
    return Msg(who, "[图片]", t(at), kind="image", name=who)


def calls(number: str, day: str, *clock: str, **kw) -> Call:
    """A log row: one number's calls on one day (newest first)."""
    return Call(number, [t(f"{day} {c}") for c in clock], **kw)
