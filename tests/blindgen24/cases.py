"""The twenty-fourth blind set: four 西南/西北/东北 borrowers' whole cases, drawn with Pillow.

Its own skins (a light Android, a dark one, an iPhone-like and a 720 px phone) draw SMS threads,
inboxes with cut previews, call logs folded with «(n)», tags and 归属地, a number's own call
page, lock-screen banners, a loan app's 账单详情, WeChat-like chats with 昨天/周X/N分钟前 times,
a family or work group a collector joins, a relative's screenshot forwarded inside a chat, and
photographed forged 律师函 / 法院 notices. Nobody tunes the parser on it (report only).
"""

from __future__ import annotations

from tests.blindgen24.anshun import anshun
from tests.blindgen24.model import Case, number_key
from tests.blindgen24.mudanjiang import mudanjiang
from tests.blindgen24.pages import CHROME, status_strings
from tests.blindgen24.panzhihua import panzhihua
from tests.blindgen24.tianshui import tianshui

CASES: dict[str, Case] = {
    case.key: case for case in (anshun(), tianshui(), mudanjiang(), panzhihua())
}
PHONE = {key: case.phone for key, case in CASES.items()}


def chrome() -> list[str]:
    return [bar for bar in CHROME.values() if bar] + ["去还款", "通话记录", "信息"]


def collector_key(who: str) -> str:
    return number_key(who) or who


def all_screens(case: Case):
    for s in case.screens:
        yield s
        if s.inner is not None:
            yield s.inner


def calls(case: Case) -> dict[str, int]:
    """Each call once, however many screens show it."""
    seen = {(c.owner, number_key(c.number), c.at) for s in all_screens(case) for c in s.calls
            if c.collector}  # fmt: skip
    totals: dict[str, int] = {}
    for _, number, _ in seen:
        totals[number] = totals.get(number, 0) + 1
    return totals


def quotes(case: Case) -> list[dict]:
    seen: dict[str, str] = {}
    for s in case.screens:
        for inner in (s, s.inner) if s.inner else (s,):
            for m in inner.msgs:
                if m.quote:
                    seen.setdefault(m.text, s.name)
    return [{"text": t, "screen": n} for t, n in seen.items()]


def conduct_days(case: Case) -> list[str]:
    days = [m.at.date() for s in all_screens(case) for m in s.msgs if m.collector]
    days += [c.at.date() for s in all_screens(case) for c in s.calls if c.collector]
    return sorted(d.isoformat() for d in days)


def truth(case: Case) -> dict:
    days = conduct_days(case)
    return {
        "collectors": [collector_key(c) for c in case.collectors],
        "contacts": {name: number_key(n) for name, n in case.contacts},
        "calls": calls(case),
        "quotes": quotes(case),
        "statuses": sorted({x for s in all_screens(case) for x in status_strings(s)}),
        "tabs": chrome(),
        "span": (days[0], days[-1]),
        "screens": [s.name for s in case.screens],
        "loan": dict(case.loan),
    }
