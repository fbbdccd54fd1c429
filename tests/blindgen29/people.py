"""How set 29's four cases are written (a message, a call, a screen, a case); each case is its own
module (case_deyang, case_qujing, case_liupanshui, case_jiuquan)."""

from __future__ import annotations

from tests.blindgen29.model import Call, Case, Msg, Screen, at, number_key

SIZE = {
    "magic929": (1224, 2700),
    "origin529": (1260, 2800),
    "iqoo29": (1440, 3200),
    "lumen29": (1179, 2556),
}


def m(who: str, t: str, text: str = "", kind: str = "text") -> Msg:
    return Msg(who, text, at(t), kind=kind)


def c(number: str, *times: str, name="", tag="", place="", missed=True, dur="") -> Call:
    return Call(number, [at(t) for t in times], name, tag=tag, place=place, missed=missed, dur=dur)


def scr(name: str, skin: str, app: str, captured: str, **kw) -> Screen:
    w, h = SIZE[skin]
    kw.setdefault("width", w)
    kw.setdefault("height", h)
    kw.setdefault("battery", 14 + sum(map(ord, name)) % 81)
    return Screen(name, skin, app, at(captured), **kw)


def case(key, phone, collectors, contacts, loan, screens) -> Case:
    keys = {number_key(x) or x for x in collectors}
    for s in screens:
        for one in (s, s.inner) if s.inner else (s,):
            for msg in one.msgs:
                msg.collector = (number_key(msg.who) or msg.who) in keys
                msg.quote = msg.collector and msg.kind == "text"
            for call in one.calls:
                call.collector = number_key(call.number) in keys
    return Case(key, phone, collectors, contacts, loan, screens)
