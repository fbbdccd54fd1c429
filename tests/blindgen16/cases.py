"""The sixteenth blind set: four whole cases by a generator of its own, and the truth of each.

Drawn with Pillow from blocks (tests/blindgen16/apps.py → paint.py). Phones: OxygenOS-like,
Flyme-9-like with big round headers, an iOS-26-like liquid-glass phone, a Windows-10-Mobile-like
phone and a MeeGo-like phone; apps: SMS, Google-Messages-like RCS grouped by minute, a Lark-like
chat to a boss, a WeChat-like chat with 拍一拍 and voice-call lines, a 小红书-like DM, an
支付宝-生活号-like service chat (the platform, no collector), a carrier's 通话详单 table, a 360-like
tag page and a chat history exported as a page; Minnan and Hunan wording, 还 款 / 通-讯-录 split
words, hk/yq/txl shorthand, emoji; forwarded shots from relatives, a long capture repeating its
seam, overlapping call logs, ID-card and forged-paper photos. Report only
(bench/screens_blind.py --set blindgen16).
"""

from __future__ import annotations

from tests.blindgen16 import baoding, guilin, putian, yichang
from tests.blindgen16.apps import CHROME, METRO, SUBTITLE
from tests.blindgen16.model import Case, number_key

CASES: dict[str, Case] = {
    c.key: c for c in (baoding.case(), yichang.case(), putian.case(), guilin.case())
}
# The borrower's own phone in each case.
PHONE = {key: case.phone for key, case in CASES.items()}


def chrome() -> list[str]:
    """Every bar, button, input box and header subtitle of this set, one bar an entry."""
    return (
        [bar for bars in CHROME.values() for bar in bars]
        + list(SUBTITLE.values())
        + sorted(set(METRO.values()) | {"MESSAGING"})
    )


def collector_key(who: str) -> str:
    """A collector as the scorer keys it: a number's digits, else the nickname as drawn."""
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
    """Each collector's whole message, once, with the first screen that draws it."""
    seen: dict[str, str] = {}
    for screen in case.screens:
        for msg in screen.msgs:
            if msg.collector and msg.quote:
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
