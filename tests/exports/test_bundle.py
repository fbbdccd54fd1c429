"""Case bundles: byte-identical round trip; malicious or newer bundles refused, nothing written."""

from __future__ import annotations

import io
import json
import stat
import zipfile
from pathlib import Path

import pytest

from casefile.store import CaseStore
from casefile.store.recordings import add_recording, save_correction, transcript_versions
from errors import BadCaseFile
from exports.bundle import export_bundle, import_bundle


def _entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(entries: dict[str, bytes], **info_changes: object) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            for key, value in info_changes.items():
                setattr(info, key, value)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def _with_manifest(entries: dict[str, bytes], **manifest_changes: object) -> dict[str, bytes]:
    """Entries plus a manifest that lists them all with correct hashes."""
    import hashlib

    files = [
        {"path": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for n, d in entries.items()
        if n != "manifest.json"
    ]
    manifest = {"format": "contactshield-case-bundle", "version": 1, "files": files}
    manifest.update(manifest_changes)
    return {**entries, "manifest.json": json.dumps(manifest).encode()}


def _empty_dir_state(store: CaseStore) -> tuple[int, list[Path]]:
    return len(store.list_cases()), sorted(p for p in store.files_dir.rglob("*") if p.is_file())


def test_round_trip_is_byte_identical(seeded, tmp_path: Path) -> None:
    store, case_id = seeded
    bundle = export_bundle(store, case_id)
    assert export_bundle(store, case_id) == bundle  # deterministic
    laptop = CaseStore(tmp_path / "other-laptop")
    new_id = import_bundle(laptop, bundle)
    assert export_bundle(laptop, new_id) == bundle
    for before, after in zip(
        store.list_evidence(case_id), laptop.list_evidence(new_id), strict=True
    ):
        assert laptop.evidence_bytes(new_id, after.id) == store.evidence_bytes(case_id, before.id)
        assert (after.ocr_text, after.corrected_text) == (before.ocr_text, before.corrected_text)
    assert laptop.get_case(new_id) == store.get_case(case_id)
    assert laptop.contact_roles(new_id) == {"13612345678": "relative"}  # confirmed roles travel
    assert [d.text for d in laptop.list_drafts(new_id)] == [
        d.text for d in store.list_drafts(case_id)
    ]
    assert laptop.steps(new_id) == store.steps(case_id)
    assert laptop.get_summary(new_id).title == store.get_summary(case_id).title
    assert laptop.audit_log(new_id)[-1]["action"] == "case.import"
    # A new evidence item after import continues the numbering.
    item = laptop.add_evidence(new_id, "n.png", b"new", kind="sms", ocr_text="", entities={})
    assert item.id == "E5"


def test_manifest_lists_every_file_with_its_hash(seeded) -> None:
    store, case_id = seeded
    entries = _entries(export_bundle(store, case_id))
    manifest = json.loads(entries["manifest.json"])
    assert {f["path"] for f in manifest["files"]} == set(entries) - {"manifest.json"}
    assert sum(name.startswith("evidence/") for name in entries) == 4
    assert json.loads(entries["case.json"])["version"] == 1


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../../evil.txt", "zip-slip"),
        ("/etc/cron.d/evil", "zip-slip"),
        ("evidence/..\\..\\evil", "zip-slip"),
        ("C:/evil.txt", "zip-slip"),
        ("notes.txt", "未知文件"),
    ],
)
def test_zip_slip_and_unknown_names_refused(
    seeded, tmp_path: Path, name: str, message: str
) -> None:
    store, case_id = seeded
    entries = _entries(export_bundle(store, case_id))
    entries[name] = b"evil"
    target = CaseStore(tmp_path / "target")
    with pytest.raises(BadCaseFile) as raised:
        import_bundle(target, _zip(_with_manifest(entries)))
    assert message in raised.value.zh
    assert "未写入任何内容" in raised.value.message("zh")
    assert _empty_dir_state(target) == (0, [])
    assert not (tmp_path / "evil.txt").exists()


def test_symlink_entry_refused(seeded, tmp_path: Path) -> None:
    store, case_id = seeded
    entries = _entries(export_bundle(store, case_id))
    bad = _zip(_with_manifest(entries), external_attr=(stat.S_IFLNK | 0o777) << 16)
    with pytest.raises(BadCaseFile, match="symbolic link"):
        import_bundle(CaseStore(tmp_path / "t"), bad)


def test_zip_bomb_refused_without_unpacking(tmp_path: Path) -> None:
    target = CaseStore(tmp_path / "t")
    zeros = b"\x00" * (30 * 1024 * 1024)
    bombs = {
        "压缩炸弹": {"evidence/" + "0" * 64: zeros},  # within the size cap, ratio ~1000x
        "过大": {"case.json": zeros},  # over the 20 MB cap for JSON
    }
    for message, entries in bombs.items():
        bomb = _zip(_with_manifest(entries))
        assert len(bomb) < 100 * 1024
        with pytest.raises(BadCaseFile) as raised:
            import_bundle(target, bomb)
        assert message in raised.value.zh
    assert _empty_dir_state(target) == (0, [])


def test_lying_size_header_refused(seeded, tmp_path: Path) -> None:
    store, case_id = seeded
    data = bytearray(export_bundle(store, case_id))
    # Shrink the declared size of case.json in the central directory: reading must not trust it.
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("case.json")
    central = data.rfind(b"PK\x01\x02", 0, data.find(b"case.json", data.find(b"PK\x01\x02")))
    offset = central + 24  # uncompressed size field of that central directory record
    assert int.from_bytes(data[offset : offset + 4], "little") == info.file_size
    data[offset : offset + 4] = (10).to_bytes(4, "little")
    with pytest.raises(BadCaseFile):
        import_bundle(CaseStore(tmp_path / "t"), bytes(data))


def test_tampered_file_refused_and_nothing_written(seeded, tmp_path: Path) -> None:
    store, case_id = seeded
    entries = _entries(export_bundle(store, case_id))
    name = next(n for n in entries if n.startswith("evidence/"))
    entries[name] = b"tampered"
    target = CaseStore(tmp_path / "t")
    with pytest.raises(BadCaseFile) as raised:
        import_bundle(target, _zip(entries))
    assert "SHA-256" in raised.value.zh
    assert _empty_dir_state(target) == (0, [])


def test_newer_versions_refused(seeded, tmp_path: Path) -> None:
    store, case_id = seeded
    entries = _entries(export_bundle(store, case_id))
    newer_bundle = dict(entries)
    manifest = json.loads(entries["manifest.json"])
    manifest["version"] = 2
    newer_bundle["manifest.json"] = json.dumps(manifest).encode()
    target = CaseStore(tmp_path / "t")
    with pytest.raises(BadCaseFile) as raised:
        import_bundle(target, _zip(newer_bundle))
    assert "版本为 2" in raised.value.zh
    assert "升级" in raised.value.next_zh
    newer_case = dict(entries)
    newer_case["case.json"] = json.dumps({"version": 7}).encode()
    with pytest.raises(BadCaseFile, match="newer"):
        import_bundle(target, _zip(_with_manifest(newer_case)))
    assert _empty_dir_state(target) == (0, [])


def test_failure_inside_the_transaction_leaves_nothing(seeded, tmp_path: Path) -> None:
    store, case_id = seeded
    entries = _entries(export_bundle(store, case_id))
    drafts = json.loads(entries["drafts.json"])
    drafts.append(drafts[0])  # a duplicate (kind, version): fails at INSERT, after files
    entries["drafts.json"] = json.dumps(drafts).encode()
    target = CaseStore(tmp_path / "t")
    with pytest.raises(BadCaseFile):
        import_bundle(target, _zip(_with_manifest(entries)))
    assert _empty_dir_state(target) == (0, [])


def test_not_a_zip_refused(tmp_path: Path) -> None:
    with pytest.raises(BadCaseFile, match="not a valid zip"):
        import_bundle(CaseStore(tmp_path / "t"), b"PK\x03\x04 broken")


def _with_recording(store: CaseStore, case_id: str) -> str:
    """A recording with the machine transcript and two corrections by the user."""
    item = add_recording(
        store, case_id, "13800138000_20250302153012.m4a", b"original recording bytes",
        duration_s=5.2, captured_at="2025-03-02T15:30:12",
        segments=[{"start": 0.0, "end": 2.5, "text": "你好，你的借款已经逾期了。"},
                  {"start": 2.5, "end": 5.0, "text": "不还钱就派人上门。"}],
        header="通话录音，对方 13800138000，时长 5秒", entities={}, summary="通话录音",
        engine="faster-whisper",
    )  # fmt: skip
    save_correction(store, case_id, item.id, [{"start": 0.0, "end": 2.5, "text": "极速贷逾期"}])
    save_correction(store, case_id, item.id, [{"start": 0.0, "end": 5.0, "text": "派人上门"}])
    return item.id


def test_transcript_versions_travel_with_the_recording(seeded, tmp_path: Path) -> None:
    store, case_id = seeded
    evidence_id = _with_recording(store, case_id)
    bundle = export_bundle(store, case_id)
    records = json.loads(_entries(bundle)["evidence.json"])
    (recording,) = [r for r in records if r["kind"] == "recording"]
    assert [v["source"] for v in recording["transcripts"]] == ["machine", "user", "user"]
    assert all("transcripts" not in r for r in records if r["kind"] != "recording")

    laptop = CaseStore(tmp_path / "lawyer")
    new_id = import_bundle(laptop, bundle)
    before = transcript_versions(store, case_id, evidence_id)
    after = transcript_versions(laptop, new_id, evidence_id)
    assert after == before  # versions, sources, engine, times, durations and segments
    assert [(v.version, v.source, v.engine) for v in after] == [
        (1, "machine", "faster-whisper"), (2, "user", "faster-whisper"),
        (3, "user", "faster-whisper"),
    ]  # fmt: skip
    assert after[0].segments[1]["text"] == "不还钱就派人上门。"
    assert after[0].created_at == before[0].created_at
    assert export_bundle(laptop, new_id) == bundle  # still byte-identical
    # A correction on the lawyer's laptop continues the history.
    again = save_correction(laptop, new_id, evidence_id, [{"start": 0, "end": 1, "text": "x"}])
    assert again.version == 4


def test_bundle_without_transcripts_still_imports(seeded, tmp_path: Path) -> None:
    store, case_id = seeded
    evidence_id = _with_recording(store, case_id)
    entries = _entries(export_bundle(store, case_id))
    records = json.loads(entries["evidence.json"])
    for record in records:
        record.pop("transcripts", None)  # as bundles written before transcripts travelled
    entries["evidence.json"] = json.dumps(records).encode()
    entries.pop("manifest.json")
    laptop = CaseStore(tmp_path / "lawyer")
    new_id = import_bundle(laptop, _zip(_with_manifest(entries)))
    assert transcript_versions(laptop, new_id, evidence_id) == []
    assert laptop.get_evidence(new_id, evidence_id).kind == "recording"


@pytest.mark.parametrize(
    "bad",
    [
        "not a list",
        [{"version": 1, "source": "robot", "segments": []}],
        [{"version": 0, "source": "machine", "segments": []}],
        [{"version": 1, "source": "machine", "segments": [{"text": 5}]}],
        [{"version": 1, "source": "machine", "segments": []}] * 2,
    ],
)
def test_bad_transcripts_refused_and_nothing_written(seeded, tmp_path: Path, bad) -> None:
    store, case_id = seeded
    _with_recording(store, case_id)
    entries = _entries(export_bundle(store, case_id))
    records = json.loads(entries["evidence.json"])
    for record in records:
        if record["kind"] == "recording":
            record["transcripts"] = bad
    entries["evidence.json"] = json.dumps(records).encode()
    entries.pop("manifest.json")
    target = CaseStore(tmp_path / "t")
    with pytest.raises(BadCaseFile) as raised:
        import_bundle(target, _zip(_with_manifest(entries)))
    assert "转写文字无效" in raised.value.zh
    assert _empty_dir_state(target) == (0, [])


def test_transcripts_on_a_screenshot_refused(seeded, tmp_path: Path) -> None:
    store, case_id = seeded
    entries = _entries(export_bundle(store, case_id))
    records = json.loads(entries["evidence.json"])
    records[0]["transcripts"] = []
    entries["evidence.json"] = json.dumps(records).encode()
    entries.pop("manifest.json")
    target = CaseStore(tmp_path / "t")
    with pytest.raises(BadCaseFile, match="not a recording"):
        import_bundle(target, _zip(_with_manifest(entries)))
    assert _empty_dir_state(target) == (0, [])


# --- sealed bundles (handover with their own passphrase) ----------------------------------------


@pytest.fixture
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small Argon2id parameters so each seal costs milliseconds, not 0.5 s."""
    from casefile.store import crypto

    monkeypatch.setattr(crypto, "TIME_COST", 1)
    monkeypatch.setattr(crypto, "MEMORY_COST_KIB", 1024)


def _files(root: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in root.rglob("*") if path.is_file()}


def test_sealed_bundle_moves_to_a_locked_laptop(seeded, tmp_path: Path, cheap_kdf) -> None:
    from casefile.store.lock import create_locked
    from exports.bundle_seal import export_sealed, import_any, is_sealed

    store, case_id = seeded
    sealed = export_sealed(store, case_id, "交接口令 7")
    assert is_sealed(sealed)
    title = store.get_summary(case_id).title
    for needle in (title.encode(), b"13612345678", b"case.json", b"manifest"):
        assert needle not in sealed  # nothing readable without the passphrase
    laptop = create_locked(tmp_path / "other-laptop", "另一台电脑的口令")
    new_id = import_any(laptop, sealed, "交接口令 7")
    assert export_bundle(laptop, new_id) == export_bundle(store, case_id)
    assert laptop.get_case(new_id) == store.get_case(case_id)


def test_sealed_bundle_wrong_or_missing_passphrase_imports_nothing(
    seeded, tmp_path: Path, cheap_kdf
) -> None:
    from exports.bundle_seal import export_sealed, import_any

    store, case_id = seeded
    sealed = export_sealed(store, case_id, "right")
    laptop = CaseStore(tmp_path / "other-laptop")
    before = _files(laptop.data_dir)
    with pytest.raises(BadCaseFile) as caught:
        import_any(laptop, sealed, "wrong")
    assert "案件包口令不对" in caught.value.zh
    assert "未导入任何内容" in caught.value.zh
    with pytest.raises(BadCaseFile) as caught:
        import_any(laptop, sealed, "")
    assert "需要输入导出时设置的口令" in caught.value.zh
    tampered = bytearray(sealed)
    tampered[-40] ^= 1
    with pytest.raises(BadCaseFile):
        import_any(laptop, bytes(tampered), "right")
    weakened = sealed.replace(b'"time_cost": 1', b'"time_cost": 2')
    assert weakened != sealed
    with pytest.raises(BadCaseFile):  # the header is authenticated with the data
        import_any(laptop, weakened, "right")
    assert laptop.list_cases() == []
    assert _files(laptop.data_dir) == before


def test_open_bundles_still_import_without_passphrase(seeded, tmp_path: Path) -> None:
    from exports.bundle_seal import import_any

    store, case_id = seeded
    laptop = CaseStore(tmp_path / "other-laptop")
    new_id = import_any(laptop, export_bundle(store, case_id))
    assert laptop.get_case(new_id) == store.get_case(case_id)
