"""The thirty-first blind set: four borrowers' whole cases (浙江, 福建, 广东, 湖南), and the truth.

Pages are HTML with the set's own CSS, shot by Chromium on OPPO-ColorOS-15-like, dark
One-UI-like, HyperOS-like and iPhone-like phones: day-grouped and relative-time call logs, a
number's own page, SMS threads and a 验证码/通知/推广 inbox, WeChat-like chats and family, work
and school groups a collector joins, a 闲鱼-like and a 陌陌-like chat, a 催收函 mail, lock
screens, loan bills and photographed 律师函/法院 papers; a third aged (stitched, cropped,
recompressed, a screen photo with moiré, a capture forwarded in a chat). Report only.
"""

from __future__ import annotations

from tests.blindgen31.kit import CHROME, statuses
from tests.blindgen31.loudi import CASE as LOUDI
from tests.blindgen31.model import Case, Screen, number_key
from tests.blindgen31.qingyuan import CASE as QINGYUAN
from tests.blindgen31.quzhou import CASE as QUZHOU
from tests.blindgen31.zhangzhou import CASE as ZHANGZHOU

CASES: dict[str, Case] = {c.key: c for c in (QUZHOU, ZHANGZHOU, QINGYUAN, LOUDI)}
PHONE = {key: case.phone for key, case in CASES.items()}


def chrome() -> list[str]:
    return [bar for text in CHROME.values() for bar in text.split("\n") if bar]


def collector_key(who: str) -> str:
    return number_key(who) or who


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
