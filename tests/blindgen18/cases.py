"""The eighteenth blind set: four whole cases by a generator of its own, and the truth of each.

Drawn with Pillow from blocks of its own (Noto Sans and, on a gold luxury skin and on letters,
Noto Serif): an older MIUI-like phone, a dark MagicOS-9-like phone, a Nokia-X-like tiles phone, an
EMUI-5-like phone, a Vertu-like gold skin and an iPhone-like phone. Apps: a loan bill, dual-SIM SMS
threads with 卡1/卡2, SMS inboxes with previews cut by "…", call logs with "(n)", tags and 归属地
(one in English, Truecaller-like), a notification centre grouped by app, a QQ chat with 引用
replies, a WeChat-like family group a 法务 joins by QR code (voice bubbles with 转文字), an office
group with @所有人, iMessage-like threads with 已送达, a mail with a 催收函 attachment, a fake
court's 106 SMS with a short link, a collector's feed post with comments; forwarded shots, a
capture stitched from three screens, a cropped shot, a red ring, ID-card and forged-letter photos.
Nobody tunes the parser on it: it is only reported (bench/screens_blind.py --set blindgen18).
"""

from __future__ import annotations

from tests.blindgen18 import changde, jieyang, xinxiang, yueyang
from tests.blindgen18.layout import CHROME, RECEIPTS
from tests.blindgen18.model import Case, number_key

CASES: dict[str, Case] = {
    c.key: c for c in (xinxiang.case(), changde.case(), jieyang.case(), yueyang.case())
}
# The borrower's own phone in each case: it names nothing but is the app's "me".
PHONE = {
    "xinxiang": xinxiang.PHONE,
    "changde": changde.PHONE,
    "jieyang": jieyang.PHONE,
    "yueyang": yueyang.PHONE,
}


def chrome() -> list[str]:
    """Every bar, button and input-box string of this set, one bar an entry."""
    bars = [bar for text in CHROME.values() for bar in text.split("\n")]
    return [*bars, " ".join(RECEIPTS)]


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
    """Each collector's words drawn whole (no cut preview), once, with its first screen's file."""
    seen: dict[str, str] = {}
    for screen in case.screens:
        for msg in screen.msgs:
            if msg.quote:
                seen.setdefault(msg.text, screen.name)
    return [{"text": text, "screen": name} for text, name in seen.items()]


def conduct_days(case: Case) -> list[str]:
    """Days of the collectors' calls and words, sorted (papers and clocks are no conduct)."""
    days = [m.at.date() for s in case.screens for m in s.msgs if m.collector and m.kind != "seam"]
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
