"""The twenty-ninth blind set: four 西南/西北 borrowers' cases, drawn with Pillow, and the truth.

Its own kit draws a Honor-MagicOS-9-like SMS app with a 服务号 bill card, a vivo-OriginOS-5-like
dialer and number page, a dark iQOO-like phone, an iPhone-like phone at large and small type, a
QQ-like dark chat, WeChat-like family and work groups a collector joins, a 钉钉-like DING page, a
360-like 骚扰拦截 page, a carrier's 通话详单 table, lock-screen banners, a loan app's bill, and
forged 律师函 / 传票 / 立案通知 papers; shots photographed by hand, recompressed twice, or opened in
a 相册 crop editor, and relatives' captures forwarded inside chats. Nobody tunes the parser on it.
"""

from __future__ import annotations

from tests.blindgen29.case_deyang import DEYANG
from tests.blindgen29.case_jiuquan import JIUQUAN
from tests.blindgen29.case_liupanshui import LIUPANSHUI
from tests.blindgen29.case_qujing import QUJING
from tests.blindgen29.model import Case, Screen, number_key
from tests.blindgen29.skin import CHROME

CASES: dict[str, Case] = {c.key: c for c in (DEYANG, QUJING, LIUPANSHUI, JIUQUAN)}
PHONE = {key: case.phone for key, case in CASES.items()}


def chrome() -> list[str]:
    return list(CHROME.values())


def collector_key(who: str) -> str:
    return number_key(who) or who


def all_screens(case: Case):
    for s in case.screens:
        yield s
        if s.inner is not None:
            yield s.inner


def calls(case: Case) -> dict[str, int]:
    """Each call once: a row folded «(3)», the same call on a number page, a 详单 or a second
    shot of the log is one call; a call that rang a relative's phone is a call of its own."""
    seen = {
        (s.owner, number_key(c.number), t)
        for s in all_screens(case)
        for c in s.calls
        if c.collector
        for t in c.times
    }
    totals: dict[str, int] = {}
    for _, number, _ in seen:
        totals[number] = totals.get(number, 0) + 1
    return totals


def quotes(case: Case) -> list[dict]:
    seen: dict[str, str] = {}
    for s in case.screens:
        for one in (s, s.inner) if s.inner else (s,):
            for m in one.msgs:
                if m.quote:
                    seen.setdefault(m.text, s.name)
    return [{"text": t, "screen": n} for t, n in seen.items()]


def conduct_days(case: Case) -> list[str]:
    days = [m.at.date() for s in all_screens(case) for m in s.msgs if m.collector]
    days += [t.date() for s in all_screens(case) for c in s.calls if c.collector for t in c.times]
    return sorted(d.isoformat() for d in days)


def statuses(s: Screen) -> list[str]:
    """The status-bar strings a screen draws (a paper photo draws none)."""
    return [] if s.app == "letter29" else s.statuses


def truth(case: Case) -> dict:
    days = conduct_days(case)
    return {
        "collectors": [collector_key(c) for c in case.collectors],
        "contacts": {name: number_key(n) for name, n in case.contacts},
        "calls": calls(case),
        "quotes": quotes(case),
        "statuses": sorted({t for s in all_screens(case) for t in statuses(s)}),
        "tabs": chrome(),
        "span": (days[0], days[-1]),
        "screens": [s.name for s in case.screens],
        "loan": dict(case.loan),
    }
