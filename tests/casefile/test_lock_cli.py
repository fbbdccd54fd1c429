"""`cli.py lock`, `lock --change`, and unlocking for the commands that read the store."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import cli
from casefile.store import CaseStore, crypto
from casefile.store.lock import open_store


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A plain data dir holding one case; CS_DATA_DIR points at it."""
    monkeypatch.setattr(crypto, "TIME_COST", 1)
    monkeypatch.setattr(crypto, "MEMORY_COST_KIB", 1024)
    monkeypatch.setenv("CS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: never prompts
    CaseStore(tmp_path / "data").create_case("李某 · 快借")
    return tmp_path / "data"


def _passphrase_file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_lock_then_every_store_command_needs_the_passphrase(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    right = _passphrase_file(tmp_path, "right.txt", "我的 口令")
    monkeypatch.setenv("CS_PASSPHRASE_FILE", str(right))
    assert cli.main(["lock"]) == cli.EXIT_OK
    assert crypto.is_locked(data)
    capsys.readouterr()
    assert cli.main(["cases", "--json", "--today", "2025-03-10"]) == cli.EXIT_OK
    assert json.loads(capsys.readouterr().out)[0]["label"].startswith("李某")

    monkeypatch.setenv("CS_PASSPHRASE_FILE", str(_passphrase_file(tmp_path, "w.txt", "错")))
    assert cli.main(["cases"]) == cli.EXIT_BAD_INPUT
    assert "口令不对" in capsys.readouterr().err

    monkeypatch.delenv("CS_PASSPHRASE_FILE")
    assert cli.main(["cases"]) == cli.EXIT_BAD_INPUT
    assert "需要输入口令" in capsys.readouterr().err
    assert cli.main(["lock"]) == cli.EXIT_BAD_INPUT  # asks nothing, changes nothing


def test_lock_change_rekeys(data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CS_PASSPHRASE_FILE", str(_passphrase_file(tmp_path, "a.txt", "一")))
    assert cli.main(["lock"]) == cli.EXIT_OK
    new = _passphrase_file(tmp_path, "b.txt", "二")
    assert cli.main(["lock", "--change", "--new-file", str(new)]) == cli.EXIT_OK
    assert [case.title for case in open_store(data, "二").list_cases()] == ["李某 · 快借"]
    assert cli.main(["lock"]) == cli.EXIT_BAD_INPUT  # locked already
