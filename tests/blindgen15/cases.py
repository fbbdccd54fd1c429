"""The fifteenth blind set: four whole cases by a generator of its own, and the truth of each.

Most screens are drawn with Pillow and the Noto CJK fonts, not a browser, so glyphs, spacing and
anti-aliasing differ from every earlier set. Phones: an Android-2.3-like dark phone, a Symbian-like
phone, a HarmonyOS-4-like notification drawer and a Phone-Link-like desktop window; apps: a
Slack-like workspace where a collector poses as a client, Skype-like and Snapchat-like chats,
QQ空间-like comments, a 58同城-like job chat, an Outlook-like mail, 12381 warnings and a 反诈 app
page (no collectors), a call-screening log; stitched long captures with repeated rows at the
seam, a landscape shot, screens photographed at an angle, forged 执行局 letters and ID cards.
Nobody tunes the parser on it: it is only reported (bench/screens_blind.py --set blindgen15).
"""

from __future__ import annotations

from tests.blindgen15 import huzhou, jiaxing, weifang, zunyi
from tests.blindgen15.layout import CHROME, SOFTKEYS
from tests.blindgen15.model import Case, number_key

CASES: dict[str, Case] = {
    c.key: c for c in (jiaxing.case(), weifang.case(), zunyi.case(), huzhou.case())
}
# The borrower's own phone in each case: it names the screenshot files.
PHONE = {
    "jiaxing": jiaxing.PHONE,
    "weifang": weifang.PHONE,
    "zunyi": zunyi.PHONE,
    "huzhou": huzhou.PHONE,
}


def chrome() -> list[str]:
    """Every bar, button and input-box string of this set, one bar an entry."""
    bars = [bar for text in CHROME.values() for bar in text.split("\n")]
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
