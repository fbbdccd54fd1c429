"""The tenth blind set: four whole cases drawn by a generator of its own, and the truth of each.

Phones no earlier set drew (a gaming phone, a Sailfish-like, an Ubuntu-Touch-like and an
iOS-6-like skeuomorphic one); dual-SIM logs with 卡1/卡2, HD, 归属地 and "(n)", overlapping shots
of one log; voice-call bubbles in a WeChat-like chat; a pulled-down notification shade; a
WhatsApp-like chat; 脉脉-like and Boss直聘-like DMs to a colleague; 京东-like and 拼多多-like
service chats of the lender; 闪信 pop-ups; relatives' forwarded SMS threads; a long capture; ID
cards, bills and a forged 律师函 / 仲裁通知. Nobody tunes the parser on it: it is only reported
(bench/screens_blind.py --set blindgen10). The truth has the dict shape score() reads.
"""

from __future__ import annotations

from tests.blindgen10 import dezhou, qiqihar, shaoguan, yulin
from tests.blindgen10.model import Case, number_key
from tests.blindgen10.skins import chrome

CASES: dict[str, Case] = {
    c.key: c for c in (shaoguan.case(), dezhou.case(), yulin.case(), qiqihar.case())
}
# The borrower's own phone in each case: it names the screenshot files.
PHONE = {"shaoguan": "redmagic10", "dezhou": "sailfish10", "yulin": "ubports10",
         "qiqihar": "skeuo10"}  # fmt: skip


def collector_key(who: str) -> str:
    """A collector as the scorer keys it: a number's digits, else the nickname as shown."""
    return number_key(who) or who


def _calls(case: Case) -> dict[str, int]:
    """Row counts summed per collector number; a row seen on two shots of one phone once."""
    rows: dict[tuple[str, str, str], int] = {}
    for screen in case.screens:
        for call in screen.calls:
            if call.collector:
                rows[(screen.owner, number_key(call.number), call.at.isoformat())] = call.count
    totals: dict[str, int] = {}
    for (_, number, _), count in rows.items():
        totals[number] = totals.get(number, 0) + count
    return totals


def _quotes(case: Case) -> list[dict]:
    """Each collector's whole words (not a shade's cut line), once, with the first screen."""
    seen: dict[str, str] = {}
    for screen in case.screens:
        for msg in screen.msgs:
            if msg.quote:
                seen.setdefault(msg.text, screen.name)
    return [{"text": text, "screen": name} for text, name in seen.items()]


def conduct_days(case: Case) -> list[str]:
    """Days of the collectors' calls, messages and voice calls."""
    days = [m.at.date() for s in case.screens for m in s.msgs if m.collector]
    days += [c.at.date() for s in case.screens for c in s.calls if c.collector]
    return sorted(d.isoformat() for d in days)


def truth(case: Case) -> dict:
    """The truth in the shape score() reads: collectors, contacts, calls, quotes, span, loan."""
    days = conduct_days(case)
    return {
        "collectors": [collector_key(c) for c in case.collectors],
        "contacts": {name: number_key(number) for name, number in case.contacts},
        "calls": _calls(case),
        "quotes": _quotes(case),
        "statuses": sorted({s.status for s in case.screens if s.has_bar}),
        "tabs": chrome(),
        "span": (days[0], days[-1]),
        "screens": [s.name for s in case.screens],
        "loan": dict(case.loan),
    }
