"""The seventh blind set: four whole cases from a generator of its own, and the truth of each.

Devices no earlier set drew: an iPad-like tablet split in landscape, a desktop WeChat-like
window, a Coolpad-like budget Android, an e-ink reader-like grey phone, a Sharp-like Android in
Chinese. Material no earlier set drew: 彩信 with a picture, 语音信箱 transcripts, a 来电录音 list,
a shop customer-service chat used by a collector, a 12381/反诈-style missed-call list and a
LINE-like chat. Nobody tunes the parser on it: it is only reported
(bench/screens_blind.py --set blindgen7). The truth has the shape bench/screens_report.py's
score() reads, computed from the same objects the pages draw.
"""

from __future__ import annotations

from tests.blindgen7 import baotou, wuhu, xiangtan, zhaoqing
from tests.blindgen7.model import Case, number_key
from tests.blindgen7.skins import CHROME, INPUT, TABS

CASES: dict[str, Case] = {
    c.key: c for c in (xiangtan.case(), zhaoqing.case(), wuhu.case(), baotou.case())
}
# The borrower's own device in each case: it names the screenshot files.
PHONE = {"xiangtan": "coolpad", "zhaoqing": "sharp", "wuhu": "ipad_split", "baotou": "eink"}

# Screens whose rows are calls: the dialer's log, the 反诈 missed-call list, the recordings.
CALL_KINDS = ("call_log", "alerts", "recorder")


def collector_key(who: str) -> str:
    """A collector as the scorer keys it: a number's digits, else the nickname as shown."""
    return number_key(who) or who


def chrome() -> list[str]:
    """Every UI string this set draws, as bench/screens_report.py's _ui_in reads "bars"."""
    return [*TABS.values(), *(v for v in INPUT.values() if v), *CHROME]


def calls(case: Case) -> dict[str, int]:
    """Each collector number's calls: rows' "(n)" summed, a row seen on two shots once."""
    rows: dict[tuple[str, str, str], int] = {}
    for screen in case.screens:
        if screen.kind in CALL_KINDS:
            for call in screen.calls:
                if call.collector:
                    rows[(screen.owner, number_key(call.number), call.at.isoformat())] = call.count
    totals: dict[str, int] = {}
    for (_, number, _), count in rows.items():
        totals[number] = totals.get(number, 0) + count
    return totals


def quotes(case: Case) -> list[dict]:
    """Each collector message drawn whole (text, 彩信 caption, voicemail transcript), once."""
    seen: dict[str, str] = {}
    for screen in case.screens:
        for msg in screen.msgs:
            if msg.collector and msg.quote and msg.kind != "preview":
                seen.setdefault(msg.text, screen.name)
    return [{"text": text, "screen": name} for text, name in seen.items()]


def span(case: Case) -> tuple[str, str]:
    """First and last day of the collectors' conduct: their calls and messages (not notices)."""
    days = [m.at.date() for s in case.screens for m in s.msgs if m.collector and m.quote]
    days += [c.at.date() for s in case.screens for c in s.calls if c.collector]
    return min(days).isoformat(), max(days).isoformat()


def truth(case: Case) -> dict:
    """The truth in the shape score() reads: collectors, contacts, calls, quotes, span, loan."""
    return {
        "collectors": [collector_key(c) for c in case.collectors],
        "contacts": {name: number_key(number) for name, number in case.contacts},
        "calls": calls(case),
        "quotes": quotes(case),
        "statuses": [s.status for s in case.screens if s.status],
        "tabs": chrome(),
        "span": span(case),
        "screens": [s.name for s in case.screens],
        "loan": dict(case.loan),
    }
