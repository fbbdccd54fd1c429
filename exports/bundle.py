"""Case bundles: one zip with case.json, evidence files, drafts and a manifest of SHA-256 hashes.

Export is deterministic (fixed timestamps, sorted entries, no case id), so exporting an imported
bundle gives the same bytes. Import trusts nothing: names are whitelisted (no zip-slip), sizes and
compression ratios are capped while reading (no zip bombs), every hash is verified, and only then
is the case written, in one transaction (a recording's transcript versions right after, the
case removed again if that fails).
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
import stat
import zipfile
import zlib
from pathlib import Path
from typing import Any

from casefile.model import CASE_VERSION, case_from_dict, dump_case
from casefile.store import CaseStore, sha256_hex
from casefile.store.recordings import (
    RECORDING_KIND,
    check_version_records,
    restore_transcripts,
    transcript_versions,
    version_record,
)
from errors import BadCaseFile

BUNDLE_FORMAT = "contactshield-case-bundle"
BUNDLE_VERSION = 1
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # zip's epoch: the same bytes on every export
JSON_FILES = ("case.json", "drafts.json", "evidence.json")
EVIDENCE_NAME = re.compile(r"evidence/[0-9a-f]{64}(\.[a-z0-9]{1,8})?")
MAX_ENTRIES = 5_000
MAX_JSON_BYTES = 20 * 1024 * 1024
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # deflate rarely beats ~10x on real data; a bomb reaches ~1000x
RATIO_FLOOR = 1024 * 1024  # small, repetitive JSON may legitimately compress well


def _refuse(zh: str, en: str) -> BadCaseFile:
    return BadCaseFile(
        f"案件包无法导入：{zh}",
        f"Cannot import the case bundle: {en}",
        "未写入任何内容。请向对方索取由通讯录护盾导出的原始案件包。",
        "Nothing was written. Ask for the original bundle exported by ContactShield.",
    )


def _extension(filename: str) -> str:
    suffix = Path(filename).suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ""


def _json_bytes(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (stat.S_IFREG | 0o600) << 16
    info.create_system = 3  # Unix, whatever OS exports
    archive.writestr(info, data)


def export_bundle(store: CaseStore, case_id: str) -> bytes:
    """The case as a zip: case.json, evidence.json, drafts.json, evidence/*, manifest.json."""
    row = store.case_row(case_id)
    case_json = (dump_case(store.get_case(case_id)) + "\n").encode()
    evidence = store.list_evidence(case_id)
    records = [
        {
            "id": item.id,
            "sha256": item.sha256,
            "filename": item.filename,
            "kind": item.kind,
            "ocr_text": item.ocr_text,
            "corrected_text": item.corrected_text,
            "entities": item.entities,
            "captured_on": item.captured_on,
            "summary": item.summary,
            "created_at": item.created_at,
            "path": f"evidence/{item.sha256}{_extension(item.filename)}",
        }
        for item in evidence
    ]
    for item, record in zip(evidence, records, strict=True):
        # A recording carries every transcript version beside it (an older app ignores the key).
        if item.kind != RECORDING_KIND:
            continue
        versions = transcript_versions(store, case_id, item.id)
        if versions:
            record["transcripts"] = [version_record(version) for version in versions]
    drafts = [
        {
            "kind": d.kind,
            "version": d.version,
            "text": d.text,
            "backend": d.backend,
            "checks": d.checks,
            "meta": d.meta,
            "created_at": d.created_at,
        }
        for d in reversed(store.list_drafts(case_id))  # oldest first
    ]
    payload: dict[str, bytes] = {
        "case.json": case_json,
        "evidence.json": _json_bytes(records),
        "drafts.json": _json_bytes(drafts),
    }
    for item, record in zip(evidence, records, strict=True):
        payload[record["path"]] = store.evidence_bytes(case_id, item.id)
    manifest = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "case_version": CASE_VERSION,
        "title": row["title"],
        "created_at": row["created_at"],
        "steps": store.steps(case_id),
        "files": [
            {"path": name, "sha256": sha256_hex(data), "size": len(data)}
            for name, data in sorted(payload.items())
        ],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        _add(archive, "manifest.json", _json_bytes(manifest))
        for name, data in sorted(payload.items()):
            _add(archive, name, data)
    return buffer.getvalue()


def _check_name(info: zipfile.ZipInfo) -> None:
    name = info.filename
    parts = name.replace("\\", "/").split("/")
    if (
        name.startswith(("/", "\\"))
        or "\\" in name
        or ".." in parts
        or re.match(r"[A-Za-z]:", name)
        or "\x00" in name
    ):
        raise _refuse(
            f"文件名 {name!r} 试图写到案件包之外（zip-slip）。",
            f"entry {name!r} points outside the bundle (zip-slip).",
        )
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise _refuse(f"{name!r} 是符号链接。", f"{name!r} is a symbolic link.")
    if info.flag_bits & 0x1:
        raise _refuse(f"{name!r} 已加密。", f"{name!r} is encrypted.")
    if name != "manifest.json" and name not in JSON_FILES and not EVIDENCE_NAME.fullmatch(name):
        raise _refuse(f"包含未知文件 {name!r}。", f"unexpected entry {name!r}.")


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read at most `limit` bytes, trusting neither the header's size nor its ratio."""
    name = info.filename
    if info.file_size > limit:
        raise _refuse(f"{name} 过大（{info.file_size} 字节）。", f"{name} is too large.")
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
        raise _refuse(f"{name} 的压缩比异常（疑似压缩炸弹）。", f"{name} looks like a zip bomb.")
    try:
        with archive.open(info) as handle:
            data = handle.read(min(limit, info.file_size) + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as error:
        raise _refuse(f"{name} 已损坏。", f"{name} is damaged ({error}).") from error
    if len(data) > info.file_size:
        raise _refuse(f"{name} 的实际大小与声明不符。", f"{name} is larger than declared.")
    return data


def _load_json(data: bytes, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _refuse(
            f"{name} 不是有效的 JSON。", f"{name} is not valid JSON ({error})."
        ) from error


def read_bundle(data: bytes) -> dict[str, bytes]:
    """Every entry of a bundle, checked for names, sizes and hashes (nothing written)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise _refuse("不是有效的 zip 文件。", "not a valid zip file.") from error
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _refuse(f"文件数过多（{len(infos)}）。", f"too many entries ({len(infos)}).")
        names = [info.filename for info in infos]
        if len(set(names)) != len(names):
            raise _refuse("包含重名文件。", "duplicate entry names.")
        for info in infos:
            _check_name(info)
        if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
            raise _refuse("解压后总大小超过 1 GB（疑似压缩炸弹）。", "over 1 GB unpacked.")
        if "manifest.json" not in names:
            raise _refuse("缺少 manifest.json。", "manifest.json is missing.")
        files: dict[str, bytes] = {}
        total = 0
        for info in infos:
            limit = MAX_FILE_BYTES if info.filename.startswith("evidence/") else MAX_JSON_BYTES
            files[info.filename] = _read_entry(archive, info, limit)
            total += len(files[info.filename])
            if total > MAX_TOTAL_BYTES:
                raise _refuse("解压后总大小超过 1 GB（疑似压缩炸弹）。", "over 1 GB unpacked.")
    manifest = _load_json(files.pop("manifest.json"), "manifest.json")
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        raise _refuse("不是通讯录护盾的案件包。", "not a ContactShield case bundle.")
    version = manifest.get("version")
    if not isinstance(version, int) or version > BUNDLE_VERSION:
        raise BadCaseFile(
            f"案件包版本为 {version}，本程序只支持到 {BUNDLE_VERSION}。未写入任何内容。",
            f"Bundle version {version} is newer than this app supports ({BUNDLE_VERSION}). "
            "Nothing was written.",
            "请升级通讯录护盾后再导入。",
            "Update ContactShield, then import again.",
        )
    listed = manifest.get("files")
    if not isinstance(listed, list) or not all(isinstance(f, dict) for f in listed):
        raise _refuse("manifest.json 的文件清单无效。", "manifest.json has no valid file list.")
    expected = {f.get("path"): f.get("sha256") for f in listed}
    if set(expected) != set(files):
        missing = sorted(set(map(str, expected)) - set(files))
        extra = sorted(set(files) - set(map(str, expected)))
        raise _refuse(
            f"文件与清单不一致（缺少 {missing}，多出 {extra}）。",
            f"files differ from the manifest (missing {missing}, extra {extra}).",
        )
    for name, content in files.items():
        if sha256_hex(content) != expected[name]:
            raise _refuse(
                f"{name} 的 SHA-256 与清单不符（文件被改动或损坏）。", f"{name}: hash mismatch."
            )
        match = EVIDENCE_NAME.fullmatch(name)
        if match and name[len("evidence/") :][:64] != sha256_hex(content):
            raise _refuse(f"{name} 的内容与文件名中的 SHA-256 不符。", f"{name}: hash mismatch.")
    files["manifest.json"] = json.dumps(manifest).encode()
    return files


def _text(record: dict[str, Any], key: str) -> str:
    value = record.get(key, "")
    if not isinstance(value, str):
        raise _refuse(f"evidence.json 中 {key} 应为文本。", f"evidence.json: {key} must be text.")
    return value


def import_bundle(store: CaseStore, data: bytes) -> str:
    """Verify a bundle completely, then create the case in one go; returns the new case id."""
    files = read_bundle(data)
    manifest = json.loads(files["manifest.json"])
    if "case.json" not in files:
        raise _refuse("缺少 case.json。", "case.json is missing.")
    case_data = _load_json(files["case.json"], "case.json")
    case_from_dict(case_data)  # refuses a newer case version with its own clear message
    facts = {key: value for key, value in case_data.items() if key != "evidence"}
    records = _load_json(files.get("evidence.json", b"[]"), "evidence.json")
    drafts = _load_json(files.get("drafts.json", b"[]"), "drafts.json")
    if not isinstance(records, list) or not isinstance(drafts, list):
        raise _refuse("evidence.json / drafts.json 应为列表。", "evidence/drafts must be lists.")
    evidence: list[dict[str, Any]] = []
    blobs: dict[str, bytes] = {}
    transcripts: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        if not isinstance(record, dict) or not re.fullmatch(r"E[1-9]\d*", str(record.get("id"))):
            raise _refuse("evidence.json 中有无效的证据编号。", "evidence.json: bad evidence id.")
        path = record.get("path")
        if path not in files or not EVIDENCE_NAME.fullmatch(str(path)):
            raise _refuse(f"证据文件 {path!r} 不在包中。", f"evidence file {path!r} is missing.")
        sha = sha256_hex(files[path])
        if record.get("sha256") != sha:
            raise _refuse(
                f"证据 {record['id']} 的 SHA-256 不符。", f"{record['id']}: hash mismatch."
            )
        entities = record.get("entities", {})
        if not isinstance(entities, dict):
            raise _refuse("evidence.json 中 entities 应为对象。", "entities must be an object.")
        blobs[sha] = files[path]
        if "transcripts" in record:  # bundles before transcripts travelled have none
            if record.get("kind") != RECORDING_KIND:
                raise _refuse(
                    f"证据 {record['id']} 不是录音，却带有转写文字。",
                    f"{record['id']} is not a recording but has transcripts.",
                )
            try:
                transcripts[record["id"]] = check_version_records(record["transcripts"])
            except ValueError as error:
                raise _refuse(
                    f"证据 {record['id']} 的转写文字无效（{error}）。",
                    f"{record['id']}: invalid transcripts ({error}).",
                ) from error
        evidence.append(
            {
                "id": record["id"],
                "sha256": sha,
                "entities": entities,
                **{
                    key: _text(record, key)
                    for key in (
                        "filename",
                        "kind",
                        "ocr_text",
                        "corrected_text",
                        "captured_on",
                        "summary",
                        "created_at",
                    )
                },
            }
        )
    ids = [item["id"] for item in evidence]
    if len(set(ids)) != len(ids) or len(blobs) != len(evidence):
        raise _refuse("evidence.json 中有重复的证据。", "evidence.json lists duplicates.")
    for draft in drafts:
        ok = (
            isinstance(draft, dict)
            and isinstance(draft.get("kind"), str)
            and isinstance(draft.get("version"), int)
            and isinstance(draft.get("text"), str)
            and isinstance(draft.get("backend", ""), str)
            and isinstance(draft.get("checks", {}), dict)
            and isinstance(draft.get("meta", {}), dict)
        )
        if not ok:
            raise _refuse("drafts.json 中有无效的文书版本。", "drafts.json has a bad entry.")
    steps = manifest.get("steps", {})
    title = manifest.get("title") or "导入的案件"
    created_at = manifest.get("created_at") or ""
    if not isinstance(steps, dict) or not isinstance(title, str) or not isinstance(created_at, str):
        raise _refuse("manifest.json 的字段无效。", "manifest.json has bad fields.")
    try:
        case_id = store.restore_case(
            title=title,
            created_at=created_at,
            steps=steps,
            facts=facts,
            evidence=evidence,
            files=blobs,
            drafts=[
                {
                    "kind": d["kind"],
                    "version": d["version"],
                    "text": d["text"],
                    "backend": d.get("backend", ""),
                    "checks": d.get("checks", {}),
                    "meta": d.get("meta", {}),
                    "created_at": d.get("created_at", ""),
                }
                for d in drafts
            ],
        )
    except (ValueError, sqlite3.IntegrityError) as error:  # bad step/kind, duplicate version
        raise _refuse(f"内容无效（{error}）。", f"invalid content ({error}).") from error
    if transcripts:
        try:
            restore_transcripts(store, case_id, transcripts)
        except BaseException:
            store.delete_case(case_id)  # all or nothing, like the rest of the import
            raise
    return case_id
