"""The thirty-third blind set: four borrowers' cases (客家, 鄂东, 滇东北, 皖北), and the truth.

Pages are HTML with the set's own CSS, shot by headless Chromium on four phones of its own: an
iOS-like light phone (ivoire33), a dark Android (nocturne33), a large-font elder mode (laoyou33)
and a green-accent Android (sprout33). Screens: an iOS-like «最近通话» with «(n)» and a number's
info page, Android logs with SIM badges, 归属地 and tags, SMS inboxes mixing 106 lenders and
collectors' mobiles, threads where the borrower answers at length, 企业微信-like external-contact
chats with voice notes turned to text, family groups a collector joins by QR code, lock screens
stacked with notifications, loan bills, photographed forged 仲裁/传票/律师函/调解 papers, and
relatives' captures forwarded inside chats; a third aged (photographed, cropped, sent on twice at
low resolution, stitched long captures). Report only.
"""

from __future__ import annotations

from tests.blindgen33.bozhou import CASE as BOZHOU
from tests.blindgen33.huanggang import CASE as HUANGGANG
from tests.blindgen33.kit import statuses
from tests.blindgen33.meizhou import CASE as MEIZHOU
from tests.blindgen33.model import Case, Screen, number_key
from tests.blindgen33.skins import CHROME
from tests.blindgen33.zhaotong import CASE as ZHAOTONG

CASES: dict[str, Case] = {c.key: c for c in (MEIZHOU, HUANGGANG, ZHAOTONG, BOZHOU)}
PHONE = {key: case.phone for key, case in CASES.items()}


def chrome() -> list[str]:
    """Every tab bar, input box and button line the set's apps draw."""
    return [bar for text in CHROME.values() for bar in text.split("\n") if bar]


def collector_key(who: str) -> str:
    return number_key(who) or who


def all_screens(case: Case):
    """Each screen, and the capture shown inside it (another phone's) right after it."""
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
    """Collector messages marked quotable, whole, each with the first screen that draws it."""
    seen: dict[str, str] = {}
    for s in case.screens:
        for part in (s, s.inner) if s.inner else (s,):
            for m in part.msgs:
                if m.quote:
                    seen.setdefault(m.text, s.name)
    return [{"text": t, "screen": n} for t, n in seen.items()]


def conduct(s: Screen) -> list:
    """When collectors acted on this screen: their calls and non-reminder messages."""
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
