"""Short builders the four case files write their records with."""

from __future__ import annotations

from tests.blindgen32.model import Call, Msg, Screen, at


def m(who, text, when, c=False, q=False, kind="text", image="") -> Msg:
    return Msg(who, text, at(when), collector=c, quote=q, kind=kind, image=image)


def call(number, label, whens, col=False, kind="missed", tag="", place="", sim=0) -> Call:
    return Call(number, label, [at(w) for w in whens], col, kind, tag, place, sim)


def scr(name, skin, app, when, **kw) -> Screen:
    return Screen(name, skin, app, at(when), **kw)
