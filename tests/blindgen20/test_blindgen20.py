"""The twentieth blind set's truth agrees with what it draws (no browser, no OCR, no score)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from PIL import Image

from tests.blind_labels import cities_before, labels_before
from tests.blindgen20 import times
from tests.blindgen20.canvas import font, wrap
from tests.blindgen20.cases import CASES, PHONE, chrome, collector_key, conduct_days, truth
from tests.blindgen20.chat import STYLES
from tests.blindgen20.degrade import stitched
from tests.blindgen20.logs import row_time
from tests.blindgen20.model import number_key
from tests.blindgen20.render import drawn_text
from tests.blindgen20.skins import CHROME, SOFTKEYS

_STATUS = re.compile(r"\d+K/s|\b[45]G\b|\bHD\b|\d{1,3}%")
SCREENS = [s for c in CASES.values() for s in c.screens]
DRAWN = {s.name: drawn_text(s) for s in SCREENS}
_CHATS = ("whatsapp20", "telegram20", "line20", "kidsms20")


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


def _msg_labels(screen, msg) -> list[str]:
    """The time strings a message shows on its screen."""
    if screen.app == "spam20":
        return [times.relative(msg.at, screen.captured)]
    if screen.app == "sms20":  # one chip heads the messages of the same half hour
        return [times.day_slash(msg.at)]
    if screen.app == "kidsms20":
        return [times.hm(msg.at), times.day_zh(msg.at)]
    style = STYLES[screen.app]
    return [style["day"](msg.at), style["stamp"](msg.at)]


def test_set_is_large_new_and_drawn_with_pillow():
    assert len(CASES) >= 4
    assert 34 <= len(SCREENS) <= 44
    assert set(CASES).isdisjoint(cities_before(20))
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS}
    labels |= {e for s in SCREENS for e in s.effects}
    assert labels.isdisjoint(labels_before(20))
    assert all(label.endswith("20") for label in labels), labels
    assert {"photo20", "fwd20", "long20", "crop20", "circle20", "mosaic20"} <= labels
    assert sum("photo20" in s.effects for s in SCREENS) == 2
    assert {"oneui20", "matyou20", "vivoft20", "hos3_20", "xpmin20", "kidfp20"} <= labels
    assert set(CHROME) <= {s.app for s in SCREENS}
    names = [s.name for s in SCREENS]
    assert len(set(names)) == len(names)
    assert len(set(PHONE.values())) == len(CASES)


def test_chrome_words_are_drawn():
    for s in SCREENS:
        for bar in [*CHROME.get(s.app, "").split("\n"), SOFTKEYS.get(s.skin, "")]:
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
    assert len(data["quotes"]) >= 6
    assert data["span"] == (conduct_days(case)[0], conduct_days(case)[-1])
    for quote in data["quotes"]:
        assert quote["text"] in DRAWN[quote["screen"]].split("\n"), quote
    for screen in case.screens:
        lines = DRAWN[screen.name].split("\n")
        for status in screen.statuses:
            assert status in lines, status
        for msg in screen.msgs:
            assert msg.collector == (collector_key(msg.who) in collectors), msg.text
            if (msg.side == "in" and screen.app not in ("sms20", "spam20")) or msg.via:
                assert msg.who in lines or not screen.extra.get("group"), msg.who
            if msg.kind == "preview":
                assert msg.text not in DRAWN[screen.name]  # a cut preview is never a quote
            else:
                assert msg.text in lines, msg.text
            if msg.collector:  # the day of each conduct is read off the screen
                assert all(label in DRAWN[screen.name] for label in _msg_labels(screen, msg)), (
                    msg.text
                )
            assert msg.at <= screen.captured
        for call in screen.calls:
            assert call.collector == (number_key(call.number) in collectors)
            assert (call.name or call.number) in lines
            assert call.count == 1 or f"({call.count})" in DRAWN[screen.name]
            assert row_time(screen, call) in lines
            assert call.at <= screen.captured
        stamps = [c.at for c in screen.calls]
        assert stamps == sorted(stamps, reverse=True)


def test_calls_count_a_row_seen_twice_once():
    assert truth(CASES["taian"])["calls"] == {"17085931146": 12, "02584471230": 4}
    assert truth(CASES["hengyang"])["calls"] == {"19918427735": 10, "075523881406": 6}
    want = {"13283960517": 9, "057186520319": 3, "4008271355": 7}
    assert truth(CASES["zhumadian"])["calls"] == want
    want = {"85259342218": 6, "85236187720": 6, "15161830927": 3}
    assert truth(CASES["wuxi"])["calls"] == want


@pytest.mark.parametrize("key", list(CASES))
def test_loan_papers_and_contacts(key):
    case = CASES[key]
    loan = truth(case)["loan"]
    assert set(loan) == {"amount", "received", "deducted", "demanded"}
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]
    money = "".join(DRAWN[s.name] for s in case.screens if s.app in ("bill20", "sms20"))
    assert all(f"{value}" in money.replace(",", "") for value in loan.values())
    apps = {s.app for s in case.screens}
    assert "letter20" in apps
    assert any("fwd20" in s.effects and s.owner != "borrower" for s in case.screens)
    for name, _ in case.contacts:
        spoke = any(m.who == name for s in case.screens for m in s.msgs)
        called = any(c.name == name for s in case.screens for c in s.calls)
        owns = any(s.owner == name for s in case.screens)
        assert spoke or called or owns, name
    for s in case.screens:
        if s.app == "idcard20":  # the birth date is no conduct day
            year = re.search(r"(\d{4})年", s.paras[2]).group(1)
            assert not any(day.startswith(year) for day in conduct_days(case))


def test_no_true_quote_reads_as_ui():
    for case in CASES.values():
        data = truth(case)
        assert data["tabs"] == chrome()
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote


def test_one_case_is_night_only_by_its_clock():
    zhumadian = CASES["zhumadian"]
    events = [m.at for s in zhumadian.screens for m in s.msgs if m.collector]
    events += [c.at for s in zhumadian.screens for c in s.calls if c.collector]
    assert not any(_night(at.hour) for at in events)
    assert any(_night(s.captured.hour) and s.statuses for s in zhumadian.screens)
    for key in ("taian", "hengyang", "wuxi"):
        case = CASES[key]
        assert any(_night(c.at.hour) for s in case.screens for c in s.calls if c.collector)


def test_wording_and_shapes():
    words = "".join(m.text for s in SCREENS for m in s.msgs if m.quote)
    for shape in (
        "8千8",
        "¥8,800|¥11,200",
        "捌仟捌佰",
        "overdue",
        "[Ll]ast warning",
        "錢",
        "咯",
        r"HK\$",
    ):
        assert re.search(shape, words), shape
    assert any(m.via for s in SCREENS for m in s.msgs if m.quote)
    assert any(s.extra.get("group") and s.owner != "borrower" for s in SCREENS)
    assert any(not number_key(c) for case in CASES.values() for c in case.collectors)
    assert "催收-勿接" in CASES["hengyang"].collectors


def test_long_capture_repeats_rows_at_its_seams():
    tall = Image.new("RGB", (4, 100))
    for y in range(100):
        tall.putpixel((0, y), (y, 0, 0))
    out = stitched(tall, 40, 10)
    column = [out.getpixel((0, y))[0] for y in range(out.height)]
    assert column[30:40] == column[40:50]
    assert len(column) > len(set(column))


def test_pillow_wrap_keeps_every_character():
    face = font(26)
    text = "華先生，你在港速貸的借款已經overdue兩天，總額HK$26,000。"
    assert "".join(wrap(text, face, 200)) == text
