"""The eleventh blind set: four whole cases drawn by a generator of its own, and the truth of each.

Borrower phones no earlier set drew (Moto-like, Fairphone-like, ROG-like, BlackBerry-like), a
round watch, a tablet's synced SMS and a PC 投屏 window holding a phone; Messenger-like and
Signal-like chats, a 闲置-like shop chat with the lender's 客服, a QQ邮箱-like mail, a call log
with photos, 地区 + 运营商 and 响铃x秒 (and a second overlapping shot), a 拦截记录, SMS threads on a
mother's and a colleague's phone forwarded as mmexport JPEGs, 家族群 posts, a long capture, an ID
card and forged 传票 photos, loan bills; «cs/yq/hk», traditional characters, emoji, voice-to-text.
Nobody tunes the parser on it: it is only reported (bench/screens_blind.py --set blindgen11).
The truth has the dict shape that bench/screens_report.py's score() reads.
"""

from __future__ import annotations

from tests.blindgen11 import baise, qinzhou, shatin, zhuzhou
from tests.blindgen11.model import Case, number_key
from tests.blindgen11.skins import chrome

CASES: dict[str, Case] = {
    c.key: c for c in (qinzhou.case(), shatin.case(), zhuzhou.case(), baise.case())
}
# The borrower's own phone in each case: it names the screenshot files.
PHONE = {"qinzhou": "moto11", "shatin": "fairphone11", "zhuzhou": "rog11", "baise": "bberry11"}


def collector_key(who: str) -> str:
    """A collector as the scorer keys it: a number's digits, else the name as shown."""
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
    """Each collector's words drawn whole (no cut preview), once, with its first screen."""
    seen: dict[str, str] = {}
    for screen in case.screens:
        for msg in screen.msgs:
            if msg.quote:
                seen.setdefault(msg.text, screen.name)
    return [{"text": text, "screen": name} for text, name in seen.items()]


def conduct_days(case: Case) -> list[str]:
    """Days of the collectors' calls and words, sorted."""
    days = [m.at.date() for s in case.screens for m in s.msgs if m.collector]
    days += [m.at.date() for s in case.screens for m in s.extra.get("list", []) if m.collector]
    days += [c.at.date() for s in case.screens for c in s.calls if c.collector]
    return sorted(d.isoformat() for d in days)


def truth(case: Case) -> dict:
    """The truth in the shape score() reads: collectors, contacts, calls, quotes, span, loan."""
    days = conduct_days(case)
    return {
        "collectors": [collector_key(c) for c in case.collectors],
        "contacts": {name: number_key(number) for name, number in case.contacts},
        "calls": calls(case),
        "quotes": quotes(case),
        "statuses": sorted({s.status for s in case.screens if s.has_bar}),
        "tabs": chrome(),
        "span": (days[0], days[-1]),
        "screens": [s.name for s in case.screens],
        "loan": dict(case.loan),
    }
