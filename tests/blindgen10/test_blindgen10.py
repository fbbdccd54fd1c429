"""The tenth blind set's truth agrees with what it draws (no score threshold: no model here)."""

from __future__ import annotations

import re
from html import escape

import pytest

from tests.blind_labels import labels_before
from tests.blindgen10.cases import CASES, PHONE, collector_key, conduct_days, truth
from tests.blindgen10.model import number_key
from tests.blindgen10.render import DRAW, file_name, page_html
from tests.blindgen10.skins import SKINS, chrome

_STATUS = re.compile(r"\d+K/s|\b[45]G\b|\bHD\b|\d{1,3}%")
SCREENS = [s for c in CASES.values() for s in c.screens]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).rstrip("。！？!?").replace("“", "「").replace("”", "」")


def _reads_as_ui(text: str, statuses: list[str], bars: list[str]) -> bool:
    """bench/screens_report.py's _ui_in for another set's bars, restated (no app import here)."""
    flat = _flat(text)
    if any(_flat(s) in flat for s in statuses) or _STATUS.search(text):
        return True
    if flat in {w for b in bars for w in b.split() if len(w) >= 2}:
        return True
    return any(sum(w in flat for w in b.split() if len(w) >= 2) >= 2 for b in bars)


def test_set_is_large_and_new():
    assert len(CASES) >= 4
    assert len(SCREENS) >= 34
    labels = {s.skin for s in SCREENS} | {s.app for s in SCREENS} | set(PHONE.values())
    assert labels.isdisjoint(labels_before(10))
    assert all(label.endswith("10") for label in labels | set(SKINS) | set(DRAW))
    assert set(DRAW) == {s.app for s in SCREENS}  # every page kind drawn
    kinds = {m.kind for s in SCREENS for m in s.msgs}
    assert {"vcall", "flash", "sms", "dm", "notif", "image", "system"} <= kinds
    vcalls = {m.text for s in SCREENS for m in s.msgs if m.kind == "vcall"}
    assert {"未接听", "对方已取消", "通话时长 00:32"} <= vcalls
    calls = [c for s in SCREENS for c in s.calls]
    assert {1, 2} <= {c.sim for c in calls}
    assert any(c.hd for c in calls)
    assert any(c.count > 1 for c in calls)
    assert all(c.place for c in calls)
    assert all(any(s.overlaps for s in c.screens) for c in CASES.values())
    assert all(any(s.forwarded for s in c.screens) for c in CASES.values())
    assert any(s.tall > 844 for s in SCREENS)
    names = [file_name(s, PHONE[c.key], i) for c in CASES.values() for i, s in enumerate(c.screens)]
    assert len(set(names)) == len(names)
    assert all(n.endswith(".jpg") == n.startswith("mmexport") for n in names)
    assert any(n.startswith("mmexport") for n in names)


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    case = CASES[key]
    data = truth(case)
    collectors = set(data["collectors"])
    assert len(collectors) == len(case.collectors) >= 2
    assert set(data["contacts"]).isdisjoint(collectors)
    assert set(data["contacts"].values()).isdisjoint(collectors)
    assert set(data["calls"]) <= collectors
    lo, hi = data["span"]
    loan = data["loan"]
    assert set(loan) == {"amount", "received", "deducted", "demanded"}
    assert loan["amount"] - loan["deducted"] == loan["received"] < loan["demanded"]
    names = data["screens"]
    assert len(set(names)) == len(names)
    pages = {s.name: page_html(s) for s in case.screens}
    for quote in data["quotes"]:
        assert escape(quote["text"]) in pages[quote["screen"]]  # drawn whole on its screen
    # Every contact has a chat of their own that is not a collector's.
    talkers = {m.who for s in case.screens for m in s.msgs if not m.collector}
    assert len(talkers & set(data["contacts"])) >= 2
    rows: dict[tuple[str, str, str], int] = {}
    for screen in case.screens:
        page = pages[screen.name]
        if screen.has_bar:
            assert all(escape(part) in page for part in screen.status.split())
        assert not screen.overlaps or screen.overlaps in names[: names.index(screen.name)]
        for msg in screen.msgs:
            if msg.who not in ("me", ""):
                assert msg.collector == (collector_key(msg.who) in collectors), msg.text
            if msg.collector:
                assert lo <= msg.at.date().isoformat() <= hi
            assert msg.kind == "image" or escape(msg.text) in page
            assert msg.at <= screen.captured
        for call in screen.calls:
            assert call.collector == (number_key(call.number) in collectors)
            assert escape(call.name or call.number) in page
            assert call.at <= screen.captured
            if call.count > 1:
                assert f"({call.count})" in page
            if call.collector:
                assert lo <= call.at.date().isoformat() <= hi
                rows[(screen.owner, number_key(call.number), call.at.isoformat())] = call.count
        times = [c.at for c in screen.calls]
        assert times == sorted(times, reverse=True)  # a log runs newest first
        if screen.overlaps:
            before = next(s for s in case.screens if s.name == screen.overlaps).calls
            assert {(c.number, c.at) for c in before} & {(c.number, c.at) for c in screen.calls}
    sums: dict[str, int] = {}
    for (_, number, _), count in rows.items():
        sums[number] = sums.get(number, 0) + count
    assert sums == data["calls"]
    assert conduct_days(case)[0] == lo
    assert conduct_days(case)[-1] == hi
    bill = next(s for s in case.screens if s.app == "bill10")
    for field in ("amount", "received", "deducted", "demanded"):
        assert f"{loan[field]:,.2f}" in pages[bill.name]


def test_no_true_quote_reads_as_ui():
    for case in CASES.values():
        data = truth(case)
        assert len(data["quotes"]) >= 5
        assert data["tabs"] == chrome()
        for quote in data["quotes"]:
            assert not _reads_as_ui(quote["text"], data["statuses"], data["tabs"]), quote


def _night(hour: int) -> bool:
    return hour >= 22 or hour < 6


def test_night_conduct_and_a_status_bar_only_night():
    only_bar = []
    for key, case in CASES.items():
        conduct = [m.at for s in case.screens for m in s.msgs if m.collector]
        conduct += [c.at for s in case.screens for c in s.calls if c.collector]
        night = any(_night(m.hour) for m in conduct)
        bar = any(_night(s.captured.hour) for s in case.screens if s.has_bar)
        assert night or bar
        if not night:
            only_bar.append(key)
    assert only_bar == ["yulin"]
    # In 玉林 nothing anyone did is at night: the only night hour is the status-bar clock.
    assert not any(
        _night(x.hour)
        for s in CASES["yulin"].screens
        for x in [*(m.at for m in s.msgs), *(c.at for c in s.calls)]
    )
    assert any(s.status.startswith("23:41") for s in CASES["yulin"].screens)
