"""Four whole coherent cases for the screen-understanding benchmark, and the truth of each.

Each case is one borrower's phone (and a relative's), drawn as screens of apps and skins that
tests/synthetic_screens.py and tests/html_screens.py never drew. Cases "hunan" and "chengdu" are
the tuning part; "wuhan" and "xiamen" (other apps, other wording) are the report part. One module
per case (tests/casegen/<case>.py); the vocabulary is tests/casegen/model.py.
"""

from __future__ import annotations

from datetime import datetime

from tests.casegen import chengdu, hunan, wuhan, xiamen
from tests.casegen.model import CallRow, Case, Msg, Screen, d, digits

TUNING = ("hunan", "chengdu")
REPORT = ("wuhan", "xiamen")
__all__ = [
    "CASES", "REPORT", "TUNING", "CallRow", "Case", "Msg", "Screen", "d", "digits", "truth",
]  # fmt: skip


CASES: dict[str, Case] = {
    c.key: c for c in (hunan.case(), chengdu.case(), wuhan.case(), xiamen.case())
}


def truth(case: Case) -> dict:
    """The case's ground truth as JSON: numbers, calls (overlaps once), quotes, conduct span."""
    calls: dict[str, int] = {}
    seen_rows: set[tuple[str, str, str]] = set()
    times: list[datetime] = []
    quotes: list[dict] = []
    for screen in case.screens:
        for row in screen.calls:
            key = (screen.owner, digits(row.number), row.at.isoformat())
            if row.collector and key not in seen_rows:
                seen_rows.add(key)
                calls[digits(row.number)] = calls.get(digits(row.number), 0) + row.count
                times.append(row.at)
        for msg in screen.messages:
            if msg.collector:
                times.append(msg.at)
                if not any(x["text"] == msg.text for x in quotes):
                    quotes.append({"text": msg.text, "screen": screen.name})
    return {
        "case": case.key,
        "borrower": case.borrower,
        "platform": case.platform,
        "collectors": [digits(n) for n in case.collectors],
        "contacts": {digits(n): name for name, n in case.contacts},
        "calls": calls,
        "quotes": quotes,
        "span": [min(times).date().isoformat(), max(times).date().isoformat()],
        "loan": case.loan,
        "statuses": [s.status for s in case.screens],
        "screens": [s.name for s in case.screens],
    }
