"""The twenty-first blind set: four whole cases by a generator of its own, and the truth of each.

Each screen is an SVG string (text in <text>/<tspan> at x/y the generator computes, so the wraps
are its own) rasterised by Chromium, then touched up with Pillow: forwarded shots shrunk and
recompressed, papers photographed at a tilt, call logs ringed in red, tops cropped. Phones: a
ColorOS-13-like, a Flyme-like with a round clock, a dark HyperOS-2-like, an iOS-12-like with a
gradient bar, a foldable's two panes and a landscape shot; apps: 快手- and B站-like DMs, a
美团-like rider chat, 视频号-like comments, a 钉钉-like personal chat with 已读/未读, a 骚扰拦截
summary, voicemail transcripts, signed 400/95 SMS, a notice on a door, a relatives' group.
Nobody tunes the parser on it: it is only reported (bench/screens_blind.py --set blindgen21).
"""

from __future__ import annotations

from tests.blindgen21 import lianyungang, luoyang, nantong, zhanjiang
from tests.blindgen21.apps import CHROME
from tests.blindgen21.model import Case, number_key

_MODULES = (nantong, lianyungang, luoyang, zhanjiang)
CASES: dict[str, Case] = {c.key: c for c in (m.case() for m in _MODULES)}
# The borrower's own phone in each case.
PHONE = {m.__name__.rsplit(".", 1)[1]: m.PHONE for m in _MODULES}


def chrome() -> list[str]:
    """Every bar, button and input-box string of this set, one bar an entry."""
    return [bar for text in CHROME.values() for bar in text.split("\n")]


def collector_key(who: str) -> str:
    return number_key(who) or who


def flat(text: str) -> str:
    """A message as one string: the generator's own line breaks are not in the words."""
    return text.replace("\n", "")


def calls(case: Case) -> dict[str, int]:
    """Row counts summed per collector; one row on two shots of one phone counts once."""
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
    seen: dict[str, str] = {}
    for screen in case.screens:
        for msg in screen.msgs:
            if msg.collector and not msg.preview:
                seen.setdefault(flat(msg.text), screen.name)
    return [{"text": text, "screen": name} for text, name in seen.items()]


def conduct_days(case: Case) -> list[str]:
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
