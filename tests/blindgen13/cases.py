"""The thirteenth blind set: four whole cases by a generator of its own, and the truth of each.

Borrower phones no earlier set drew (LG-UX-like, a Xiaomi-like 第二空间, Android-One-like and an
Android-Go tablet) and a CarPlay-like car screen reading an SMS aloud; a printed screenshot
photographed with moiré, a long capture with a seam, a call log the borrower ringed in red; a
WeChat-like chat-history search, 企业微信-like 新的客户 approval notes, 朋友圈-like posts naming
the borrower, a QQ邮箱-like mail, 抖音-like comments, an RCS card from a 1069 number (the
platform's own notice, no collector), call logs with English crowd tags, voicemail-to-text,
contact pages with a Blocked badge, forged police notices; Teochew and Cantonese wording,
full-width digits, pinyin shorthand, a collector posing as police, relatives forwarding.
Nobody tunes the parser on it: it is only reported (bench/screens_blind.py --set blindgen13).
The truth has the dict shape that bench/screens_report.py's score() reads.
"""

from __future__ import annotations

from tests.blindgen13 import anqing, dongguan, foshan, shantou
from tests.blindgen13.model import Case, number_key
from tests.blindgen13.pages import CHROME

CASES: dict[str, Case] = {
    c.key: c for c in (shantou.case(), foshan.case(), anqing.case(), dongguan.case())
}
# The borrower's own phone in each case: it names the screenshot files.
PHONE = {"shantou": "lgux13", "foshan": "mispace13", "anqing": "nokia13", "dongguan": "gotab13"}


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
