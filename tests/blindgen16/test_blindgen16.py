"""The sixteenth blind set's truth agrees with what it draws (no browser, no OCR, no score)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen16.apps import CHROME, blocks, drawn_text
from tests.blindgen16.cases import CASES, PHONE, chrome, collector_key, conduct_days, truth
from tests.blindgen16.model import number_key

_STATUS = re.compile(r"\d+K/s|\b[45]G\b|\bHD\b|\d{1,3}%")
SCREENS = [s for c in CASES.values() for s in c.screens]
DRAWN = {s.name: drawn_text(s) for s in SCREENS}


def _norm(text: str) -> str:
    """bench/screens_report.py's _norm, restated so this test needs no app import."""
    flat = unicodedata.normalize("NFKC", re.sub(r"\s+", "", text))
    flat = "".join(ch for ch in flat if unicodedata.category(ch) not in ("So", "Cf", "Mn"))
    return flat.rstrip("。！？!?.").replace("“", "「").replace("”", "」")


def _reads_as_ui(text: str, statuses: list[str], bars: list[str]) -> bool:
    """bench/screens_report.py's _ui_in rule, restated."""
    flat = _norm(text)
    if any(_norm(s) in flat for s in statuses) or _STATUS.search(text):
        return True
    if flat in {w for b in bars for w in b.split() if len(w) >= 2}:
        return True
    return any(sum(w in flat for w in b.split() if len(w) >= 2) >= 2 for b in bars)


def _night(hour: int) -> bool:
    return hour >= 22 or hour < 8


def test_set_is_large_and_new():
    assert len(CASES) >= 4
    assert 36 <= len(SCREENS) <= 44
    assert set(CASES).isdisjoint(cities_before(16))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS}
    assert labels.isdisjoint(labels_before(16))
    assert all(label.endswith("16") for label in labels), labels
    assert set(CHROME) <= {s.app for s in SCREENS}
    names = [s.name for s in SCREENS]
    assert len(set(names)) == len(names)
    assert all(n.endswith((".png", ".jpg")) for n in names)
    assert all(s.name.endswith(".jpg") for s in SCREENS if s.photo or s.forwarded)


def test_chrome_words_are_drawn():
    for s in SCREENS:
        for bar in CHROME.get(s.app, []):
            assert bar in DRAWN[s.name], (s.name, bar)


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
    assert len(data["quotes"]) >= 6
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    assert data["screens"] == [s.name for s in case.screens]
    for quote in data["quotes"]:
        assert quote["text"] in DRAWN[quote["screen"]], quote
    for screen in case.screens:
        assert all(status in DRAWN[screen.name] for status in screen.statuses)
        for msg in screen.msgs:
            assert msg.text in DRAWN[screen.name], msg.text
            assert msg.at <= screen.captured
            assert not msg.shown or msg.shown in DRAWN[screen.name]
            if msg.side != "sys":
                assert msg.collector == (collector_key(msg.who) in collectors), msg.text
            if msg.side == "out":
                assert not msg.quote
        for call in screen.calls:
            assert call.collector == (number_key(call.number) in collectors)
            assert (call.name or call.number) in DRAWN[screen.name]
            assert call.shown.split("|")[0] in DRAWN[screen.name]  # the day it drew
            assert call.count == 1 or f"({call.count})" in DRAWN[screen.name]
            assert call.at <= screen.captured
        stamps = [c.at for c in screen.calls]
        assert stamps == sorted(stamps, reverse=True)


def test_calls_count_a_row_seen_twice_once():
    assert truth(CASES["baoding"])["calls"] == {"17093125566": 6, "03125821736": 3}
    assert truth(CASES["yichang"])["calls"] == {"02785561290": 10, "16574218830": 4}
    assert truth(CASES["putian"])["calls"] == {"05942687153": 7, "19959418827": 4}
    assert truth(CASES["guilin"])["calls"] == {"07733859012": 3, "18173145520": 5}


@pytest.mark.parametrize("key", list(CASES))
def test_loan_papers_and_contacts(key):
    case = CASES[key]
    loan = truth(case)["loan"]
    assert set(loan) == {"amount", "received", "deducted", "demanded"}
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]
    bill = "".join(DRAWN[s.name] for s in case.screens if s.app == "bill16")
    assert all(f"{value}.00" in bill for value in loan.values())
    apps = {s.app for s in case.screens}
    assert {"idcard16", "letter16", "calllog16"} <= apps
    assert any(s.forwarded and s.owner != "borrower" for s in case.screens)
    names = {name for name, _ in case.contacts}
    owners = {s.owner for s in case.screens} | {c.name for s in case.screens for c in s.calls}
    assert names <= owners
    assert PHONE[key] == case.phone
    assert len(case.phone) == 11
    # The ID card's birth year is no conduct year.
    card = next(s for s in case.screens if s.app == "idcard16")
    year = re.search(r"(\d{4})年", card.paras[3]).group(1)
    assert not any(day.startswith(year) for day in conduct_days(case))


def test_no_true_quote_reads_as_ui():
    for case in CASES.values():
        data = truth(case)
        assert data["tabs"] == chrome()
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote


def test_platform_notice_is_no_collector_and_one_case_is_night_only_by_clock():
    notice = next(s for s in SCREENS if s.app == "alipaycs16")
    assert not any(m.collector for m in notice.msgs)
    assert "以免影响信用" in DRAWN[notice.name]
    yichang = CASES["yichang"]
    events = [m.at for s in yichang.screens for m in s.msgs if m.collector]
    events += [c.at for s in yichang.screens for c in s.calls if c.collector]
    assert not any(_night(at.hour) for at in events)
    assert any(_night(s.captured.hour) for s in yichang.screens if not s.photo)
    for key in ("baoding", "putian", "guilin"):
        case = CASES[key]
        events = [c.at for s in case.screens for c in s.calls if c.collector]
        assert any(_night(at.hour) for at in events)
        assert not all(_night(a.hour) for a in events)


def test_wording_and_shapes():
    words = "".join(m.text for s in SCREENS for m in s.msgs if m.collector and m.quote)
    for shape in ("还 款", "通-讯-录", "txl", "hk", "yq", "汝", "冇得", "[😡🙂💢👊🙄]"):
        assert re.search(shape, words), shape
    lines = "".join(m.text for s in SCREENS for m in s.msgs if m.side == "sys")
    for shape in ("拍了拍", "对方已取消", "通话时长 00:35"):
        assert shape in lines
    shown = " ".join(m.shown for s in SCREENS for m in s.msgs)
    for shape in ("晚上11:20", "2026/3/10 下午2:32", "星期四"):
        assert shape in shown


def test_long_capture_repeats_its_seam():
    long = [s for s in SCREENS if s.long]
    assert long
    for s in long:
        items = [(b.kind, b.text) for b in blocks(s) if b.kind in ("in", "out")]
        assert len(items) > len(set(items))
