"""Set 25's drawing kit for its four borrowers' stories (tangshan.py, huhehaote.py, wulumuqi.py,
sanya.py): times, messages, calls, screens on each phone, and who is a collector."""

from __future__ import annotations

from datetime import datetime

from tests.blindgen25.model import Call, Case, Msg, Screen, number_key


def t(stamp: str) -> datetime:
    return datetime.strptime("2026-" + stamp, "%Y-%m-%d %H:%M")


def M(who, text, at, kind="bubble", stamp=""):
    return Msg(who, text, t(at), kind, stamp)


def C(number, at, stamp, count=1, **kw):
    return Call(number, t(at), stamp, count, **kw)


# Each skin's phone: CSS size and device scale (iPhone-like 3x, Android 1080p and 2x).
_PHONES = {"aurora25": ((390, 844), 3), "dusk25": ((390, 844), 3), "ember25": ((360, 800), 3),
           "mint25": ((412, 915), 2)}  # fmt: skip


def S(name, app, skin, at, title, **kw):
    size, scale = ((420, 600), 2) if app == "paper25" else _PHONES[skin]
    kw.setdefault("size", size)
    kw.setdefault("scale", scale)
    return Screen(name, app, skin, kw.pop("owner", "borrower"), t(at), title, **kw)


# The borrower's own phone: one OS per case (light, dark); a page drawn dark stays dark.
_OWN = {"tangshan": ("aurora25", "dusk25"), "huhehaote": ("aurora25", "dusk25"),
        "wulumuqi": ("mint25", "ember25"), "sanya": ("mint25", "ember25")}  # fmt: skip


def _mark(case: Case) -> Case:
    light, dark = _OWN[case.key]
    for s in case.screens:
        if s.owner == "borrower" and s.app != "paper25":
            s.dark = s.dark or s.skin in ("ember25", "dusk25")
            s.skin = dark if s.dark else light
            s.size, s.scale = _PHONES[s.skin]
    keys = {number_key(c) or c for c in case.collectors}
    for s in case.screens:
        for x in (s, s.inner) if s.inner else (s,):
            for m in x.msgs:
                m.collector = (number_key(m.who) or m.who) in keys
            for c in x.calls:
                c.collector = number_key(c.number) in keys
    return case
