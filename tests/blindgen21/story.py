"""Helpers for writing a case: times, phone-style file names and the collector flags."""

from __future__ import annotations

from datetime import datetime

from tests.blindgen21.model import Case, number_key


def t(text: str) -> datetime:
    """ "03-10 23:02" in 2026."""
    return datetime.strptime(f"2026-{text}", "%Y-%m-%d %H:%M")


def shot(kind: str, at: datetime, n: int = 0) -> str:
    """The file name a phone or app gives a capture taken at `at`."""
    if kind == "oppo":
        return at.strftime("Screenshot_%Y-%m-%d-%H-%M-") + f"{11 + n:02d}-{41 + 3 * n}.png"
    if kind == "meizu":
        return at.strftime("S%y%m%d-%H%M") + f"{10 + n:02d}.png"
    if kind == "xiaomi":
        return at.strftime("Screenshot_%Y-%m-%d-%H-%M-") + f"{20 + n:02d}-512_com.png"
    if kind == "wx":
        return at.strftime("微信图片_%Y%m%d%H%M") + f"{30 + n:02d}.jpg"
    if kind == "camera":
        return at.strftime("IMG_%Y%m%d_%H%M") + f"{n:02d}.jpg"
    if kind == "ios":
        return f"IMG_{4100 + n}.PNG"
    raise ValueError(kind)


def mark_collectors(case: Case) -> Case:
    """Flag each message and call row whose sender is one of the case's collectors."""
    keys = {number_key(c) or c for c in case.collectors}
    for screen in case.screens:
        for msg in screen.msgs:
            msg.collector = (number_key(msg.who) or msg.who) in keys
        for call in screen.calls:
            call.collector = number_key(call.number) in keys
    return case
