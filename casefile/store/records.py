"""Rows of the case store as frozen dataclasses, plus the store's small helpers and errors."""

from __future__ import annotations

import errno
import hashlib
import json
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from casefile.model import EVIDENCE_KINDS, EvidenceItem
from errors import CaseNotFound, StorageError

STEPS = ("evidence", "facts", "guidance", "platform", "police", "regulator", "contacts", "deletion")
STEP_STATUSES = ("todo", "done")


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list."""

    id: str
    title: str
    created_at: str
    updated_at: str
    steps: dict[str, str]
    evidence_count: int


@dataclass(frozen=True)
class StoredEvidence:
    """One evidence file of a case, with its OCR text and the user's corrections."""

    id: str
    case_id: str
    sha256: str
    filename: str
    kind: str
    ocr_text: str
    corrected_text: str
    entities: dict = field(default_factory=dict)
    captured_on: str = ""
    summary: str = ""
    created_at: str = ""

    @property
    def text(self) -> str:
        """The user's corrected text, else the OCR text."""
        return self.corrected_text or self.ocr_text


@dataclass(frozen=True)
class DraftVersion:
    """One saved version of a draft document."""

    case_id: str
    kind: str
    version: int
    text: str
    backend: str
    checks: dict = field(default_factory=dict)
    meta: dict = field(default_factory=dict)
    created_at: str = ""


def now() -> str:
    """UTC timestamp, ISO 8601 to the millisecond (orders quick successive changes)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _storage_error(error: BaseException, where: Path) -> StorageError:
    text = str(error).lower()
    full = (isinstance(error, OSError) and error.errno == errno.ENOSPC) or "full" in text
    if full:
        return StorageError(
            f"磁盘空间已满，无法保存到 {where}。",
            f"The disk is full; cannot save to {where}.",
            "请清理磁盘空间后重试，已保存的内容不会丢失。",
            "Free some disk space and try again; what was saved is kept.",
        )
    return StorageError(
        f"无法写入数据目录 {where}（{error}）。",
        f"Cannot write to the data folder {where} ({error}).",
        "请检查该目录是否可写，或在设置 CS_DATA_DIR 中换一个目录。",
        "Check that the folder is writable, or set CS_DATA_DIR to another folder.",
    )


def _case_not_found(case_id: str) -> CaseNotFound:
    return CaseNotFound(
        f"找不到案件 {case_id}，它可能已被删除。",
        f"Case {case_id} not found; it may have been deleted.",
        "请在“案件”页面重新选择或新建案件。",
        "Pick or create a case on the Cases page.",
    )


def _evidence_not_found(case_id: str, evidence_id: str) -> CaseNotFound:
    return CaseNotFound(
        f"案件 {case_id} 中没有证据 {evidence_id}。",
        f"Case {case_id} has no evidence {evidence_id}.",
        "请刷新页面后重试。",
        "Reload the page and try again.",
    )


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _check_step(step: str, status: str) -> None:
    if step not in STEPS:
        raise ValueError(f"unknown step {step!r}; expected one of {STEPS}")
    if status not in STEP_STATUSES:
        raise ValueError(f"unknown step status {status!r}; expected one of {STEP_STATUSES}")


def _check_kind(kind: str) -> None:
    if kind not in EVIDENCE_KINDS:
        raise ValueError(f"unknown evidence kind {kind!r}; expected one of {EVIDENCE_KINDS}")


def _evidence_in(db: sqlite3.Connection, case_id: str) -> list[StoredEvidence]:
    """The case's evidence rows in the order they were added, read on the caller's connection."""
    rows = db.execute("SELECT * FROM evidence WHERE case_id = ? ORDER BY seq", (case_id,))
    return [_evidence_from_row(row) for row in rows.fetchall()]


def _evidence_from_row(row: sqlite3.Row) -> StoredEvidence:
    return StoredEvidence(
        id=row["id"],
        case_id=row["case_id"],
        sha256=row["sha256"],
        filename=row["filename"],
        kind=row["kind"],
        ocr_text=row["ocr_text"],
        corrected_text=row["corrected_text"],
        entities=json.loads(row["entities"]),
        captured_on=row["captured_on"],
        summary=row["summary"],
        created_at=row["created_at"],
    )


def _evidence_entry(item: StoredEvidence) -> dict[str, Any]:
    """A case.json evidence entry; entities ride along as an extra field for the dashboard."""
    entry: dict[str, Any] = {
        "id": item.id,
        "kind": item.kind,
        "file": item.filename,
        "sha256": item.sha256,
        "captured_on": item.captured_on,
        "summary": item.summary,
        "text": item.text,
    }
    if item.entities:
        entry["entities"] = item.entities
    return entry


def evidence_item(item: StoredEvidence) -> EvidenceItem:
    """A stored evidence row as the case model's entry."""
    return replace(
        EvidenceItem(),
        **{k: v for k, v in _evidence_entry(item).items() if k != "entities"},
        extra={"entities": item.entities} if item.entities else {},
    )
