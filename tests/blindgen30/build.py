"""Shorthand the four stories are written in."""

from __future__ import annotations

from datetime import datetime

from tests.blindgen30.model import Call, Msg


def t(s: str) -> datetime:
    """«11-28 21:50» in 2026."""
    return datetime.fromisoformat(f"2026-{s}")


def C(who: str, text: str, at: str, shown: str = "") -> Msg:
    """A collector's own harassing or demanding message, quoted whole."""
    return Msg(who, text, t(at), collector=True, quote=True, shown=shown)


def CP(who: str, text: str, at: str, shown: str = "") -> Msg:
    """A collector's message cut short in a list (drawn with «…»; not a whole quote)."""
    return Msg(who, text, t(at), collector=True, kind="preview", shown=shown)


def OT(who: str, text: str, at: str, shown: str = "") -> Msg:
    """Someone else: a relative, a colleague, a bank, the carrier."""
    return Msg(who, text, t(at), shown=shown)


def OP(who: str, text: str, at: str, shown: str = "") -> Msg:
    return Msg(who, text, t(at), kind="preview", shown=shown)


def ME(text: str, at: str) -> Msg:
    return Msg("me", text, t(at))


def SYS(text: str, at: str) -> Msg:
    return Msg("system", text, t(at), kind="system")


def NOTE(who: str, text: str, at: str) -> Msg:
    return Msg(who, text, t(at), kind="notice")


def IMG(who: str, at: str, shown: str = "") -> Msg:
    return Msg(who, "inner", t(at), kind="image", shown=shown)


def K(number: str, at: str, count: int = 1, col: bool = True, **kw) -> Call:
    """A call row: a collector's unless col=False; «(n)» unless words says otherwise."""
    words = kw.pop("words", f"({count})" if count > 1 else "")
    kind = kw.pop("kind", "missed" if col else "in")
    return Call(number, t(at), count, col, words=words, kind=kind, **kw)
