"""The twenty-second blind set's truth agrees with what it draws (no browser, no OCR, no score)."""

from __future__ import annotations

import re
from html import escape

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen22.cases import CASES, PHONE, chrome, collector_key, conduct_days, truth
from tests.blindgen22.model import number_key
from tests.blindgen22.page import CHROME, page_html

_STATUS = re.compile(r"\d+K/s|\b[45]G\b|\bHD\b|\d{1,3}%")
SCREENS = [s for c in CASES.values() for s in c.screens]
PAGES = {s.name: page_html(s) for s in SCREENS}
CHAT_APPS = ("chat22", "group22", "sms22")


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


def _shown(screen, text: str) -> bool:
    return escape(text) in PAGES[screen.name]


def _night(hour: int) -> bool:
    return hour >= 22 or hour < 8


def _labels() -> set[str]:
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | set(PHONE.values())
    return labels | {s.wrap for s in SCREENS if s.wrap} | {s.overlay for s in SCREENS if s.overlay}


def test_set_is_large_new_and_named_like_phones():
    assert len(CASES) == 4
    assert 36 <= len(SCREENS) <= 42
    assert set(CASES).isdisjoint(cities_before(22))
    labels = _labels()
    assert labels.isdisjoint(labels_before(22))
    assert all(label.endswith("22") for label in labels), labels
    assert {"keyboard22", "shade22", "pip22", "ball22", "rec22"} <= labels
    assert {
        "addrbook22",
        "contacts22",
        "portal22",
        "fwd22",
        "crop22",
        "circle22",
        "long22",
    } <= labels
    assert {"gray", "invert", "yellow", "large", "dark"} <= {s.mode for s in SCREENS}
    names = [s.name for s in SCREENS]
    assert len(set(names)) == len(names)
    for s in SCREENS:
        digits = re.sub(r"\D", "", s.name)
        assert s.captured.strftime("%y%m%d") in digits, s.name
        assert s.name.endswith(".jpg") == (s.forwarded or s.app in ("idcard22", "letter22"))


def test_chrome_words_are_drawn():
    for s in SCREENS:
        bars = CHROME.get(s.app, "").split("\n") + CHROME.get(s.overlay, "").split("\n")
        if s.overlay == "keyboard22":  # the keyboard takes the input bar's place
            bars = [CHROME[s.app].split("\n")[0], CHROME["keyboard22"], "发送"]
        for bar in bars:
            for word in bar.split():
                assert escape(word) in PAGES[s.name], (s.name, word)


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    case = CASES[key]
    data = truth(case)
    drawn = "".join(PAGES[s.name] for s in case.screens)
    collectors = set(data["collectors"])
    assert len(collectors) == len(case.collectors) == 3
    assert all(escape(c) in drawn for c in case.collectors)
    assert set(data["contacts"]).isdisjoint(collectors)
    assert set(data["contacts"].values()).isdisjoint(collectors)
    assert set(data["calls"]) <= collectors
    assert len(data["quotes"]) >= 6
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    for quote in data["quotes"]:
        screen = next(s for s in case.screens if s.name == quote["screen"])
        assert _shown(screen, quote["text"]), quote
    for screen in case.screens:
        for status in screen.statuses:
            assert all(escape(part) in PAGES[screen.name] for part in status.split()), status
        for msg in screen.msgs:
            assert msg.collector == (collector_key(msg.who) in collectors), msg.text
            if msg.kind == "preview":
                assert not _shown(screen, msg.text)  # a cut preview is never a quote
                assert _shown(screen, msg.text[:17] + "…")
            elif msg.kind == "bubble":
                assert _shown(screen, msg.text), msg.text
            assert msg.at <= screen.captured
        for card in screen.shade:
            assert not card.collector
            assert _shown(screen, card.who)
        for call in screen.calls:
            assert call.collector == (number_key(call.number) in collectors)
            assert _shown(screen, call.name or call.number)
            assert call.count == 1 or f"({call.count})" in PAGES[screen.name]
            assert call.at <= screen.captured
        stamps = [c.at for c in screen.calls]
        assert stamps == sorted(stamps, reverse=True)


def test_calls_count_a_row_seen_twice_once():
    assert truth(CASES["jiangmen"])["calls"] == {"17085521346": 4, "07503398127": 6}
    assert truth(CASES["bengbu"])["calls"] == {"18955270314": 5, "4008623317": 5}
    assert truth(CASES["xuchang"])["calls"] == {"13283746019": 7, "03746128850": 5}


@pytest.mark.parametrize("key", list(CASES))
def test_loan_papers_and_contacts(key):
    case = CASES[key]
    loan = truth(case)["loan"]
    assert set(loan) == {"amount", "received", "deducted", "demanded"}
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]
    # The loan's own page or the lender's gateway SMS shows every figure.
    paper = [s for s in case.screens if s.app == "bill22" or (s.app == "sms22" and s.msgs
             and not any(m.collector for m in s.msgs))]  # fmt: skip
    money = "".join(PAGES[s.name] for s in paper).replace(",", "")
    assert all(str(value) in money for value in loan.values())
    apps = {s.app for s in case.screens}
    assert {"idcard22", "letter22"} <= apps
    assert any(s.forwarded and s.owner != "borrower" for s in case.screens)
    for name, _ in case.contacts:
        spoke = any(m.who == name for s in case.screens for m in s.msgs + s.shade)
        called = any(c.name == name for s in case.screens for c in s.calls)
        owns = any(s.owner == name for s in case.screens)
        listed = any(name in line for s in case.screens for line in s.lines)
        assert spoke or called or owns or listed, name
    birth = next(s for s in case.screens if s.app == "idcard22").lines[2]
    year = re.search(r"(\d{4})年", birth).group(1)
    assert not any(day.startswith(year) for day in conduct_days(case))


def test_no_true_quote_reads_as_ui():
    for case in CASES.values():
        data = truth(case)
        assert data["tabs"] == chrome()
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote


def test_one_case_is_night_only_by_its_clock():
    bengbu = CASES["bengbu"]
    events = [m.at for s in bengbu.screens for m in s.msgs if m.collector]
    events += [c.at for s in bengbu.screens for c in s.calls if c.collector]
    assert not any(_night(at.hour) for at in events)
    assert any(_night(s.captured.hour) for s in bengbu.screens)
    for key in ("jiangmen", "shaoyang", "xuchang"):
        case = CASES[key]
        assert any(_night(c.at.hour) for s in case.screens for c in s.calls if c.collector)


def test_menu_wording_and_masked_contacts():
    words = "".join(m.text for s in SCREENS for m in s.msgs if m.quote)
    for shape in ("还qian", "shang门", "jia人", "t讯录", "fa院", "4k5", "肆仟伍", r"1\..*2\..*3\."):
        assert re.search(shape, words), shape
    assert "¥4,500.00" in "".join(PAGES.values())
    assert sum(m.kind == "picture" for s in SCREENS for m in s.msgs) >= 2
    for case in CASES.values():
        collectors = set(truth(case)["collectors"])
        listing = [m.text for s in case.screens for m in s.msgs if m.quote and "****" in m.text]
        for text in listing:
            for name, number in case.contacts:
                if name in text:
                    assert number[-4:] in text
                    assert number not in collectors
