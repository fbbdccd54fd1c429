"""CaseStore: CRUD, migrations, files by hash, audit, crash safety under kill -9."""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from casefile.model import Case, Harassment, Platform
from casefile.store import MIGRATIONS, STEPS, CaseStore, migrate, sha256_hex
from errors import CaseNotFound, StorageError

ROOT = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\nfake-image-1"
PNG2 = b"\x89PNG\r\n\x1a\nfake-image-2"


def test_data_dir_is_private_and_db_uses_wal(store: CaseStore) -> None:
    assert stat.S_IMODE(store.data_dir.stat().st_mode) == 0o700
    with store._connect() as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = [row[0] for row in db.execute("SELECT name FROM _migrations")]
    assert names == [function.__name__ for function in MIGRATIONS]


def test_migrations_from_empty_file_are_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    db = sqlite3.connect(path, isolation_level=None)
    assert migrate(db) == [function.__name__ for function in MIGRATIONS]
    assert migrate(db) == []
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"cases", "steps", "evidence", "drafts", "audit"} <= tables
    db.close()


def test_case_crud_and_steps(store: CaseStore) -> None:
    first = store.create_case("李某 · 某某贷")
    second = store.create_case("王某")
    summaries = {case.id: case for case in store.list_cases()}
    assert set(summaries) == {first, second}
    assert summaries[first].steps == dict.fromkeys(STEPS, "todo")
    store.rename_case(first, "李某 · 某某贷（已报案）")
    store.set_step(first, "police", "done")
    summary = store.get_summary(first)
    assert summary.title == "李某 · 某某贷（已报案）"
    assert summary.steps["police"] == "done"
    assert store.list_cases()[0].id == first  # most recently changed first
    with pytest.raises(ValueError, match="step"):
        store.set_step(first, "nonsense", "done")
    store.delete_case(second)
    assert [case.id for case in store.list_cases()] == [first]
    with pytest.raises(CaseNotFound) as raised:
        store.get_case(second)
    assert "找不到案件" in raised.value.zh


def test_facts_round_trip_and_unknown_fields_kept(store: CaseStore) -> None:
    case_id = store.create_case("t")
    case = Case(
        platform=Platform(name="某某贷", service_phone="4000000000"),
        harassment=Harassment(contacts_affected=12, channels=("电话", "短信")),
        extra={"future_field": {"a": 1}},
    )
    store.save_facts(case_id, case)
    loaded = store.get_case(case_id)
    assert loaded.platform.name == "某某贷"
    assert loaded.harassment.contacts_affected == 12
    assert loaded.harassment.channels == ("电话", "短信")
    assert loaded.extra["future_field"] == {"a": 1}


def test_evidence_stored_once_by_hash(store: CaseStore) -> None:
    case_id = store.create_case("t")
    other = store.create_case("u")
    first = store.add_evidence(
        case_id, "IMG_1.png", PNG, kind="sms", ocr_text="催收短信", entities={"phones": ["1"]}
    )
    again = store.add_evidence(case_id, "copy.png", PNG, kind="sms", ocr_text="", entities={})
    second = store.add_evidence(
        case_id, "IMG_2.png", PNG2, kind="call_log", ocr_text="", entities={}
    )
    shared = store.add_evidence(other, "same.png", PNG, kind="chat", ocr_text="", entities={})
    assert (first.id, again.id, second.id, shared.id) == ("E1", "E1", "E2", "E1")
    assert first.sha256 == sha256_hex(PNG)
    assert store.read_file(first.sha256) == PNG
    assert stat.S_IMODE(store.file_path(first.sha256).stat().st_mode) == 0o600
    assert store.evidence_bytes(case_id, "E2") == PNG2
    updated = store.update_evidence(case_id, "E1", corrected_text="改正后的文字", summary="短信")
    assert (updated.text, updated.ocr_text, updated.summary) == ("改正后的文字", "催收短信", "短信")
    assert updated.entities == {"phones": ["1"]}
    case = store.get_case(case_id)
    assert [item.id for item in case.evidence] == ["E1", "E2"]
    assert case.evidence[0].text == "改正后的文字"
    assert case.evidence[0].extra["entities"] == {"phones": ["1"]}
    with pytest.raises(CaseNotFound):
        store.update_evidence(case_id, "E9", summary="x")
    # Deleting a case removes its files unless another case still uses them.
    store.delete_case(case_id)
    assert store.file_path(first.sha256).is_file()  # still used by `other`
    assert not store.file_path(second.sha256).exists()
    store.delete_case(other)
    assert not store.file_path(first.sha256).exists()


def test_evidence_ids_are_never_reused(store: CaseStore) -> None:
    case_id = store.create_case("t")
    store.add_evidence(case_id, "a.png", PNG, kind="sms", ocr_text="", entities={})
    store.add_evidence(case_id, "b.png", PNG2, kind="sms", ocr_text="", entities={})
    store.delete_evidence(case_id, "E2")
    third = store.add_evidence(case_id, "c.png", b"third", kind="sms", ocr_text="", entities={})
    assert third.id == "E3"


def test_drafts_are_versioned_newest_first(store: CaseStore) -> None:
    case_id = store.create_case("t")
    store.add_draft(case_id, "platform", "v1", backend="template", checks={})
    store.add_draft(case_id, "police", "p1", backend="llama", checks={"missing": []})
    latest = store.add_draft(case_id, "platform", "v2", backend="llama", checks={}, meta={"t": 1})
    assert latest.version == 2
    assert [d.text for d in store.list_drafts(case_id, "platform")] == ["v2", "v1"]
    assert [d.text for d in store.list_drafts(case_id)] == ["v2", "p1", "v1"]
    assert {d.kind: d.text for d in store.latest_drafts(case_id)} == {
        "platform": "v2",
        "police": "p1",
    }
    assert store.list_drafts(case_id, "police")[0].checks == {"missing": []}


def test_audit_log_records_every_change(store: CaseStore) -> None:
    case_id = store.create_case("t")
    store.add_evidence(case_id, "a.png", PNG, kind="sms", ocr_text="", entities={})
    store.update_evidence(case_id, "E1", corrected_text="x")
    store.set_step(case_id, "evidence", "done")
    store.add_draft(case_id, "platform", "v1", backend="template", checks={})
    actions = [entry["action"] for entry in store.audit_log(case_id)]
    assert actions == ["case.create", "evidence.add", "evidence.update", "step.set", "draft.add"]
    assert store.audit_log(case_id)[3]["detail"] == {"step": "evidence", "status": "done"}


def test_unknown_case_is_a_typed_error(store: CaseStore) -> None:
    for call in (
        lambda: store.rename_case("nope", "x"),
        lambda: store.set_step("nope", "facts", "done"),
        lambda: store.delete_case("nope"),
        lambda: store.list_evidence("nope"),
        lambda: store.add_evidence("nope", "a", b"1", kind="sms", ocr_text="", entities={}),
        lambda: store.add_draft("nope", "platform", "x", backend="t", checks={}),
    ):
        with pytest.raises(CaseNotFound):
            call()
    # A failed add leaves no stray file behind.
    assert not store.file_path(sha256_hex(b"1")).exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_data_dir_is_a_storage_error(tmp_path: Path) -> None:
    data = tmp_path / "ro"
    CaseStore(data).create_case("t")
    for path in (data, *data.iterdir()):
        path.chmod(0o500 if path.is_dir() else 0o400)
    try:
        with pytest.raises(StorageError) as raised:
            CaseStore(data).create_case("u")
        assert "数据目录" in raised.value.zh
    finally:
        for path in (data, *data.iterdir()):
            path.chmod(0o700)


def test_unwritable_data_dir_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError) as raised:
        CaseStore(blocker / "data")
    assert "CS_DATA_DIR" in raised.value.next_zh


def test_full_disk_is_a_storage_error_and_nothing_is_kept(
    store: CaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = store.create_case("t")

    def no_space(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("casefile.store.base.os.replace", no_space)
    with pytest.raises(StorageError) as raised:
        store.add_evidence(case_id, "a.png", PNG, kind="sms", ocr_text="", entities={})
    assert "磁盘空间已满" in raised.value.zh
    assert store.list_evidence(case_id) == []
    assert [p for p in store.files_dir.rglob("*") if p.is_file()] == []


WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[2])
    from casefile.store import CaseStore
    store = CaseStore(sys.argv[1])
    case_id = store.create_case("crash")
    print(case_id, flush=True)
    i = 0
    while True:
        i += 1
        item = store.add_evidence(case_id, f"{i}.png", f"image {i}".encode(), kind="sms",
                                  ocr_text=f"text {i}", entities={"n": i})
        store.update_evidence(case_id, item.id, corrected_text=f"fixed {i}")
        print(item.id, flush=True)
    """
)


def test_kill_9_mid_batch_keeps_every_committed_record(tmp_path: Path) -> None:
    data = tmp_path / "data"
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data), str(ROOT)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    case_id = process.stdout.readline().strip()
    committed: list[str] = []
    deadline = time.monotonic() + 60
    while len(committed) < 40 and time.monotonic() < deadline:
        committed.append(process.stdout.readline().strip())
    os.kill(process.pid, signal.SIGKILL)  # mid-write: it never stops on its own
    process.wait()
    committed.extend(line.strip() for line in process.stdout if line.strip())
    assert len(committed) >= 40

    store = CaseStore(data)
    assert store.integrity_check() == "ok"
    items = {item.id: item for item in store.list_evidence(case_id)}
    for evidence_id in committed:  # printed only after its update committed
        n = int(evidence_id[1:])
        item = items[evidence_id]
        assert item.text == f"fixed {n}"
        assert item.entities == {"n": n}
        assert store.evidence_bytes(case_id, evidence_id) == f"image {n}".encode()
    # At most one write was in flight; it is either fully there or not at all.
    assert len(items) - len(committed) in (0, 1)
    with sqlite3.connect(store.db_path) as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_failing_migration_leaves_no_partial_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr("casefile.store.migrations.MIGRATIONS", [*MIGRATIONS, broken])
    db = sqlite3.connect(tmp_path / "m.sqlite3", isolation_level=None)
    with pytest.raises(RuntimeError):
        migrate(db)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "cases" in tables
    assert "half" not in tables  # rolled back with its record
    applied = [r[0] for r in db.execute("SELECT name FROM _migrations")]
    assert applied == [m.__name__ for m in MIGRATIONS]
    db.close()


def test_contact_roles_are_stored_apart_from_the_facts(store: CaseStore) -> None:
    case_id = store.create_case("roles")
    store.set_contact_roles(case_id, {"17000001234": "collector", "妈妈": "relative"})
    store.set_contact_roles(case_id, {"17000001234": "platform"})  # the latest choice wins
    assert store.contact_roles(case_id) == {"17000001234": "platform", "妈妈": "relative"}
    case = store.get_case(case_id)
    assert case.extra["contact_roles"] == {"17000001234": "platform", "妈妈": "relative"}
    store.save_facts(case_id, case)  # roles are not copied into the facts JSON
    with store._connect() as db:
        (facts,) = db.execute("SELECT facts FROM cases WHERE id = ?", (case_id,)).fetchone()
    assert "contact_roles" not in facts
    with pytest.raises(ValueError, match="unknown role"):
        store.set_contact_roles(case_id, {"1": "boss"})
    assert store.audit_log(case_id)[-2]["action"] == "roles.set"
