"""The case generator's truth is consistent with what it draws, and it renders."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.casegen.cases import CASES, REPORT, TUNING, digits, truth
from tests.casegen.render import page_html, render_case


def test_parts_are_disjoint_and_large_enough():
    assert set(TUNING).isdisjoint(REPORT)
    assert set(TUNING) | set(REPORT) == set(CASES)
    assert len(CASES) >= 4
    assert sum(len(c.screens) for c in CASES.values()) >= 30
    apps = {key: {(s.app, s.skin) for s in CASES[key].screens} for key in CASES}
    assert {a for k in REPORT for a in apps[k]} - {a for k in TUNING for a in apps[k]}


@pytest.mark.parametrize("key", list(CASES))
def test_truth_is_consistent(key):
    case = CASES[key]
    data = truth(case)
    contacts = set(data["contacts"])
    assert contacts.isdisjoint(data["collectors"])
    assert set(data["calls"]) <= set(data["collectors"])
    names = {s.name for s in case.screens}
    for quote in data["quotes"]:
        screen = next(s for s in case.screens if s.name == quote["screen"])
        assert any(m.text == quote["text"] for m in screen.messages)
        assert quote["text"] in page_html(screen)
    assert data["span"][0] <= data["span"][1]
    for screen in case.screens:
        assert screen.status.split()[0] in page_html(screen)  # a realistic status bar
        assert not screen.overlaps or screen.overlaps in names
        for row in screen.calls:  # only collectors' rows are counted
            assert (digits(row.number) in data["collectors"]) == row.collector


def test_overlapping_call_logs_count_once():
    assert truth(CASES["hunan"])["calls"]["19907312287"] == 5
    assert truth(CASES["wuhan"])["calls"]["15271348806"] == 16  # 9 own + 7 on the mother's phone


def test_xiamen_only_night_is_the_status_bar():
    case = CASES["xiamen"]
    times = [m.at for s in case.screens for m in s.messages if m.collector]
    times += [r.at for s in case.screens for r in s.calls if r.collector]
    assert all(8 <= t.hour < 22 for t in times)
    assert any(int(s.status[:2]) >= 22 for s in case.screens)


@pytest.mark.skipif(
    not shutil.which("chromium") and not Path("/usr/bin/chromium").exists(), reason="needs chromium"
)
def test_renders_a_case(tmp_path):
    paths = render_case(CASES["chengdu"], tmp_path)
    assert len(paths) == len(CASES["chengdu"].screens)
    assert all(p.stat().st_size > 10_000 for p in paths)
    saved = json.loads((tmp_path / "chengdu" / "truth.json").read_text(encoding="utf-8"))
    assert saved == json.loads(json.dumps(truth(CASES["chengdu"]), ensure_ascii=False))
