"""The collectors' own words (pure): whole messages from the screens' records, with their exhibit.

A parsed record already joined each bubble's lines and left the chrome (tab bars, status bars,
input boxes) out, so a collector's incoming message is quoted whole, never cut at a line wrap.
Computed here once; the letters (drafting.quotes) and the records view read the same list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from casefile.model import Case, Quote
from evidence.entities import threats_in
from evidence.sanitize import looks_like_instruction, neutralise
from understanding.roles import NumberRow, case_events, number_rows

QUOTE_LIMIT = 8
_MIN_CHARS = 4


def collector_quotes(
    case: Case,
    rows: Iterable[NumberRow] | None = None,
    roles: Mapping[str, str] | None = None,
    limit: int = QUOTE_LIMIT,
) -> tuple[Quote, ...]:
    """Whole incoming messages of the senders whose role is collector, first seen first.

    Only exhibits with a usable parsed record give quotes; the text of the others is read by
    the letters' own sentence finder. The category is the first threat the message makes.
    """
    rows = list(number_rows(case, roles) if rows is None else rows)
    collectors = {row.sender for row in rows if row.role == "collector"}
    _events, seen = case_events(case)
    order = {item.id: index for index, item in enumerate(case.evidence)}
    found: list[tuple[int, str, str]] = []
    for sender in sorted(collectors):
        entry = seen.get(sender)
        for text, exhibit in entry.words if entry else ():
            found.append((order.get(exhibit, len(order)), text, exhibit))
    out: list[Quote] = []
    taken: set[str] = set()
    for _index, text, exhibit in sorted(found, key=lambda f: f[0]):
        clean = neutralise(text).strip()
        if len(clean) < _MIN_CHARS or clean != text.strip() or looks_like_instruction(clean):
            continue  # text that talks to a model is never quoted as the collector's
        clean = clean.replace("「", "“").replace("」", "”")
        if clean in taken:
            continue
        taken.add(clean)
        threats = threats_in(clean)
        out.append(Quote(text=clean, exhibit=exhibit, category=threats[0] if threats else ""))
    return tuple(out[:limit])
