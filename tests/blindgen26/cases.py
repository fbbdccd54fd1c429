"""The twenty-sixth blind set: four borrowers' whole cases (湖北, 江西, 福建, 广西), and the truth.

Drawn with its own Pillow painter (tests/blindgen26/draw.py) on four phone skins no set named:
an OPPO-like ColorOS 14 (light), a vivo-like OriginOS (dark), an Honor-like MagicOS 8 (light)
and a Samsung-like One UI 6 in Chinese (dark). Weight is on calls and whole quotes: call logs
with single and folded «(n)» rows, tags and 归属地, a number's 通话详情 with every call, a
security app's 拦截记录, a hand-stitched 长截图 and two overlapping shots of one log; long SMS
with 【平台名】 heads, messages split over several bubbles, voice notes turned to text; relatives,
a landlord and work groups forwarding what they got in 赣语, 客家, 粤语 and 桂柳话 flavoured
words. Nobody tunes the parser on it (report only).
"""

from __future__ import annotations

from tests.blindgen26 import longyan, pingxiang, wuzhou, xiangyang
from tests.blindgen26.draw import CHROME
from tests.blindgen26.kit import key_of
from tests.blindgen26.model import Case, Screen, digits_of

CASES: dict[str, Case] = {m.case().key: m.case() for m in (xiangyang, pingxiang, longyan, wuzhou)}
PHONE = {key: case.phone for key, case in CASES.items()}


def chrome() -> list[str]:
    return list(CHROME.values())


def all_screens(case: Case):
    for s in case.screens:
        yield s
        if s.inner is not None:
            yield s.inner


def _outer(case: Case, inner: Screen) -> Screen:
    return next(s for s in case.screens if s is inner or s.inner is inner)


def calls(case: Case) -> dict[str, int]:
    """Each call the screens show, once: keyed by whose phone, the number and the minute."""
    seen = set()
    for s in all_screens(case):
        for c in s.calls:
            if c.collector:
                seen |= {(s.owner, digits_of(c.number), at) for at in c.times}
    totals: dict[str, int] = {}
    for _, number, _ in seen:
        totals[number] = totals.get(number, 0) + 1
    return totals


def quotes(case: Case) -> list[dict]:
    seen: dict[str, str] = {}
    for s in all_screens(case):
        for m in s.msgs:
            if m.quote:
                seen.setdefault(m.text, _outer(case, s).name)
    return [{"text": t, "screen": n} for t, n in seen.items()]


def conduct_days(case: Case) -> list[str]:
    days = [m.at.date() for s in all_screens(case) for m in s.msgs if m.collector]
    days += [at.date() for s in all_screens(case) for c in s.calls if c.collector for at in c.times]
    return sorted(d.isoformat() for d in days)


def truth(case: Case) -> dict:
    days = conduct_days(case)
    return {
        "collectors": [key_of(c) for c in case.collectors],
        "contacts": {name: number for name, number in case.contacts},
        "calls": calls(case),
        "quotes": quotes(case),
        "statuses": sorted({t for s in all_screens(case) for t in s.statuses}),
        "tabs": chrome(),
        "span": (days[0], days[-1]),
        "screens": [s.name for s in case.screens],
        "loan": dict(case.loan),
    }
