"""The fourteenth blind set: four whole cases by a generator of its own, and the truth of each.

Borrower devices no earlier set drew (a Tizen-like Samsung, an iOS-7-flat-like phone, a 老人机
feature phone photographed on a desk, a dark-mode tablet); WhatsApp-, Instagram-DM- and
X-DM-like chats, a shop's 客服 who is a collector, 云闪付-like and bank 消息中心
notices (no collector), AI call-assistant transcripts, voice bubbles with their 转文字 text;
contacts forwarding their own screenshots; 东北话 and 四川话, pinyin initials,
Chinese-numeral amounts, emoji in threats, a prompt-injection line inside a collector's message.
Nobody tunes the parser on it: it is only reported (bench/screens_blind.py --set blindgen14).
"""

from __future__ import annotations

from tests.blindgen14 import dandong, leshan, tieling, zigong
from tests.blindgen14.model import Case, number_key
from tests.blindgen14.pages import CHROME
from tests.blindgen14.render import file_name
from tests.blindgen14.skins import SKIN_CHROME

CASES: dict[str, Case] = {
    c.key: c for c in (tieling.case(), zigong.case(), dandong.case(), leshan.case())
}
# The borrower's own device in each case: it names the screenshot files.
PHONE = {"tieling": "tizen14", "zigong": "iosflat14", "dandong": "laoren14", "leshan": "darktab14"}


def chrome() -> list[str]:
    """Every bar, button and input-box string of this set."""
    return list(CHROME.values()) + list(SKIN_CHROME.values())


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


def files(case: Case) -> dict[str, str]:
    """Each screen's file name as render_case writes it."""
    return {s.name: file_name(s, PHONE[case.key], i) for i, s in enumerate(case.screens)}


def quotes(case: Case) -> list[dict]:
    """Each collector's words drawn whole, once, with the file of the first screen drawing them."""
    names = files(case)
    seen: dict[str, str] = {}
    for screen in case.screens:
        for msg in screen.msgs:
            if msg.quote:
                seen.setdefault(msg.text, names[screen.name])
    return [{"text": text, "screen": name} for text, name in seen.items()]


def conduct_days(case: Case) -> list[str]:
    """Days of the collectors' calls and words, sorted (no ID card, notice or status clock)."""
    days = [m.at.date() for s in case.screens for m in s.msgs if m.collector]
    days += [c.at.date() for s in case.screens for c in s.calls if c.collector]
    return sorted(d.isoformat() for d in days)


def truth(case: Case) -> dict:
    """The truth in the shape score() reads."""
    days = conduct_days(case)
    return {
        "collectors": [collector_key(c) for c in case.collectors],
        "contacts": {name: number_key(number) for name, number in case.contacts},
        "calls": calls(case),
        "quotes": quotes(case),
        "statuses": sorted({s for screen in case.screens for s in screen.statuses}),
        "tabs": chrome(),
        "span": (days[0], days[-1]),
        "screens": list(files(case).values()),
        "loan": dict(case.loan),
    }
