"""The twenty-eighth blind set: four borrowers from 河南, 河北, 山西 and 陕西, and the truth.

Pages are HTML with set 28's own CSS shot by Chromium at 720–1290 px (HyperOS-2-like light,
RedMagic-like dark, iOS-18-like Messages with contact photos, a moss-green Android), a third of
them aged in Pillow: a photo of a laptop showing the picture, heavy JPEG, a crop, a 长截图
stitched from three shots, a relative's capture forwarded inside a chat, photographed papers.
Apps: SMS threads and inboxes, call logs with «(n)», tags and 归属地, one number's call page,
lock-screen banners, 企业微信-, 飞书-, 抖音-, 支付宝- and 微博-like chats (the 微博 one tells
sides by colour only), family and work groups a collector joins (one renames himself mid-case,
one posts the borrower's ID and contact list), loan bills and lenders' 106/95 SMS, forged 律师函
and 调解 notices. Nobody tunes the parser on it (report only).
"""

from __future__ import annotations

from tests.blindgen28 import baoji, handan, nanyang, yuncheng
from tests.blindgen28.model import Case, Screen, number_key
from tests.blindgen28.pages import BAR_WORDS


def _mark(case: Case) -> Case:
    for s in all_screens(case):
        for m in s.msgs:
            m.collector = m.who in case.collectors
        for c in s.calls:
            c.collector = number_key(c.number) in case.collectors
    return case


def all_screens(case: Case):
    for s in case.screens:
        yield s
        if s.inner is not None:
            yield s.inner


CASES: dict[str, Case] = {m.CASE.key: _mark(m.CASE) for m in (nanyang, handan, yuncheng, baoji)}
PHONE = {key: case.phone for key, case in CASES.items()}


def collector_key(who: str) -> str:
    return number_key(who) or who


def calls(case: Case) -> dict[str, int]:
    """Each call once: the same call on a log row and on the number's page is one call."""
    seen = set()
    for s in all_screens(case):
        for c in s.calls:
            if c.collector:
                seen |= {(s.owner, number_key(c.number), e) for e in c.events}
    totals: dict[str, int] = {}
    for _, number, _ in seen:
        totals[number] = totals.get(number, 0) + 1
    return totals


def _outer(case: Case, inner: Screen) -> str:
    return next(s.name for s in case.screens if s is inner or s.inner is inner)


def quotes(case: Case) -> list[dict]:
    seen: dict[str, str] = {}
    for s in all_screens(case):
        for m in s.msgs:
            if m.collector and m.quote and m.kind == "bubble":
                seen.setdefault(m.text, _outer(case, s))
    return [{"text": t, "screen": n} for t, n in seen.items()]


def conduct_days(case: Case) -> list[str]:
    days = [m.at.date() for s in all_screens(case) for m in s.msgs if m.collector]
    days += [e.date() for s in all_screens(case) for c in s.calls if c.collector for e in c.events]
    return sorted(d.isoformat() for d in days)


def statuses(case: Case) -> list[str]:
    return sorted({t for s in all_screens(case) if s.app != "lawyer28" for t in s.statuses})


def truth(case: Case) -> dict:
    days = conduct_days(case)
    return {
        "collectors": [collector_key(c) for c in case.collectors],
        "contacts": {name: number_key(n) for name, n in case.contacts},
        "calls": calls(case),
        "quotes": quotes(case),
        "statuses": statuses(case),
        "tabs": [*list(BAR_WORDS), "按住说话 发送", "短信 发送"],
        "span": (days[0], days[-1]),
        "screens": [s.name for s in case.screens],
        "loan": dict(case.loan),
    }
