"""The second blind set: four whole cases drawn by a generator of its own, and the truth of each.

Apps and skins no earlier generator drew (Meizu Flyme, iOS light, HarmonyOS NEXT, Xiaomi HyperOS 2
dark, realme, OnePlus; Enterprise WeChat, a QQ group, DingTalk 1:1, Douyin and Alipay chats,
WeChat voice-call bubbles, contact cards), other wordings. Nobody tunes the parser on it: it is
only reported (bench/screens_blind.py --set blindgen2). The truth has the dict shape that
bench/screens_report.py's score() reads.
"""

from __future__ import annotations

from tests.blindgen2 import guiyang, hefei, shijiazhuang, xiamen
from tests.blindgen2.model import Story, number_key
from tests.blindgen2.skins import CHROME, INPUT, TABS

CASES: dict[str, Story] = {
    s.key: s for s in (hefei.story(), xiamen.story(), shijiazhuang.story(), guiyang.story())
}
# The borrower's own phone in each case: it names the camera's photos.
PHONE = {"hefei": "flyme", "xiamen": "ios_light", "shijiazhuang": "harmony_next",
         "guiyang": "hyperos_dark"}  # fmt: skip
# Screen titles and list headings: chrome, never a sender (one word alone marks UI).
TITLES = ["通话记录", "最近通话", "通话", "信息", "短信", "我的账单"]


def collector_key(who: str) -> str:
    """A collector as the scorer keys it: a number's digits, else the nickname as shown."""
    return number_key(who) or who.rpartition("|")[2]


def chrome() -> list[str]:
    """Every UI string of this set, as bench/screens_report.py's _ui_in reads "bars"."""
    return [*TABS.values(), *(v for v in INPUT.values() if v), *CHROME, *TITLES]


def _calls(story: Story) -> dict[str, int]:
    """Row counts summed per collector number; the same row on two shots of one list once."""
    rows: dict[tuple[str, str, str], int] = {}
    for shot in story.shots:
        for ring in shot.rings:
            if ring.collector:
                rows[(shot.owner, number_key(ring.number), ring.at.isoformat())] = ring.count
    totals: dict[str, int] = {}
    for (_, number, _), count in rows.items():
        totals[number] = totals.get(number, 0) + count
    return totals


def _quotes(story: Story) -> list[dict]:
    """Each collector message drawn whole, once, with the first shot it is on."""
    seen: dict[str, str] = {}
    for shot in story.shots:
        for line in shot.lines:
            if line.by_collector and line.quote and line.kind == "text":
                seen.setdefault(line.text, shot.name)
    return [{"text": text, "screen": name} for text, name in seen.items()]


def _span(story: Story) -> tuple[str, str]:
    """First and last day of the collectors' conduct: their messages, call bubbles and calls."""
    days = [line.at.date() for s in story.shots for line in s.lines if line.by_collector]
    days += [ring.at.date() for s in story.shots for ring in s.rings if ring.collector]
    return min(days).isoformat(), max(days).isoformat()


def truth(story: Story) -> dict:
    """The truth in the shape score() reads: collectors, contacts, calls, quotes, span, loan."""
    return {
        "collectors": [collector_key(c) for c in story.collectors],
        "contacts": {name: number_key(number) for name, number in story.contacts},
        "calls": _calls(story),
        "quotes": _quotes(story),
        "statuses": [s.status for s in story.shots if s.status],
        "tabs": chrome(),
        "span": _span(story),
        "screens": [s.name for s in story.shots],
        "loan": dict(story.loan),
    }
