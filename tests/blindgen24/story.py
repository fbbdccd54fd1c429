"""Set 24's story kit: times, messages and calls as its four borrowers' stories write them
(anshun.py, tianshui.py, mudanjiang.py, panzhihua.py)."""

from __future__ import annotations

from datetime import datetime

from tests.blindgen24.model import Call, Msg, number_key


def t(month: int, day: int, hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, second)


def msgs(collectors: set[str], *rows) -> list[Msg]:
    """(who, when, text[, "cut"]) rows; a collector's whole message is a quote."""
    out = []
    for who, at, text, *flag in rows:
        col = (number_key(who) or who) in collectors
        preview = "cut" in flag
        out.append(Msg(who, text, at, collector=col, quote=col and not preview, preview=preview))
    return out


def calls(collectors: set[str], owner: str, *rows) -> list[Call]:
    """(number, name, way, when...) rows: one call per time."""
    out = []
    for number, name, way, *times in rows:
        col = number_key(number) in collectors
        out += [Call(number, at, owner, col, name, way) for at in times]
    return out
