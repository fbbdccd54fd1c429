"""The thirty-second blind set: four borrowers' whole cases (闽东, 陕南 ×2, 鄂西北), and the truth.

Pages are drawn with Pillow from the set's own primitives at 720–1440 px on four invented skins:
an iPhone-like light one (tidal32), a light Android with card rows (loquat32), a dark Android
(basalt32) and a cream-and-saffron themed one (saffron32); plus a landscape tablet's messages
(slab32), a PC chat client's window (desk32) and paper notices photographed on a table (paper32).
Call logs with one collector in several rows and folded «(n)», a log in relative times only, a
number's page, SMS threads and an inbox of cut previews, lock screens, bills, chats where the
borrower answers at length, a collector posting the borrower's ID card and contacts, a family
group a collector joins and renames himself in, relatives' logs and SMS forwarded in chats; a
third aged (photographed, cropped, recompressed, a long capture). Report only.
"""

from __future__ import annotations

from tests.blindgen32.ankang import CASE as ANKANG
from tests.blindgen32.hanzhong import CASE as HANZHONG
from tests.blindgen32.model import Case, Screen, number_key
from tests.blindgen32.ningde import CASE as NINGDE
from tests.blindgen32.shiyan import CASE as SHIYAN
from tests.blindgen32.skins import CHROME, statuses

CASES: dict[str, Case] = {c.key: c for c in (NINGDE, ANKANG, HANZHONG, SHIYAN)}
PHONE = {key: case.phone for key, case in CASES.items()}


def chrome() -> list[str]:
    return sorted({bar for bar in CHROME.values() if bar})


def collector_key(who: str) -> str:
    return number_key(who) or who.replace(" ", "")


def all_screens(case: Case):
    for s in case.screens:
        yield s
        if s.inner is not None:
            yield s.inner


def calls(case: Case) -> dict[str, int]:
    """Each collector call once: a call two screens of one phone show is one call."""
    seen = {
        (s.owner, number_key(c.number), t)
        for s in all_screens(case)
        for c in s.all_calls()
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
        for inner in (s, s.inner) if s.inner else (s,):
            for m in inner.msgs:
                if m.quote:
                    seen.setdefault(m.text, s.name)
    return [{"text": t, "screen": n} for t, n in seen.items()]


def conduct(s: Screen) -> list:
    return [m.at for m in s.msgs if m.collector and m.kind != "notice"] + [
        t for c in s.all_calls() if c.collector for t in c.times
    ]


def conduct_days(case: Case) -> list[str]:
    return sorted(t.date().isoformat() for s in all_screens(case) for t in conduct(s))


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
