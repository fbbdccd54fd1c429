"""The collectors' own words a letter may print in 「」 (pure functions)."""

from __future__ import annotations

import re

from casefile.model import Case, Quote
from evidence.sanitize import looks_like_instruction, neutralise
from law.conduct import collector_said
from law.rules import hits_of, issue_specs

# Issues whose patterns mark a collector's sentence as a threat, an insult or a disclosure.
QUOTE_ISSUES = (
    "disclosure", "workplace", "defamation", "publish_id", "visit", "threats", "impersonation",
    "documents",
)  # fmt: skip
# A threat to tell the contacts is worth quoting, though it raises no disclosure until it happens.
_THREAT_TO_DISCLOSE = re.compile(
    r"(?:发给|告诉|通知|群发|打给).{0,8}(?:通讯录|所有联系人|联系人|亲友|家人|朋友|同事|父母)"
)


def verbatim_quotes(case: Case, limit: int = 6) -> tuple[Quote, ...]:
    """Quotes a letter may print in 「」: the stored ones, else the collectors' sentences.

    Only text that is in an exhibit (or that the user entered as a quote with its exhibit) counts,
    and of the exhibits only the collectors' messages (law/conduct.py), never the borrower's
    replies; the threat categories ("称要上门") are our words and are never quoted.
    """
    quotes = [q for q in case.harassment.quotes if q.text.strip()]
    if not quotes:
        specs = [spec for spec in issue_specs() if spec.id in QUOTE_ISSUES]
        for said in collector_said(case):
            text = said.text.strip().rstrip("。！？!?；;")
            if not said.exhibit or not text or neutralise(text) != text:
                continue
            if looks_like_instruction(text):
                continue  # text that talks to a model is never quoted as the collector's
            label = next((spec.title for spec in specs if hits_of(spec, [said], [])), "")
            if not label and _THREAT_TO_DISCLOSE.search(text):
                label = "扬言向亲友透露欠款"
            if label and 4 <= len(text) <= 60:
                quotes.append(Quote(text=text, exhibit=said.exhibit, category=label))
    seen: set[str] = set()
    out = []
    for quote in quotes:
        text = neutralise(quote.text).replace("「", "“").replace("」", "”")
        if text and text not in seen:
            seen.add(text)
            out.append(Quote(text=text, exhibit=quote.exhibit, category=quote.category))
    return tuple(out[:limit])


def quote_label(quote: Quote) -> str:
    """「…」（证据E3）: a verbatim quote with the exhibit it comes from."""
    source = f"（证据{quote.exhibit}）" if quote.exhibit else ""
    return f"「{quote.text}」{source}"
