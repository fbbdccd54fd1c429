"""The twelfth blind set: four whole cases drawn by a generator of its own, and the truth of each.

Borrower phones no earlier set drew (Metro-like, HTC-Sense-like, Infinix-XOS-like with a dark
wallpaper, iOS-12-like light) and a webOS-like phone of a friend; a landscape shot, a split screen
over 备忘录, a floating 小窗 over a video, a gallery viewer showing an older screenshot; KakaoTalk-,
Viber-, Zalo- and Discord-like chats, a 贝壳-like housing chat, a 旺旺-like shop 客服, a 网易云-like
私信, a 豆邮, a 云闪付-like notice centre, a notification history, an SMS search list, a call
recording's transcript with an AI summary, a 12321-like receipt; 170/171 and 95 numbers, +86 with
spaces, landlines with 转, one collector on two numbers, relatives, a colleague, a landlord and a
roommate forwarding what they got, bills, an ID card and forged 律师函 photos.
Nobody tunes the parser on it: it is only reported (bench/screens_blind.py --set blindgen12).
The truth has the dict shape that bench/screens_report.py's score() reads.
"""

from __future__ import annotations

from tests.blindgen12 import datong, luoyang, quanzhou, wenzhou
from tests.blindgen12.chats import CHAT_CHROME
from tests.blindgen12.frames import WRAP_CHROME
from tests.blindgen12.lists import LIST_CHROME
from tests.blindgen12.model import Case, number_key
from tests.blindgen12.paper import PAPER_CHROME

CASES: dict[str, Case] = {
    c.key: c for c in (wenzhou.case(), luoyang.case(), datong.case(), quanzhou.case())
}
# The borrower's own phone in each case: it names the screenshot files.
PHONE = {"wenzhou": "metro12", "luoyang": "sense12", "datong": "xos12", "quanzhou": "cupertino12"}
# Every app's and wrapper's chrome words, by label.
CHROME = {**CHAT_CHROME, **LIST_CHROME, **PAPER_CHROME, **WRAP_CHROME}


def chrome() -> list[str]:
    """Every bar and input-box string of this set, as bench/screens_report.py's _ui_in reads it."""
    return list(CHROME.values())


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
        "statuses": sorted({s for screen in case.screens for s in screen.statuses}),
        "tabs": chrome(),
        "span": (days[0], days[-1]),
        "screens": [s.name for s in case.screens],
        "loan": dict(case.loan),
    }
