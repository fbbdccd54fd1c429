"""A service channel's number in the inbox and its brand over the thread are one sender (pure).

A business text channel (an SMS gateway's 106…, a 95xxx line) sending rich messages ("5G消息·
已验证") heads its thread with the verified brand ("禾苗速贷"), while the inbox lists the same
thread under the number. The inbox row's cut preview ("最终提醒：24小时内仍未还清…") is the start of
the thread's last message, shown the same day at the same clock: the brand is that number, so
its messages are the number's, and the number's role is read from all of them.
"""

from __future__ import annotations

import re

from understanding.demands import is_collecting, is_service_channel
from understanding.events import ContactEvent, Seen, fold_senders

_PREVIEW_CUT = "…"
_PREVIEW_STEM = 8  # characters a cut preview must share with the whole message
_KEY_FIELDS = 5
# A rich message card's button row ("去还款 申请延期"): short labels side by side, no sentence.
_BUTTON_ROW = re.compile(r"(?:[^\s，。！？,.!?：:]{2,6}\s+)+[^\s，。！？,.!?：:]{2,6}")


def _said(event: ContactEvent) -> str:
    """A message event's text, kept in its key ("owner|message|sender|time|text")."""
    parts = event.key.split("|", 4)
    return parts[4].strip() if event.kind == "message" and len(parts) == _KEY_FIELDS else ""


def _same_moment(one: ContactEvent, other: ContactEvent) -> bool:
    return bool(one.day) and one.day == other.day and (one.time == other.time or not one.time)


def brand_aliases(events: list[ContactEvent], merged: dict[str, Seen]) -> dict[str, str]:
    """{brand name: number} for each named thread whose message an inbox row under a service
    channel's number previews (the same start, day and clock), when only that one number does."""
    previews = [
        (e, _said(e).split(_PREVIEW_CUT, 1)[0].strip())
        for e in events
        if _PREVIEW_CUT in _said(e) and is_service_channel(e.sender)
    ]
    named = [
        e
        for e in events
        if _said(e) and _PREVIEW_CUT not in _said(e)
        and e.sender in merged and not merged[e.sender].is_number
    ]  # fmt: skip
    found: dict[str, set[str]] = {}
    for preview, stem in previews:
        if len(stem) < _PREVIEW_STEM:
            continue
        for whole in named:
            if _said(whole).startswith(stem) and _same_moment(preview, whole):
                found.setdefault(whole.sender, set()).add(preview.sender)
    numbers = [next(iter(n)) for n in found.values() if len(n) == 1]
    return {
        name: next(iter(n))
        for name, n in found.items()
        if len(n) == 1 and numbers.count(next(iter(n))) == 1
    }


def join_brand_threads(
    events: list[ContactEvent], merged: dict[str, Seen]
) -> tuple[list[ContactEvent], dict[str, Seen]]:
    """Fold each brand-headed thread into the service number whose inbox row previews it.

    The brand's messages are then the channel's, read as the channel's are (understanding.
    screen_events): a plain notice ("放款成功", a card's button row) is no conduct, only a
    message that collects is.
    """
    alias = brand_aliases(events, merged)
    plain: set[int] = set()
    for brand in alias:
        entry = merged[brand]
        notices = [e for e in entry.events if e.kind == "message" and not _collects(e)]
        plain.update(id(e) for e in notices)
        entry.events = [e for e in entry.events if id(e) not in plain]
        entry.notices.extend(notices)
        entry.words = [w for w in entry.words if _collects_words(w[0])]
    return fold_senders([e for e in events if id(e) not in plain], merged, alias)


def _collects(event: ContactEvent) -> bool:
    """A message of the channel that collects; a card's button row is the card, nobody's words."""
    said = _said(event)
    own = event.phone == "borrower"
    return not _BUTTON_ROW.fullmatch(said) and is_collecting(said, channel=own)


def _collects_words(said: str) -> bool:
    return not _BUTTON_ROW.fullmatch(said.strip()) and is_collecting(said, channel=True)
