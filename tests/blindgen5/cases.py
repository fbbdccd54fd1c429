"""The fifth blind set: four whole cases drawn by a generator of its own, and the truth of each.

Phones no earlier set drew (a 天翼 carrier-built Android, a 老人机 large-type skin, a foldable's
wide inner screen, Android 14 Material You light and dark with tinted bubbles) and apps no earlier
set drew (陌陌, Soul, 知乎 and 百度贴吧 private messages, 抖音 comment replies, 朋友圈 comments,
a WeChat 服务号, an SMS app with both parties on one side and names above); cropped, circled and
photographed screens; traditional characters, «2k»/«3w», Chinese-numeral sums, 12-hour clocks.
Nobody tunes the parser on it: it is only reported (bench/screens_blind.py --set blindgen5).
The truth has the dict shape that bench/screens_report.py's score() reads.
"""

from __future__ import annotations

from tests.blindgen5 import liuzhou, mianyang, xining, yinchuan
from tests.blindgen5.model import Case, number_key
from tests.blindgen5.skins import CHROME, INPUT, TABS

CASES: dict[str, Case] = {
    c.key: c for c in (liuzhou.case(), yinchuan.case(), xining.case(), mianyang.case())
}
# The borrower's own phone in each case: it names the screenshot files.
PHONE = {"liuzhou": "tianyi", "yinchuan": "you_light", "xining": "fold", "mianyang": "you_dark"}


def collector_key(who: str) -> str:
    """A collector as the scorer keys it: a number's digits, else the nickname as shown."""
    return number_key(who) or who


def chrome() -> list[str]:
    """Every UI string of this set, as bench/screens_report.py's _ui_in reads "bars"."""
    return [*TABS.values(), *(v for v in INPUT.values() if v), *CHROME]


def _calls(case: Case) -> dict[str, int]:
    """Row counts summed per collector number; the same row on two shots of one list once."""
    rows: dict[tuple[str, str, str], int] = {}
    for screen in case.screens:
        for call in screen.calls:
            if call.collector:
                key = (screen.owner, number_key(call.number), call.at.isoformat())
                rows[key] = call.count
    totals: dict[str, int] = {}
    for (_, number, _), count in rows.items():
        totals[number] = totals.get(number, 0) + count
    return totals


def _quotes(case: Case) -> list[dict]:
    """Each collector message drawn whole, once, with the first screen it is on."""
    seen: dict[str, str] = {}
    for screen in case.screens:
        for msg in screen.msgs:
            if msg.collector and msg.quote and msg.kind == "text":
                seen.setdefault(msg.text, screen.name)
    return [{"text": text, "screen": name} for text, name in seen.items()]


def _span(case: Case) -> tuple[str, str]:
    """First and last day of the collectors' conduct: their calls and messages.

    A bare notice (the disbursement SMS, a due-day reminder) is not conduct: it is left out.
    """
    msgs = [m for s in case.screens for m in s.msgs if m.collector and m.quote]
    days = [m.at.date() for m in msgs]
    days += [c.at.date() for s in case.screens for c in s.calls if c.collector]
    return min(days).isoformat(), max(days).isoformat()


def truth(case: Case) -> dict:
    """The truth in the shape score() reads: collectors, contacts, calls, quotes, span, loan."""
    return {
        "collectors": [collector_key(c) for c in case.collectors],
        "contacts": {name: number_key(number) for name, number in case.contacts},
        "calls": _calls(case),
        "quotes": _quotes(case),
        "statuses": [s.status for s in case.screens if s.status],
        "tabs": chrome(),
        "span": _span(case),
        "screens": [s.name for s in case.screens],
        "loan": dict(case.loan),
    }
