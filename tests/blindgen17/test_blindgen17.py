"""The seventeenth blind set's truth agrees with what it draws (no browser, no OCR, no score)."""

from __future__ import annotations

import re
from html import escape

import pytest

from tests.blind_labels import cities_before, labels_before
from tests.blindgen17.cases import CASES, PHONE, collector_key, conduct_days, truth
from tests.blindgen17.chrome import CHROME, SKINS, chrome_bars
from tests.blindgen17.model import number_key
from tests.blindgen17.pages import page_html

_STATUS = re.compile(r"\d+K/s|\b[45]G\b|\bHD\b|\d{1,3}%")
SCREENS = [s for c in CASES.values() for s in c.screens]
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


def _drawn(name: str, text: str) -> bool:
    return escape(text) in PAGES[name]


def _night(hour: int) -> bool:
    return hour >= 22 or hour < 8


def test_set_is_large_and_new():
    assert len(CASES) >= 4
    assert 36 <= len(SCREENS) <= 42
    assert set(CASES).isdisjoint(cities_before(17))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | {s.wrap for s in SCREENS}
    labels.discard("")
    assert labels.isdisjoint(labels_before(17))
    assert all(label.endswith("17") for label in labels), labels
    assert set(SKINS) <= labels
    assert set(CHROME) <= labels
    assert {"long17", "mark17", "crop17"} <= labels
    names = [s.name for s in SCREENS]
    assert len(set(names)) == len(names)
    assert any(n.startswith("微信图片_") and n.endswith(".jpg") for n in names)
    assert all(PHONE[key] == case.phone for key, case in CASES.items())


def test_file_names_carry_the_capture_time():
    for s in SCREENS:
        stamp = re.sub(r"\D", "", s.name)
        assert s.captured.strftime("%H%M%S") in stamp, s.name
        assert s.captured.strftime("%m%d") in stamp, s.name


def test_chrome_words_and_statuses_are_drawn():
    for s in SCREENS:
        for bar in CHROME[s.app].split("\n"):
            for word in bar.split():
                assert _drawn(s.name, word), (s.name, word)
        for status in s.statuses:
            assert _drawn(s.name, status), (s.name, status)
        photo = s.app in ("idcard17", "letter17")
        assert photo or (s.wrap == "crop17") == (not s.statuses)


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    case = CASES[key]
    data = truth(case)
    pages = "".join(PAGES[s.name] for s in case.screens)
    collectors = set(data["collectors"])
    assert len(collectors) == len(case.collectors) >= 4
    assert all(escape(c) in pages for c in case.collectors)
    assert set(data["contacts"]).isdisjoint(collectors)
    assert set(data["contacts"].values()).isdisjoint(collectors)
    assert set(data["calls"]) <= collectors
    assert len(data["quotes"]) >= 6
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    for quote in data["quotes"]:
        assert _drawn(quote["screen"], quote["text"]), quote
    for screen in case.screens:
        for msg in screen.msgs:
            assert msg.collector == (collector_key(msg.who) in collectors), msg.text
            if msg.kind == "preview":
                assert not _drawn(screen.name, msg.text + "。")  # cut: never whole
                assert _drawn(screen.name, msg.text + "…")
            elif msg.kind == "in":
                assert _drawn(screen.name, msg.text)
                assert _drawn(screen.name, msg.who)
            if msg.collector:  # a conduct day comes from a time the screen draws
                assert msg.stamp == "" or _drawn(screen.name, msg.stamp)
            assert msg.at <= screen.captured
        for call in screen.calls:
            assert call.collector == (number_key(call.number) in collectors)
            assert _drawn(screen.name, call.name or call.number)
            assert _drawn(screen.name, call.stamp)
            assert call.count == 1 or _drawn(screen.name, f"({call.count})")
            assert call.at <= screen.captured
        stamps = [c.at for c in screen.calls]
        assert stamps == sorted(stamps, reverse=True)


def test_calls_count_a_row_seen_twice_once():
    assert truth(CASES["cangzhou"])["calls"] == {"031788562014": 9, "17082451736": 7}
    assert truth(CASES["yantai"])["calls"] == {"053587652210": 5, "15264578231": 10}


@pytest.mark.parametrize("key", list(CASES))
def test_loan_papers_and_contacts(key):
    case = CASES[key]
    loan = truth(case)["loan"]
    assert set(loan) == {"amount", "received", "deducted", "demanded"}
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]
    money = "".join(PAGES[s.name] for s in case.screens if s.app in ("bill17", "thread17"))
    assert all(str(value) in money for value in loan.values())
    apps = {s.app for s in case.screens}
    assert {"idcard17", "letter17"} <= apps
    assert any(s.forwarded and s.owner != "borrower" for s in case.screens)
    for name, _ in case.contacts:
        spoke = any(m.who == name for s in case.screens for m in s.msgs)
        called = any(c.name == name for s in case.screens for c in s.calls)
        owns = any(s.owner == name for s in case.screens)
        assert spoke or called or owns, name
    birth = next(s for s in case.screens if s.app == "idcard17").extra["paras"][2]
    year = re.search(r"(\d{4})年", birth).group(1)
    assert not any(day.startswith(year) for day in conduct_days(case))


def test_no_true_quote_reads_as_ui():
    for case in CASES.values():
        data = truth(case)
        assert data["tabs"] == chrome_bars()
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote


def test_owners_own_words_are_never_quotes_and_notices_no_collectors():
    for s in SCREENS:
        assert not any(m.quote for m in s.msgs if m.who == "me")
        if s.app == "insbot17" or s.title.startswith("106"):
            assert not any(m.collector for m in s.msgs)
        for m in s.msgs:
            if m.who == "12381":
                assert not m.collector


def test_one_case_is_night_only_by_its_status_clock():
    shaoxing = CASES["shaoxing"]
    events = [m.at for s in shaoxing.screens for m in s.msgs]
    events += [c.at for s in shaoxing.screens for c in s.calls]
    assert not any(_night(at.hour) for at in events)
    assert any(_night(s.captured.hour) for s in shaoxing.screens)
    for key in ("cangzhou", "jingzhou", "yantai"):
        case = CASES[key]
        assert any(_night(c.at.hour) for s in case.screens for c in s.calls if c.collector)
        assert any(not _night(c.at.hour) for s in case.screens for c in s.calls if c.collector)


def test_wording_and_number_shapes():
    drawn = [c for case in CASES.values() for c in case.collectors]
    assert any(re.fullmatch(r"0\d{2,3}-\d{4}-\d{4}", c) for c in drawn)
    assert any(number_key(c).startswith("400") for c in drawn)
    assert sum(not number_key(c) for c in drawn) >= 6
    assert "催收-勿接" in drawn
    words = "".join(m.text for s in SCREENS for m in s.msgs if m.quote)
    for shape in ("俺们", "恁", "嘛", "yq", "hk", "sfz", "＊", "[０-９]", "欠 款"):
        assert re.search(shape, words), shape
    mine = "".join(m.text for s in SCREENS for m in s.msgs if m.kind == "out")
    assert "唔識" in mine
    assert "處理" in mine


def test_long_capture_repeats_bubbles_at_its_seams():
    for s in SCREENS:
        if s.wrap == "long17":
            page = PAGES[s.name]
            assert page.count('class="seam"') == len(s.extra["seams"]) >= 2
            for i in s.extra["seams"]:
                assert page.count(escape(s.msgs[i].text)) == 2
