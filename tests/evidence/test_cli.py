"""`cli.py ocr` and `cli.py facts`: SPEC § 3 output, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from synthetic_screens import ScreenTruth

import cli

ROOT = Path(__file__).resolve().parents[2]


def test_ocr_json_matches_spec(
    screens: list[ScreenTruth], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.png"
    junk.write_text("not an image")
    code = cli.main(["ocr", str(screens[0].path), str(junk), "--json"])
    captured = capsys.readouterr()
    assert code == 0
    items = json.loads(captured.out)
    assert len(items) == 2
    good, bad = items
    assert set(good) >= {"file", "sha256", "kind", "text", "entities", "seconds"}
    assert set(good["entities"]) >= {"phones", "dates", "times", "amounts", "platforms", "threats"}
    assert good["kind"] == "chat"
    assert len(good["sha256"]) == 64
    assert set(screens[0].phones) <= set(good["entities"]["phones"])
    assert "error" in bad
    assert "不是可识别的图片" in bad["error"]
    # The bad file also gets its one-line zh/en message on stderr.
    assert "junk.png" in captured.err
    assert " / " in captured.err


def test_ocr_text_output(screens: list[ScreenTruth], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["ocr", str(screens[2].path)]) == 0
    out = capsys.readouterr().out
    assert "call_log" in out
    assert "电话" in out


def test_ocr_all_bad_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    assert cli.main(["ocr", str(empty), str(tmp_path / "missing.png")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2  # one line per file, no traceback, none printed twice
    assert any("空" in line for line in err)


def test_facts_builds_case_json(
    screens: list[ScreenTruth], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "case.json"
    base.write_text(json.dumps({"version": 1, "borrower": {"name": "李某"}, "custom": 1}), "utf-8")
    paths = [str(screen.path) for screen in screens[:4]]
    assert cli.main(["facts", *paths, "--case", str(base), "--json"]) == 0
    case = json.loads(capsys.readouterr().out)
    assert case["version"] == 1
    assert case["borrower"]["name"] == "李某"
    assert case["custom"] == 1
    assert len(case["evidence"]) == 4
    assert case["harassment"]["collector_numbers"]
    assert case["harassment"]["started_on"] <= case["harassment"]["last_on"]
    assert set(case["harassment"]["channels"]) >= {"电话", "短信"}


def test_facts_bad_case_file(screens: list[ScreenTruth], tmp_path: Path) -> None:
    bad = tmp_path / "case.json"
    bad.write_text("{not json", "utf-8")
    result = subprocess.run(
        [sys.executable, "cli.py", "facts", str(screens[0].path), "--case", str(bad)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "JSON" in result.stderr
