"""Short constructors the case files write their stories with."""

from __future__ import annotations

from datetime import datetime

from tests.blindgen17.model import Call, Msg, Screen


def at(text: str) -> datetime:
    return datetime.strptime(
        text, "%Y-%m-%d %H:%M:%S" if text.count(":") == 2 else "%Y-%m-%d %H:%M"
    )


def said(who: str, text: str, when: str, stamp: str = "", col: bool = False) -> Msg:
    """Someone else's words, on the left (col: the speaker is a collector)."""
    return Msg(who, text, at(when), stamp, col, "in")


def cut(who: str, text: str, when: str, stamp: str = "", col: bool = False) -> Msg:
    """A list preview or banner cut short by "…": it shows who, never a whole quote."""
    return Msg(who, text, at(when), stamp, col, "preview")


def mine(text: str, when: str, stamp: str = "") -> Msg:
    """The phone owner's own words, on the right: never a quote."""
    return Msg("me", text, at(when), stamp, False, "out")


def note(text: str, when: str) -> Msg:
    return Msg("system", text, at(when), "", False, "note")


def row(number: str, when: str, stamp: str, count: int = 1, name: str = "", tag: str = "",
        col: bool = False, missed: bool = True) -> Call:  # fmt: skip
    return Call(number, at(when), stamp, count, name, tag, col, missed)


def shot(pattern: str, when: str, skin: str, app: str, title: str = "", net: str = "5G",
         batt: str = "76%", clock: str | None = None, **kw) -> Screen:  # fmt: skip
    """A screen captured at `when`; its file name is the pattern filled with that time."""
    captured = at(when)
    statuses = [clock or captured.strftime("%H:%M"), net, batt]
    if kw.get("wrap") == "crop17" or app in ("idcard17", "letter17"):
        statuses = []  # a cropped top, or a photo of paper: no status bar drawn
    return Screen(captured.strftime(pattern), captured, skin, app, title, statuses=statuses, **kw)
