"""The third blind set: four whole cases drawn by a generator of its own, and the truth of each.

Phones and apps no earlier set drew (nubia MyOS, Lenovo ZUI phone and 1600 px tablet, Smartisan
OS, iOS with the largest accessibility type; Feishu, Xiaohongshu and Weibo private messages, a
loan app's customer-service chat, WeChat care mode, a WeChat family group a collector joined),
dual-SIM and day-grouped call logs, numbers with spaces, dashes and +86, a fake law firm, court
and police. Nobody tunes the parser on it: it is only reported (bench/screens_blind.py --set
blindgen3). The truth has the dict shape bench/screens_report.py's score() reads.
"""

from __future__ import annotations

from tests.blindgen3 import haikou, lanzhou, nanchang, taiyuan
from tests.blindgen3.model import Matter, number_key, who_key
from tests.blindgen3.skins import APPS, chrome_strings, composer

CASES: dict[str, Matter] = {
    m.key: m for m in (lanzhou.matter(), taiyuan.matter(), nanchang.matter(), haikou.matter())
}
# The borrower's own phone in each case: it names the camera's photos.
PHONE = {"lanzhou": "nubia_myos", "taiyuan": "ios_axl", "nanchang": "zui",
         "haikou": "smartisan"}  # fmt: skip


def chrome() -> list[str]:
    """Every UI string of this set, as bench/screens_report.py's _ui_in reads "bars"."""
    # A composer that names the chat ("发送给 王总") counts without the name: the name is a
    # person's, and as a bar word it would make that contact a UI string wherever it is a sender.
    composers = {
        composer(c.app, "").strip()
        for m in CASES.values()
        for c in m.captures
        if c.app in APPS and APPS[c.app].composer
    }
    return [*chrome_strings(), *sorted(composers - set(chrome_strings()))]


def _calls(matter: Matter) -> dict[str, int]:
    """Row counts summed per collector number; the same row on two shots of one log once."""
    rows: dict[tuple[str, str, str], int] = {}
    for cap in matter.captures:
        for dial in cap.dials:
            if dial.collector:
                rows[(cap.owner, number_key(dial.shown), dial.at.isoformat())] = dial.count
    totals: dict[str, int] = {}
    for (_, number, _), count in rows.items():
        totals[number] = totals.get(number, 0) + count
    return totals


def _quotes(matter: Matter) -> list[dict]:
    """Each collector message drawn whole (not a notice, not an inbox row), once, first shot."""
    seen: dict[str, str] = {}
    for cap in matter.captures:
        for line in cap.said:
            if line.collector and not (line.notice or line.preview or line.system):
                seen.setdefault(line.text, cap.name)
    return [{"text": text, "screen": name} for text, name in seen.items()]


def conduct(matter: Matter) -> list:
    """The moments of the collectors' conduct: their messages (not bare notices) and calls."""
    moments = [
        line.at for c in matter.captures for line in c.said if line.collector and not line.notice
    ]
    return moments + [d.at for c in matter.captures for d in c.dials if d.collector]


def truth(matter: Matter) -> dict:
    """The truth in the shape score() reads: collectors, contacts, calls, quotes, span, loan."""
    days = sorted(m.date().isoformat() for m in conduct(matter))
    return {
        "collectors": [who_key(c) for c in matter.collectors],
        "contacts": {name: number_key(number) for name, number in matter.contacts},
        "calls": _calls(matter),
        "quotes": _quotes(matter),
        "statuses": [c.status for c in matter.captures if c.status],
        "tabs": chrome(),
        "span": (days[0], days[-1]),
        "screens": [c.name for c in matter.captures],
        "loan": dict(matter.loan),
    }
