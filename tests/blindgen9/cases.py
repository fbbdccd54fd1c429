"""The ninth blind set: four whole cases drawn by a generator of its own, and the truth of each.

Phones no earlier set drew (a Funtouch-like vivo, an old TouchWiz-like Samsung, an Honor-like dark
skin, an iOS-18-like dark phone with tinted accents); a 新的朋友 list of collectors' verification
lines and the chats after, 引用 replies, voice bubbles with their text, revoked lines, stickers and
images; a 骚扰短信 folder, one number's call details, a log grouped by contact; overlapping logs,
long captures, forwarded mmexport JPEGs, an ID card and a 律师函 / 传票 photo; «cs/yq/hk».
Nobody tunes the parser on it: it is only reported (bench/screens_blind.py --set blindgen9).
The truth has the dict shape that bench/screens_report.py's score() reads.
"""

from __future__ import annotations

from tests.blindgen9 import liuan, xiangtan, yibin, zhanjiang
from tests.blindgen9.model import Case, number_key
from tests.blindgen9.skins import chrome

CASES: dict[str, Case] = {
    c.key: c for c in (zhanjiang.case(), xiangtan.case(), liuan.case(), yibin.case())
}
# The borrower's own phone in each case: it names the screenshot files.
PHONE = {
    "zhanjiang": "funtouch",
    "xiangtan": "touchwiz",
    "liuan": "honor_dark_own",
    "yibin": "ios18_own",
}


def collector_key(who: str) -> str:
    """A collector as the scorer keys it: a number's digits, else the nickname as shown."""
    return number_key(who) or who


def _calls(case: Case) -> dict[str, int]:
    """Row counts summed per collector number; the same row on two shots of one phone once."""
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
    """Each collector message drawn whole (not an inbox preview), once, with its first screen."""
    seen: dict[str, str] = {}
    for screen in case.screens:
        for msg in screen.msgs:
            if msg.quote:
                seen.setdefault(msg.text, screen.name)
    return [{"text": text, "screen": name} for text, name in seen.items()]


def conduct_days(case: Case) -> list[str]:
    """Days of the collectors' calls and messages (a bare platform notice is not theirs)."""
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
