"""The twenty-third blind set: four 苏北 borrowers' whole cases, drawn with Pillow, and the truth.

Its own primitives draw smart-SMS bill cards with «立即还款», a 通知类短信 folder with cut
previews, a mini program's 还款提醒 in 服务通知, chats with voice and video call lines and a
forged «曝光» poster, a 收藏 page, a contact's 通话记录, a tablet's two-pane call log, a 来电秀
incoming call, a mother's SMS thread forwarded as a picture inside a chat, and photographed
律师函 / 催告函 / 立案通知 and ID cards. Nobody tunes the parser on it (report only).
"""

from __future__ import annotations

from tests.blindgen23.model import Case, number_key
from tests.blindgen23.pages import CHROME
from tests.blindgen23.people import HUAIAN, SUQIAN, YANGZHOU, ZHENJIANG
from tests.blindgen23.story import build

CASES: dict[str, Case] = {p["key"]: build(p) for p in (YANGZHOU, ZHENJIANG, HUAIAN, SUQIAN)}
PHONE = {key: case.phone for key, case in CASES.items()}


def chrome() -> list[str]:
    return [bar for text in CHROME.values() for bar in text.split("\n") if bar] + ["立即还款"]


def collector_key(who: str) -> str:
    return number_key(who) or who


def all_screens(case: Case):
    for s in case.screens:
        yield s
        if s.inner is not None:
            yield s.inner


def calls(case: Case) -> dict[str, int]:
    rows = {}
    for s in all_screens(case):
        for c in s.calls:
            if c.collector:
                rows[(s.owner, number_key(c.number), c.at.isoformat())] = c.count
    totals: dict[str, int] = {}
    for (_, number, _), count in rows.items():
        totals[number] = totals.get(number, 0) + count
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
        "statuses": sorted({t for s in all_screens(case) for t in s.statuses}),
        "tabs": chrome(),
        "span": (days[0], days[-1]),
        "screens": [s.name for s in case.screens],
        "loan": dict(case.loan),
    }
