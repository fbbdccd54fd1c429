"""The fourth blind set: four whole cases drawn by a generator of its own, and the truth of each.

Phones and apps no earlier set drew (Pixel with Google Messages and Phone by Google in Chinese,
EMUI 9, ASUS ZenUI, Sony Xperia dark at 720 px, iOS 16 with a notification banner; WeChat in
English, 快手, TIM, 闲鱼, B站, a 美团-style service window, a Telegram-like dark app), other
wordings. Nobody tunes the parser on it: it is only reported (bench/screens_blind.py --set
blindgen4). The truth has the dict shape bench/screens_report.py's score() reads.
"""

from __future__ import annotations

from tests.blindgen4 import baotou, ganzhou, wuhu, zhuzhou
from tests.blindgen4.model import Case, number_key
from tests.blindgen4.skins import chrome_words

CASES: dict[str, Case] = {
    c.key: c for c in (wuhu.story(), zhuzhou.story(), baotou.story(), ganzhou.story())
}
# The borrower's own phone in each case.
PHONE = {"wuhu": "pixel", "zhuzhou": "emui9", "baotou": "zenui", "ganzhou": "xperia"}


def collector_key(who: str) -> str:
    """A collector as the scorer keys it: a number's digits, else the nickname as shown."""
    return number_key(who) or who


def _calls(case: Case) -> dict[str, int]:
    """Row counts summed per collector number; one row seen on two shots of a list counts once."""
    rows: dict[tuple[str, str, str], int] = {}
    for shot in case.shots:
        for call in shot.calls:
            if call.collector:
                rows[(shot.owner, number_key(call.number), call.at.isoformat())] = call.count
    totals: dict[str, int] = {}
    for (_, number, _), count in rows.items():
        totals[number] = totals.get(number, 0) + count
    return totals


def _quotes(case: Case) -> list[dict]:
    """Each collector message drawn whole (a voice message by its transcript), once, first shot."""
    seen: dict[str, str] = {}
    for shot in case.shots:
        for say in shot.says:
            if say.collector and say.quote and say.kind in ("text", "voice"):
                seen.setdefault(say.text, shot.name)
    return [{"text": text, "screen": name} for text, name in seen.items()]


def _span(case: Case) -> tuple[str, str]:
    """First and last day of the collectors' conduct: their demands and calls (not a notice)."""
    days = [s.at.date() for shot in case.shots for s in shot.says if s.collector and s.quote]
    days += [c.at.date() for shot in case.shots for c in shot.calls if c.collector]
    return min(days).isoformat(), max(days).isoformat()


def truth(case: Case) -> dict:
    """The truth in the shape score() reads: collectors, contacts, calls, quotes, span, loan."""
    return {
        "collectors": [collector_key(c) for c in case.collectors],
        "contacts": {name: number_key(number) for name, number in case.contacts},
        "calls": _calls(case),
        "quotes": _quotes(case),
        "statuses": [s.status for s in case.shots if s.status],
        "tabs": chrome_words(),
        "span": _span(case),
        "screens": [s.name for s in case.shots],
        "loan": dict(case.loan),
    }
