"""Who the name lines over a thread's bubbles name: one counterpart and "我", or a group.

A thread that writes each party's name over their bubbles (an SMS app with both parties on one
side, a forwarded chat record) is still 1:1 when the names are the title's counterpart and the
owner; two or more other names, or one member posting again and again, make it a group.
"""

from __future__ import annotations

import re

from evidence.screens.avatars import SELF_LABEL
from evidence.screens.calls import first_phone

# A name line this long or longer may be a misread of the title it repeats.
_MISREAD_MIN = 5


def grouped(names: list[str]) -> bool:
    """Nicknames over bubbles that are not the title's counterpart: two people, or one person
    over two or more bubbles. A shop's or a service desk's chat reads so: its title names the
    shop, the agent's name line over each bubble says who wrote it."""
    return len(names) >= 2


def _same_party(name: str, counterpart: str) -> bool:
    """Whether a name line names the thread's counterpart (spaces and a number's grouping aside)."""
    flat, other = re.sub(r"\s+", "", name), re.sub(r"\s+", "", counterpart)
    if not flat or not other:
        return False
    phone = first_phone(name)
    return (
        flat == other
        or (bool(phone) and phone == first_phone(counterpart))
        or _misread(flat, other)
    )


def _misread(name: str, title: str) -> bool:
    """A name line OCR misread from the title ("货后-周经理" for "贷后-周经理"): as long, a long
    name, at most a third of its characters different, each in its own place."""
    if len(name) != len(title) or len(name) < _MISREAD_MIN or first_phone(name):
        return False
    return sum(a != b for a, b in zip(name, title, strict=True)) <= len(name) // 3


def named_pair(names: list[str], counterpart: str) -> str | None:
    """The counterpart of a 1:1 thread that writes each party's name over their bubbles (the
    other party's and "我"), or None where the names say a group. Without a title the one name
    that is not the owner's is the counterpart."""
    others = {n for n in names if not SELF_LABEL.match(n)}
    if not names:
        return None
    if counterpart:
        return counterpart if all(_same_party(n, counterpart) for n in others) else None
    return next(iter(others)) if len(others) == 1 else None
