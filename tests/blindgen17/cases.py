"""The seventeenth blind set: four whole cases by a generator of its own, and the truth of each.

Screens are HTML pages shot by Chromium: a One-UI-7-like phone with big headers, a
Realme-UI-like phone, a Pixel-9-like Material phone, a BlackShark-like green dark phone, a rounded
ColorOS-15-like phone and an Android tablet. Apps: SMS threads, an inbox with cut previews, a 拦截
folder, call logs with "(n)", tags and 归属地 (two overlapping shots each), a 来电识别 overlay,
stacked lock-screen banners, 企业微信-like external chats, a DING, a WeChat-like chat saved as
催收-勿接 (stitched long capture), family and work groups, 微博 陌生人私信, 抖音 消息请求,
今日头条-like comments, a courier chat, an insurance robot (no collector), bills, ID cards and
forged papers. Wording: 东北, 河南, 天津, yq/hk/sfz shorthand, spaces and ＊ inside words,
full-width digits, 繁体 replies from 澳门.
Nobody tunes the parser on it: it is only reported (bench/screens_blind.py --set blindgen17).
"""

from __future__ import annotations

from tests.blindgen17 import cangzhou, jingzhou, shaoxing, yantai
from tests.blindgen17.chrome import chrome_bars
from tests.blindgen17.model import Case, number_key

_MODULES = (cangzhou, jingzhou, shaoxing, yantai)
CASES: dict[str, Case] = {c.key: c for c in (m.case() for m in _MODULES)}
# The borrower's own phone in each case.
PHONE: dict[str, str] = {c.key: c.phone for c in CASES.values()}


def collector_key(who: str) -> str:
    """A collector as the scorer keys it: a number's digits, else the nickname as drawn."""
    return number_key(who) or who


def calls(case: Case) -> dict[str, int]:
    """Row counts summed per collector number; a row on two shots of one phone counts once."""
    rows: dict[tuple[str, str, str], int] = {}
    for screen in case.screens:
        for call in screen.calls:
            if call.collector:
                rows[(screen.owner, number_key(call.number), call.at.isoformat())] = call.count
    totals: dict[str, int] = {}
    for (_, number, _), count in rows.items():
        totals[number] = totals.get(number, 0) + count
    return totals


def quotes(case: Case) -> list[dict]:
    """Each collector's message drawn whole, once, with the first screen that draws it."""
    seen: dict[str, str] = {}
    for screen in case.screens:
        for msg in screen.msgs:
            if msg.quote:
                seen.setdefault(msg.text, screen.name)
    return [{"text": text, "screen": name} for text, name in seen.items()]


def conduct_days(case: Case) -> list[str]:
    """Days of the collectors' calls and words, sorted (papers and clocks are no conduct)."""
    days = [m.at.date() for s in case.screens for m in s.msgs if m.collector]
    days += [c.at.date() for s in case.screens for c in s.calls if c.collector]
    return sorted(d.isoformat() for d in days)


def truth(case: Case) -> dict:
    days = conduct_days(case)
    return {
        "collectors": [collector_key(c) for c in case.collectors],
        "contacts": {name: number_key(number) for name, number in case.contacts},
        "calls": calls(case),
        "quotes": quotes(case),
        "statuses": sorted({s for screen in case.screens for s in screen.statuses}),
        "tabs": chrome_bars(),
        "span": (days[0], days[-1]),
        "screens": [s.name for s in case.screens],
        "loan": dict(case.loan),
    }
