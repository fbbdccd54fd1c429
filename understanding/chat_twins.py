"""A chat whose title another screenshot of the same conversation shows (pure).

A notification banner dropped over the top of a chat hides its title: the screen holds the
messages but names no one who wrote them, so they count for nobody. When another screenshot of
the case shows the same conversation with its title (the same incoming messages, seen twice),
that title is this screen's too. The banner's own sender is never taken for it: the banner is
another chat's (a boss's "来我办公室一趟" once made the boss a collector).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from evidence.screens.records import Message, ScreenRecord

# Incoming messages two screenshots must share to be one conversation: one sentence may be a
# template many senders send ("您的借款已逾期"), two in a row are not.
_SHARED = 2
_CHATS = ("chat_1to1", "sms_thread")

Item = TypeVar("Item")


def _flat(text: str) -> str:
    """A message as compared: no blanks, full- and half-width punctuation alike."""
    return unicodedata.normalize("NFKC", re.sub(r"\s+", "", text))


def _incoming(record: ScreenRecord) -> list[Message]:
    return [m for m in record.messages if m.side == "in" and _flat(m.text)]


def titled_twin(untitled: ScreenRecord, others: list[ScreenRecord]) -> ScreenRecord | None:
    """The chat with `untitled`'s messages and a title, where others name just one such title.

    The untitled screen keeps the incoming messages the twin does not show, from the first one
    it does: a line above that (a banner's preview read as a bubble, a bubble cut by the covered
    title) may be no part of the conversation; one after it is the thread scrolled on.
    """
    if untitled.kind not in _CHATS or untitled.counterpart:
        return None
    mine = _incoming(untitled)
    texts = [_flat(m.text) for m in mine]
    names: dict[str, set[str]] = {}
    for other in others:
        if other.kind != untitled.kind or not other.counterpart:
            continue
        theirs = {_flat(m.text) for m in _incoming(other)}
        if sum(text in theirs for text in texts) >= _SHARED:
            names.setdefault(other.counterpart, theirs)
    if len(names) != 1:
        return None
    counterpart, theirs = next(iter(names.items()))
    first = next(i for i, text in enumerate(texts) if text in theirs)
    # The shared ones count on the twin, which may date them better ("11:20", not "41分钟前").
    dropped = {id(m) for i, m in enumerate(mine) if i < first or texts[i] in theirs}
    messages = tuple(m for m in untitled.messages if id(m) not in dropped)
    return replace(untitled, counterpart=counterpart, messages=messages)


def carry_titles(
    items: list[Item],
    record: Callable[[Item], ScreenRecord | None],
    with_record: Callable[[Item, ScreenRecord], Item],
) -> list[Item]:
    """The exhibits, each untitled chat given the title of its titled twin (titled_twin)."""
    records = [record(item) for item in items]
    known = [r for r in records if r is not None]
    out = []
    for item, own in zip(items, records, strict=True):
        twin = titled_twin(own, [r for r in known if r is not own]) if own is not None else None
        out.append(with_record(item, twin) if twin is not None else item)
    return out
