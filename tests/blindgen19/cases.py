"""The nineteenth blind set: four whole cases by a generator of its own, and the truth of each.

Pages are HTML with this set's own CSS, shot by chromium at device scale 2 or 3 (some shrunk
after), then finished in Pillow: forwarded shots recompressed, photos tilted, a red ring, a
highlighter stroke or a mosaic over one item, a long capture stitched from three windows.
Phones: Nothing-OS-like (dot-matrix clock, black), Motorola-Hello-like, Tecno-HiOS-like,
iQOO/OriginOS-5-like with big rounded cards, HarmonyOS-NEXT-like capsule status bar and a 720 px
Android Go phone. Apps: WeChat 新的朋友 with collectors' verification lines, chats with 转账 and
红包 cards and 拍了拍 lines, 聊天信息 with the remark 催收-勿接, a family group, a Soul-like
stranger chat, a 闲鱼-like chat with a product card, an AI call assistant's transcript, a 通话录音
list, SMS threads (one from a 12-digit 【signature】 number), an inbox with cut previews, a 12321
receipt, call logs with (n), 归属地 and tags. Wording: 山东/河北 lines (恁, 俺, 夜来, 甭, 忒),
capital numerals, 6.8k, ¥6,800.00, emoji, threats split over bubbles.
Nobody tunes the parser on it: it is only reported (bench/screens_blind.py --set blindgen19).
"""

from __future__ import annotations

from tests.blindgen19 import kaifeng, linyi, maoming, shangrao
from tests.blindgen19.model import Case, number_key
from tests.blindgen19.pages import CHROME

CASES: dict[str, Case] = {
    c.key: c for c in (kaifeng.case(), maoming.case(), shangrao.case(), linyi.case())
}
# The borrower's own phone in each case.
PHONE = {key: case.phone for key, case in CASES.items()}


def chrome() -> list[str]:
    """Every bar, button and input-box string of this set, one bar an entry."""
    bars = [bar for text in CHROME.values() for bar in text.split("\n") if bar]
    return [*bars, "接受", "已添加", "去购买", "微信转账", "微信红包"]


def collector_key(who: str) -> str:
    """A collector as the scorer keys it: a number's digits, else the nickname as shown."""
    return number_key(who) or who


def is_collector(case: Case, who: str) -> bool:
    return collector_key(who) in {collector_key(c) for c in case.collectors}


def calls(case: Case) -> dict[str, int]:
    """Row counts summed per collector number; one row on two shots of one phone counts once."""
    rows: dict[tuple[str, str, str], int] = {}
    for screen in case.screens:
        for call in screen.calls:
            if is_collector(case, call.number):
                rows[(screen.owner, number_key(call.number), call.at.isoformat())] = call.count
    totals: dict[str, int] = {}
    for (_, number, _), count in rows.items():
        totals[number] = totals.get(number, 0) + count
    return totals


def quotes(case: Case) -> list[dict]:
    """Each collector's message drawn whole (no cut preview), once, with its first screen."""
    seen: dict[str, str] = {}
    for screen in case.screens:
        for msg in screen.msgs:
            if msg.side == "in" and msg.kind != "preview" and is_collector(case, msg.who):
                seen.setdefault(msg.text, screen.name)
    return [{"text": text, "screen": name} for text, name in seen.items()]


def conduct_days(case: Case) -> list[str]:
    """Days of the collectors' calls and words, sorted (papers and clocks are no conduct)."""
    days = [
        m.at for s in case.screens for m in s.msgs if m.side == "in" and is_collector(case, m.who)
    ]
    days += [c.at for s in case.screens for c in s.calls if is_collector(case, c.number)]
    return sorted(d.date().isoformat() for d in days)


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
