"""The thirtieth blind set: four 华北/东北 borrowers' whole cases, drawn with Pillow, and the truth.

Budget 荣耀/红米 phones at 720 px in light and dark, an old iPhone SE, a foldable's two panes, a
landscape tablet, an elderly mother's huge type and a 护眼 page; SMS from a lender's 106 and 95
senders, a carrier's 来电提醒 SMS and 和家亲-like 漏话提醒 cards that report calls no log shows,
a 手机管家-like 拦截记录 with one row per blocked call, an 阿里小号-like secondary number's calls
«共7通», Flyme-like and 720 px call logs shot twice, a relative's number page «响铃5次未接»,
Telegram-, WhatsApp-, 抖音- and 客服-like chats, family and work groups a «法务»/«律师» joins,
服务通知 and bill pages, lock screens, a capture pasted into a 备忘录 note, one forwarded in a
chat, a 长截图 with its seam, photographed notices. Nobody tunes the parser on it (report only).
"""

from __future__ import annotations

from tests.blindgen30 import north1, north2, north3, north4
from tests.blindgen30.chrome import bars
from tests.blindgen30.model import Case, Screen, number_key
from tests.blindgen30.skins import status_texts

CASES: dict[str, Case] = {c.key: c for c in (m.case() for m in (north1, north2, north3, north4))}
PHONE = {key: case.phone for key, case in CASES.items()}

# Words of chrome drawn outside the bars (headings, labels), kept from quotes as UI.
EXTRA_CHROME = ["应还总额(元) 账单详情", "拦截记录 已拦截", "通话记录 全部通话", "发信息 呼叫"]


def chrome() -> list[str]:
    return bars() + EXTRA_CHROME


def collector_key(who: str) -> str:
    return number_key(who) or who


def all_screens(case: Case):
    for s in case.screens:
        yield s
        if s.inner is not None:
            yield s.inner


def calls(case: Case) -> dict[str, int]:
    """Each call once: a row shown on two screens of one phone is one row."""
    rows = {}
    for s in all_screens(case):
        for c in s.calls:
            if c.collector and not c.dup:
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


def statuses(s: Screen) -> list[str]:
    if s.app in ("letter30",):
        return []
    return status_texts(s.skin if s.wrap != "memo30" else "memo30", s.captured)


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
