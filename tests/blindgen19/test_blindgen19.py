"""The nineteenth blind set's truth agrees with what it draws (no browser, no OCR, no score)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import escape

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen19.cases import CASES, PHONE, chrome, conduct_days, is_collector, truth
from tests.blindgen19.model import number_key
from tests.blindgen19.pages import CHROME, drawn_text, page_html

_STATUS = re.compile(r"\d+K/s|\b[45]G\b|\bHD\b|\d{1,3}%")
SCREENS = [s for c in CASES.values() for s in c.screens]
DRAWN = {s.name: drawn_text(s) for s in SCREENS}
PAGES = {s.name: page_html(s) for s in SCREENS}


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).rstrip("。！？!?.").replace("“", "「").replace("”", "」")


def _reads_as_ui(text: str, statuses: list[str], bars: list[str]) -> bool:
    """bench/screens_report.py's _ui_in rule, restated so this test needs no app import."""
    flat = _flat(text)
    if any(_flat(s) in flat for s in statuses) or _STATUS.search(text):
        return True
    if flat in {w for b in bars for w in b.split() if len(w) >= 2}:
        return True
    return any(sum(w in flat for w in b.split() if len(w) >= 2) >= 2 for b in bars)


def _shown(name: str, text: str) -> bool:
    return text in DRAWN[name] and escape(text, quote=False) in PAGES[name]


def _day_of(label: str, captured) -> date:
    """The day a drawn time label names, read the way a person reads it on that screen."""
    if m := re.match(r"(\d{4})年(\d+)月(\d+)日", label):
        return date(*map(int, m.groups()))
    if m := re.match(r"(\d+)[/月](\d+)", label):
        return date(captured.year, int(m.group(1)), int(m.group(2)))
    if label.startswith("昨天"):
        return captured.date() - timedelta(days=1)
    if m := re.match(r"周(.)", label):
        back = (captured.weekday() - "一二三四五六日".index(m.group(1))) % 7
        return captured.date() - timedelta(days=back)
    return captured.date()  # 刚刚, n分钟前, 下午 3:20, 21:18: the day of the shot


def _night(hour: int) -> bool:
    return hour >= 22 or hour < 8


def test_set_is_large_new_and_own():
    assert set(CASES) == {"kaifeng", "maoming", "shangrao", "linyi"}
    assert 34 <= len(SCREENS) <= 42
    assert set(CASES).isdisjoint(cities_before(19))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS}
    labels |= {p for s in SCREENS for p in s.post}
    assert labels.isdisjoint(labels_before(19))
    assert all(label.endswith("19") for label in labels), labels
    assert {"dot19", "hello19", "tecno19", "origin19", "capsule19", "go19"} <= labels
    assert {"fwd19", "crop19", "long19", "mark19", "hl19", "mosaic19", "photo19"} <= labels
    assert set(CHROME) == {s.app for s in SCREENS}
    names = [s.name for s in SCREENS]
    assert len(set(names)) == len(names)
    assert all(re.search(r"20\d{6}", n) for n in names)
    assert any(n.startswith("微信图片_") for n in names)
    assert any(n.startswith("IMG_") for n in names)
    assert len(set(PHONE.values())) == 4


def test_chrome_words_are_drawn():
    for s in SCREENS:
        for bar in CHROME[s.app].split("\n"):
            for word in bar.split():
                assert word in DRAWN[s.name], (s.name, word)


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    case = CASES[key]
    data = truth(case)
    drawn = "".join(DRAWN[s.name] for s in case.screens)
    collectors = set(data["collectors"])
    assert len(collectors) == len(case.collectors) >= 3
    assert all(c in drawn for c in case.collectors)
    assert set(data["contacts"]).isdisjoint(collectors)
    assert set(data["contacts"].values()).isdisjoint(collectors)
    assert set(data["calls"]) <= collectors
    assert len(data["quotes"]) >= 8
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    for quote in data["quotes"]:
        assert _shown(quote["screen"], quote["text"]), quote
    for s in case.screens:
        for status in s.statuses:
            assert status in DRAWN[s.name], status
        sep_day = None
        for item in s.items:
            if getattr(item, "kind", "") == "sep":
                sep_day = _day_of(item.text, s.captured)
            if (
                item in s.msgs
                and item.kind == "bubble"
                and is_collector(case, item.who)
                and item.label
            ):
                day = _day_of(item.label, s.captured)
                assert (
                    sep_day if re.match(r"[上下晚凌]", item.label) and sep_day else day
                ) == item.at.date()
        for msg in s.msgs:
            if msg.kind == "preview":
                assert msg.text + "…" in DRAWN[s.name]
            else:
                assert _shown(s.name, msg.text), msg.text
            assert msg.at <= s.captured
            if msg.label and msg.kind != "req":
                assert msg.label in DRAWN[s.name]
            if s.app in ("wxchat19", "soul19", "xianyu19", "wxnew19") and msg.side == "in":
                assert msg.who in DRAWN[s.name]
        for call in s.calls:
            assert _shown(s.name, call.name or call.number)
            assert call.count == 1 or f"({call.count})" in DRAWN[s.name]
            assert call.at <= s.captured
            assert call.label in DRAWN[s.name]
            assert _day_of(call.label, s.captured) == call.at.date(), call.label
        stamps = [c.at for c in s.calls]
        assert stamps == sorted(stamps, reverse=True)


def test_calls_count_a_row_seen_twice_once():
    assert truth(CASES["kaifeng"])["calls"] == {"037162584410": 6, "17085126603": 4}
    assert truth(CASES["linyi"])["calls"] == {"053982617305": 8, "13165298704": 4}
    assert truth(CASES["shangrao"])["calls"] == {"15105392847": 6}


@pytest.mark.parametrize("key", list(CASES))
def test_loan_papers_and_contacts(key):
    case = CASES[key]
    loan = truth(case)["loan"]
    assert set(loan) == {"amount", "received", "deducted", "demanded"}
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]
    bill = next(DRAWN[s.name] for s in case.screens if s.app == "bill19")
    assert all(f"¥{value:,}.00" in bill for value in loan.values())
    apps = {s.app for s in case.screens}
    assert {"idcard19", "letter19"} <= apps
    assert any("fwd19" in s.post and s.owner != "borrower" for s in case.screens)
    for name, _ in case.contacts:
        spoke = any(m.who == name for s in case.screens for m in s.msgs)
        called = any(c.name == name for s in case.screens for c in s.calls)
        owns = any(s.owner == name for s in case.screens)
        assert spoke or called or owns, name
    birth = re.search(
        r"(\d{4})年\d+月\d+日", next(DRAWN[s.name] for s in case.screens if s.app == "idcard19")
    )
    assert not any(day.startswith(birth.group(1)) for day in conduct_days(case))


def test_no_true_quote_reads_as_ui():
    for case in CASES.values():
        data = truth(case)
        assert data["tabs"] == chrome()
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote


def test_officials_and_the_night_only_by_clock_case():
    for case in CASES.values():
        assert not any(is_collector(case, w) for w in ("12321", "10086"))
        assert not any(
            is_collector(case, m.who) for s in case.screens for m in s.msgs if m.side == "out"
        )
    linyi = CASES["linyi"]
    events = [m.at for s in linyi.screens for m in s.msgs if is_collector(linyi, m.who)]
    events += [c.at for s in linyi.screens for c in s.calls if is_collector(linyi, c.number)]
    assert not any(_night(when.hour) for when in events)
    assert any(_night(s.captured.hour) for s in linyi.screens if s.statuses)
    for key in ("kaifeng", "maoming", "shangrao"):
        case = CASES[key]
        calls = [c.at for s in case.screens for c in s.calls if is_collector(case, c.number)]
        assert any(_night(when.hour) for when in calls)
        assert not all(_night(w.hour) for w in calls)


def test_wording_and_shapes():
    words = "".join(q["text"] for case in CASES.values() for q in truth(case)["quotes"])
    for shape in ("恁", "俺", "夜来", "甭", "忒", "陆仟伍佰元", r"\d\.\dk", r"¥\d,\d{3}\.00", "【"):
        assert re.search(shape, words), shape
    assert any(
        len(number_key(c)) == 12 and c.startswith("106")
        for case in CASES.values()
        for c in case.collectors
    )
    assert sum(not number_key(c) for case in CASES.values() for c in case.collectors) >= 6
    assert any("催收-勿接" in c for case in CASES.values() for c in case.collectors)
