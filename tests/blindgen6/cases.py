"""The sixth blind set: four whole cases drawn by a generator of its own, and the truth of each.

Phones no earlier set drew (a Nothing-OS-like monochrome dot-font Android, a Tecno HiOS-like skin,
a plain AOSP dark theme, a LineageOS-like light skin) and material no earlier set drew: lock screens
with stacked SMS and WeChat notifications, full-screen incoming calls with their tags, a 106
chatbot's 5G message cards, a mail client's inbox and an opened 律师函 mail, a dark WeChat-like
chat and group, merged-forward chat records, photographed ID cards and papers, long captures and
overlapping shots of one call list. Nobody tunes the parser on it: it is only reported
(bench/screens_blind.py --set blindgen6). The truth has the dict shape bench/screens_report.py's
score() reads, computed from the same model the screens are drawn from.
"""

from __future__ import annotations

from tests.blindgen6 import baotou, jiujiang, zhaoqing, zhuzhou
from tests.blindgen6.model import Case, number_key
from tests.blindgen6.skins import CHROME, INPUT, TABS

CASES: dict[str, Case] = {
    c.key: c for c in (zhuzhou.case(), jiujiang.case(), baotou.case(), zhaoqing.case())
}
# The borrower's own phone in each case: it names the screenshot files.
PHONE = {"zhuzhou": "nothing", "jiujiang": "hios", "baotou": "aosp_dark", "zhaoqing": "lineage"}
QUOTED = ("text", "card", "mail")  # a preview is a notification's or a list's cut line


def collector_key(who: str) -> str:
    """A collector as the scorer keys it: a number's digits, else the nickname as shown."""
    return number_key(who) or who


def chrome() -> list[str]:
    """Every UI string of this set, as bench/screens_report.py's _ui_in reads "bars"."""
    return [*TABS.values(), *INPUT.values(), *CHROME]


def _calls(case: Case) -> dict[str, int]:
    """Row counts summed per collector number; a row on two shots of one list counted once."""
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
    """Each collector message drawn whole, once, with the first screen it is on."""
    seen: dict[str, str] = {}
    for screen in case.screens:
        for msg in screen.msgs:
            if msg.collector and msg.quote and msg.kind in QUOTED:
                seen.setdefault(msg.text, screen.name)
    return [{"text": text, "screen": name} for text, name in seen.items()]


def _span(case: Case) -> tuple[str, str]:
    """First and last day of the collectors' conduct: their calls and messages (no bare notice)."""
    days = [m.at.date() for s in case.screens for m in s.msgs if m.collector and m.quote]
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
