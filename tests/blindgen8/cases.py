"""The eighth blind set: four whole cases drawn by a generator of its own, and the truth of each.

Phones no earlier set drew (an Android 4 holo-dark phone, a KaiOS-like 240x320 feature phone, a
Redmi-Go-like lite Android, a HarmonyOS-4-like phone with large type) and pages no earlier set drew
(a phone-security app's 骚扰拦截 list, one number's detail page with a crowd tag and its
own 通话记录, a school 家长群 a collector posted into, a QQ-空间-like 留言板, 视频号 private
messages, a screenshot framed inside a chat). Nobody tunes the parser on it: it is only reported
(bench/screens_blind.py --set blindgen8). The truth has the dict shape score() reads.
"""

from __future__ import annotations

from tests.blindgen8 import ganzhou, kunming, nanchong, zibo
from tests.blindgen8.model import Case, Msg, Screen, number_key
from tests.blindgen8.skins import CHROME, INPUT, TABS

CASES: dict[str, Case] = {
    c.key: c for c in (kunming.case(), ganzhou.case(), zibo.case(), nanchong.case())
}
# The borrower's own phone in each case: it names the screenshot files.
PHONE = {"kunming": "holo", "ganzhou": "kaios", "zibo": "hm_large", "nanchong": "lite_go"}


def collector_key(who: str) -> str:
    """A collector as the scorer keys it: a number's digits, else the nickname as shown."""
    return number_key(who) or who


def chrome() -> list[str]:
    """Every UI string of this set, as bench/screens_report.py's _ui_in reads "bars"."""
    return [*TABS.values(), *INPUT.values(), *CHROME]


def is_collector(case: Case, who: str) -> bool:
    return collector_key(who) in {collector_key(c) for c in case.collectors}


def messages(screen: Screen) -> list[Msg]:
    """Every message a screen draws: its own, a framed screenshot's, a blocker's previews."""
    out: list[Msg] = []
    for msg in (*screen.msgs, *screen.blocked_sms):
        # A framed screenshot is a picture: the messages inside it are what it draws.
        out.extend(msg.inner if msg.kind == "shot" else (msg,))
    return out


def conduct(case: Case, msg: Msg) -> bool:
    """A collector's message that is conduct (a bare platform notice is not)."""
    return msg.who != "me" and is_collector(case, msg.who) and not msg.notice


def _calls(case: Case) -> dict[str, int]:
    """Row counts summed per collector number; the same row on two shots of one phone once."""
    rows: dict[tuple[str, str, str], int] = {}
    for screen in case.screens:
        for call in screen.calls:
            if is_collector(case, call.number):
                rows[(screen.owner, number_key(call.number), call.at.isoformat())] = call.count
    totals: dict[str, int] = {}
    for (_, number, _), count in rows.items():
        totals[number] = totals.get(number, 0) + count
    return totals


def _quotes(case: Case) -> list[dict]:
    """Each collector message drawn whole (not a cut preview), once, with its first screen."""
    seen: dict[str, str] = {}
    for screen in case.screens:
        for msg in messages(screen):
            if conduct(case, msg) and msg.kind == "text":
                seen.setdefault(msg.text, screen.name)
    return [{"text": text, "screen": name} for text, name in seen.items()]


def _span(case: Case) -> tuple[str, str]:
    """First and last day of the collectors' calls and messages."""
    days = [m.at.date() for s in case.screens for m in messages(s) if conduct(case, m)]
    days += [c.at.date() for s in case.screens for c in s.calls if is_collector(case, c.number)]
    return min(days).isoformat(), max(days).isoformat()


def truth(case: Case) -> dict:
    """The truth in the shape score() reads: collectors, contacts, calls, quotes, span, loan."""
    return {
        "collectors": [collector_key(c) for c in case.collectors],
        "contacts": {name: number_key(number) for name, number in case.contacts},
        "calls": _calls(case),
        "quotes": _quotes(case),
        "statuses": [s.status for s in case.screens if s.status],
        "tabs": chrome(),
        "span": _span(case),
        "screens": [s.name for s in case.screens],
        "loan": dict(case.loan),
    }
