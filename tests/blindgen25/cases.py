"""The twenty-fifth blind set: four borrowers (唐山, 呼和浩特, 乌鲁木齐, 三亚), and the truth.

Drawn as HTML with its own CSS and shot by headless Chromium at scale 2 or 3, finished in Pillow:
iOS-like light and dark and Android-like light and dark skins; SMS threads with RCS 快捷回复
chips, 106/95 lender notices, inboxes with 全部/通知/陌生人 and cut previews, call logs grouped
今天/昨天/更早 with SIM badges, «(n)», tags and 归属地, a relative's page of one number, lock
screens with banners, a 抖音-like 消息请求, 1:1 chats with 语音转文字, family, work and driver
groups with 群公告 that a collector joins, relatives' screenshots forwarded as pictures, loan
bills with 逾期 banners, a 12321 receipt, a mother's phone photographed on a table,
photographed 律师函 / 仲裁 / 催告 papers; pinyin evasions (txl, hk, bg), 伍仟/5k/4k/捌仟陆佰肆拾.
Nobody tunes the parser on it (report only).
"""

from __future__ import annotations

from tests.blindgen25.huhehaote import HUHEHAOTE
from tests.blindgen25.model import Case, number_key
from tests.blindgen25.pages import CHROME
from tests.blindgen25.sanya import SANYA
from tests.blindgen25.story import _mark
from tests.blindgen25.tangshan import TANGSHAN
from tests.blindgen25.wulumuqi import WULUMUQI

CASES: dict[str, Case] = {c.key: _mark(c) for c in (TANGSHAN, HUHEHAOTE, WULUMUQI, SANYA)}
PHONE = {key: case.phone for key, case in CASES.items()}


def chrome() -> list[str]:
    return [bar for text in CHROME.values() for bar in text.split("\n") if bar]


def collector_key(who: str) -> str:
    return number_key(who) or who


def all_screens(case: Case):
    for s in case.screens:
        yield s
        if s.inner is not None:
            yield s.inner


def calls(case: Case) -> dict[str, int]:
    """Each call once: a row is keyed by whose phone, which number and when."""
    rows = {}
    for s in all_screens(case):
        for c in s.calls:
            if c.collector:
                rows[(s.owner, number_key(c.number), c.at.isoformat())] = c.count
    totals: dict[str, int] = {}
    for (_, number, _), count in rows.items():
        totals[number] = totals.get(number, 0) + count
    return totals


def quotes(case: Case) -> list[dict]:
    seen: dict[str, str] = {}
    for s in case.screens:
        for inner in (s, s.inner) if s.inner else (s,):
            for m in inner.msgs:
                if m.quote:
                    seen.setdefault(m.text, s.name)
    return [{"text": t, "screen": n} for t, n in seen.items()]


def conduct_days(case: Case) -> list[str]:
    days = [m.at.date() for s in all_screens(case) for m in s.msgs if m.collector]
    days += [c.at.date() for s in all_screens(case) for c in s.calls if c.collector]
    return sorted(d.isoformat() for d in days)


def truth(case: Case) -> dict:
    days = conduct_days(case)
    return {
        "collectors": [collector_key(c) for c in case.collectors],
        "contacts": {name: number_key(n) for name, n in case.contacts},
        "calls": calls(case),
        "quotes": quotes(case),
        "statuses": sorted({t for s in all_screens(case) for t in s.statuses}),
        "tabs": chrome(),
        "span": (days[0], days[-1]),
        "screens": [s.name for s in case.screens],
        "loan": dict(case.loan),
    }
