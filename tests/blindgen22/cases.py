"""The twenty-second blind set: four whole cases by a generator of its own, and the truth of each.

HTML with this set's own CSS, shot by Chromium, then the phone's display setting applied in Pillow:
grayscale, inverted high-contrast, a yellow eye-comfort tint, a large-font mode and dark mode.
Overlays over chats: an open keyboard with a half-typed reply, a notification shade pulled half
down, a picture-in-picture video call, a floating assist ball and a screen-recording pill. Pages:
a 通讯录 with 标签 groups, a system contacts list with tags and call counts, a printed notice sent
as a picture, a «债务处理中心» H5 portal in a browser frame, a collector listing the borrower's
contacts with masked numbers, SMS with numbered points; 四邑, 邵阳, 安徽 and 许昌 wording,
pinyin evasions and money as 4k5 / 肆仟伍 / ¥4,500.00. Report only (bench/screens_blind.py).
"""

from __future__ import annotations

from tests.blindgen22 import bengbu, jiangmen, shaoyang, xuchang
from tests.blindgen22.model import Case, number_key
from tests.blindgen22.page import CHROME

_STORIES = (jiangmen, shaoyang, bengbu, xuchang)
CASES: dict[str, Case] = {c.key: c for c in (s.case() for s in _STORIES)}
# The borrower's own phone in each case (its skin label).
PHONE = {key: s.PHONE for key, s in zip(CASES, _STORIES, strict=True)}


def chrome() -> list[str]:
    """Every bar, button and input-box string of this set, one bar an entry."""
    return [bar for text in CHROME.values() for bar in text.split("\n")]


def collector_key(who: str) -> str:
    """A collector as the scorer keys it: a number's digits, else the nickname as shown."""
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
    """Each collector's words drawn whole, once, with the first screen that draws them."""
    seen: dict[str, str] = {}
    for screen in case.screens:
        for msg in screen.msgs:
            if msg.quote:
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
