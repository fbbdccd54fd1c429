"""The twenty-seventh blind set: four borrowers from 吉林, 辽宁, 山东 and 浙江, and the truth.

Pages are SVG documents drawn by its own code (tests/blindgen27/pages.py) and shot by Chromium, on
four skins no set named before: an iOS-17-like phone with large titles, a HarmonyOS-4-like dark
phone, a Pixel-like Material You phone in Chinese and a Meizu-Flyme-10-like phone. Many are then
aged in Pillow: photographed by another phone, shown in a gallery viewer, shrunk to 600–720 px,
covered by a floating window or a half-drawn banner, or forwarded inside a relatives' group.
Nobody tunes the parser on it (report only).
"""

from __future__ import annotations

from tests.blindgen27 import jinhua, jinzhou, rizhao, siping
from tests.blindgen27.model import Case, Screen, number_key
from tests.blindgen27.pages import CHROME

CASES: dict[str, Case] = {m.case().key: m.case() for m in (siping, jinzhou, rizhao, jinhua)}
PHONE = {key: case.phone for key, case in CASES.items()}


def chrome() -> list[str]:
    return list(CHROME.values())


def collector_key(who: str) -> str:
    return number_key(who) or who


def all_screens(case: Case):
    for s in case.screens:
        yield s
        if s.inner is not None:
            yield s.inner


def screen_of(case: Case, inner: Screen) -> Screen:
    """The file a screen lies in (an inner capture lies in the chat that forwards it)."""
    return next(s for s in case.screens if s is inner or s.inner is inner)


def calls(case: Case) -> dict[str, int]:
    """Each collector's calls, each call once: a moment on one phone is one call."""
    seen: dict[str, set] = {}
    for s in all_screens(case):
        for c in s.calls:
            if c.collector:
                seen.setdefault(number_key(c.number), set()).update((s.owner, x) for x in c.times)
    return {n: len(v) for n, v in seen.items()}


def quotes(case: Case) -> list[dict]:
    seen: dict[str, str] = {}
    for s in all_screens(case):
        for m in s.msgs:
            if m.quote:
                seen.setdefault(m.text, screen_of(case, s).name)
    return [{"text": t, "screen": n} for t, n in seen.items()]


def conduct_days(case: Case) -> list[str]:
    days = [m.at.date() for s in all_screens(case) for m in s.msgs if m.collector]
    days += [x.date() for s in all_screens(case) for c in s.calls if c.collector for x in c.times]
    return sorted(d.isoformat() for d in days)


def truth(case: Case) -> dict:
    days = conduct_days(case)
    return {
        "collectors": [collector_key(c) for c in case.collectors],
        "contacts": {name: number_key(n) for name, n in case.contacts},
        "calls": calls(case),
        "quotes": quotes(case),
        "statuses": sorted({x for s in all_screens(case) for x in s.statuses}),
        "tabs": chrome(),
        "span": (days[0], days[-1]),
        "screens": [s.name for s in case.screens],
        "loan": dict(case.loan),
    }
