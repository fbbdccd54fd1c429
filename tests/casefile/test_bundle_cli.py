"""`cli.py bundle export/import`: a case handed over sealed, from a plain laptop to a locked one,
with a real store on both sides; a wrong or missing bundle passphrase imports nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import cli
from casefile.store import CaseStore, crypto
from casefile.store.lock import create_locked, open_store
from exports.bundle import export_bundle
from exports.bundle_seal import MAGIC

PHONE = "13912345678"
ID_NUMBER = "110101199003071234"
SCREENSHOT = b"\x89PNG screenshot bytes " + ID_NUMBER.encode()


@pytest.fixture
def sender(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A plain data dir with one case holding a screenshot; CS_DATA_DIR points at it."""
    monkeypatch.setattr(crypto, "TIME_COST", 1)
    monkeypatch.setattr(crypto, "MEMORY_COST_KIB", 1024)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: never prompts
    monkeypatch.delenv("CS_PASSPHRASE_FILE", raising=False)
    data = tmp_path / "sender"
    monkeypatch.setenv("CS_DATA_DIR", str(data))
    store = CaseStore(data)
    case_id = store.create_case(f"张某 {PHONE}")
    store.add_evidence(case_id, "id.png", SCREENSHOT, kind="sms", ocr_text=PHONE, entities={})
    return data, case_id


def _text_file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_handover_to_a_locked_laptop(
    sender: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    _, case_id = sender
    bundle_pass = _text_file(tmp_path, "bundle.txt", "交接 口令 2025")
    out = tmp_path / "handover.csb"
    argv = ["bundle", "export", case_id, "-o", str(out), "--passphrase-file", str(bundle_pass)]
    assert cli.main([*argv, "--json"]) == cli.EXIT_OK
    assert json.loads(capsys.readouterr().out)["id"] == case_id
    sealed = out.read_bytes()
    assert sealed.startswith(MAGIC)
    for secret in (PHONE.encode(), ID_NUMBER.encode(), "张某".encode()):
        assert secret not in sealed

    # The colleague's laptop is locked: its own passphrase from CS_PASSPHRASE_FILE.
    receiver = tmp_path / "receiver"
    create_locked(receiver, "同事的口令")
    monkeypatch.setenv("CS_DATA_DIR", str(receiver))
    monkeypatch.setenv("CS_PASSPHRASE_FILE", str(_text_file(tmp_path, "store.txt", "同事的口令")))
    assert cli.main(["bundle", "import", str(out), "--passphrase-file", str(bundle_pass)]) == 0
    new_id = capsys.readouterr().out.strip()
    store = open_store(receiver, "同事的口令")
    assert [case.title for case in store.list_cases()] == [f"张某 {PHONE}"]
    case = store.get_case(new_id)
    assert store.evidence_bytes(new_id, case.evidence[0].id) == SCREENSHOT


def test_a_wrong_bundle_passphrase_imports_nothing(
    sender: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    _, case_id = sender
    out = tmp_path / "handover.csb"
    right = _text_file(tmp_path, "right.txt", "正确的口令")
    argv = ["bundle", "export", case_id, "-o", str(out), "--passphrase-file", str(right)]
    assert cli.main(argv) == cli.EXIT_OK
    receiver = tmp_path / "receiver"
    CaseStore(receiver).create_case("已有的案件")
    monkeypatch.setenv("CS_DATA_DIR", str(receiver))
    capsys.readouterr()

    wrong = _text_file(tmp_path, "wrong.txt", "错误的口令")
    assert cli.main(["bundle", "import", str(out), "--passphrase-file", str(wrong)]) == 2
    err = capsys.readouterr().err
    assert "案件包口令不对" in err
    assert "未导入任何内容" in err
    assert "Traceback" not in err
    assert [case.title for case in CaseStore(receiver).list_cases()] == ["已有的案件"]

    # No passphrase at all, and no terminal to ask on: says how to give one, imports nothing.
    assert cli.main(["bundle", "import", str(out)]) == cli.EXIT_BAD_INPUT
    assert "--passphrase-file" in capsys.readouterr().err
    assert len(CaseStore(receiver).list_cases()) == 1


def test_export_refuses_without_a_passphrase_or_a_case(
    sender: tuple[Path, str], tmp_path: Path, capsys
) -> None:
    _, case_id = sender
    out = tmp_path / "handover.csb"
    assert cli.main(["bundle", "export", case_id, "-o", str(out)]) == cli.EXIT_BAD_INPUT
    assert "--passphrase-file" in capsys.readouterr().err
    empty = _text_file(tmp_path, "empty.txt", "")
    argv = ["bundle", "export", case_id, "-o", str(out), "--passphrase-file", str(empty)]
    assert cli.main(argv) == cli.EXIT_BAD_INPUT
    assert "没有设置案件包口令" in capsys.readouterr().err
    assert cli.main(["bundle", "export", "no-such-case", "-o", str(out)]) == cli.EXIT_BAD_INPUT
    assert cli.main(["bundle", "export", case_id]) == cli.EXIT_BAD_INPUT  # no -o
    assert "-o" in capsys.readouterr().err
    assert not out.exists()


def test_an_open_bundle_imports_without_a_passphrase(
    sender: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    data, case_id = sender
    path = tmp_path / "open.zip"
    path.write_bytes(export_bundle(CaseStore(data), case_id))
    monkeypatch.setenv("CS_DATA_DIR", str(tmp_path / "receiver"))
    assert cli.main(["bundle", "import", str(path), "--json"]) == cli.EXIT_OK
    new_id = json.loads(capsys.readouterr().out)["id"]
    assert CaseStore(tmp_path / "receiver").get_summary(new_id).title == f"张某 {PHONE}"
