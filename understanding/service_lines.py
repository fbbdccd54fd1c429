"""A service number (95xxx, 400/800) that speaks as a collector (pure).

The prefix says what kind of line a number is, never who is on it: a 95 or 400 line whose own
words, taken as one speech (the turns of a call's transcript, the texts of a thread), are about
the borrower's debt and threaten the borrower's people, workplace or home ("你们领导姓孙对吧…
今天不处理我现在就打给他") collects, however it was dialled. A bank's or carrier's own line is
told apart by understanding.guess before this is asked; a retelling is never its own words.
"""

from __future__ import annotations

import re

from evidence.entities import threats_in
from understanding.demands import DEBT, own_lines, plain_words

# Threats that reach past the borrower's own account: their contacts, workplace, home, photos.
# A credit report or a lawsuit is what a bank's notice names too; the prefix's trade is judged by
# these alone.
_REACHES_PEOPLE = frozenset({"爆通讯录", "联系亲友", "联系单位", "上门", "曝光照片"})
_TELLS_CONTACTS = re.compile(
    r"(?:通知|告知|告诉|联系|打给|发给)[^，。！？,!?]{0,8}(?:联系人(?!工)|通讯录)"
)


def threats_to_people(context: str) -> list[str]:
    """The threats to the borrower's people, workplace or home in the sender's own speech about
    the debt (empty when its words never name the debt or threaten nobody)."""
    lines = [re.sub(r"\s+", "", plain_words(line)) for line in own_lines(context)]
    speech = "".join(lines)
    if not DEBT.search(speech):
        return []
    found = [label for line in lines for label in threats_in(line) if label in _REACHES_PEOPLE]
    if _TELLS_CONTACTS.search(speech):
        found.append("联系亲友")
    return list(dict.fromkeys(found))
