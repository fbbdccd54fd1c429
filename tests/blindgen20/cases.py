"""The twentieth blind set: four whole cases by a generator of its own, and the truth of each.

Every screen is drawn with Pillow from this set's own primitives (rounded bubbles with tails,
gradient headers, Noto Sans and Serif CJK in simplified and traditional faces), then aged:
photographed by another phone (perspective, moiré, glare, a dark phone body), forwarded
(downscaled to 60%, JPEG quality 55), stitched from three screens, cropped, ringed in red or
mosaicked. Phones: Samsung-One-UI-5-like, stock-Android-14-like, vivo-like, HarmonyOS-3-like,
Sony-like and a kids' feature phone; apps: WhatsApp-, Telegram- (a bot, «转发自») and Line-like
chats, 畅连 video calls, a Google-Phone-like log grouped by day with «(4)» and 疑似骚扰, a spam
folder, a carrier's 通话记录查询 page and a contact card «标记为: 催收».
Nobody tunes the parser on it: it is only reported (bench/screens_blind.py --set blindgen20).
"""

from __future__ import annotations

from tests.blindgen20 import hengyang, taian, wuxi, zhumadian
from tests.blindgen20.model import Case, number_key
from tests.blindgen20.skins import CHROME, SOFTKEYS

CASES: dict[str, Case] = {
    c.key: c for c in (taian.case(), hengyang.case(), zhumadian.case(), wuxi.case())
}
# The borrower's own phone in each case.
PHONE = {key: case.phone for key, case in CASES.items()}


def chrome() -> list[str]:
    """Every bar, button and input-box string of this set, one bar an entry."""
    bars = [bar for text in CHROME.values() if text for bar in text.split("\n")]
    return bars + list(SOFTKEYS.values())


def collector_key(who: str) -> str:
    """A collector as the scorer keys it: a number's digits, else the nickname as shown."""
    return number_key(who) or who


def calls(case: Case) -> dict[str, int]:
    """Row counts summed per collector number; one row on two shots of one phone counts once."""
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
    """Each collector's words drawn whole (no cut preview), once, with its first screen's file."""
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
        "tabs": chrome(),
        "span": (days[0], days[-1]),
        "screens": [s.name for s in case.screens],
        "loan": dict(case.loan),
    }
