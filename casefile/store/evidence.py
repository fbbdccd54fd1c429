"""The case store's evidence items: add (once per file), read, correct, delete, original bytes."""

from __future__ import annotations

from typing import Any

from casefile.store.base import StoreBase
from casefile.store.records import (
    StoredEvidence,
    _check_kind,
    _dumps,
    _evidence_from_row,
    _evidence_in,
    _evidence_not_found,
    _storage_error,
    now,
    sha256_hex,
)
from errors import StorageError


class EvidenceMethods(StoreBase):
    """Evidence: files stored once by SHA-256, with OCR text, corrections and entities."""

    def add_evidence(
        self,
        case_id: str,
        filename: str,
        data: bytes,
        *,
        kind: str,
        ocr_text: str,
        entities: dict,
        captured_on: str = "",
        summary: str = "",
        created_at: str | None = None,
        corrected_text: str = "",
    ) -> StoredEvidence:
        """Store a file once by SHA-256; the same file twice in a case returns the first."""
        _check_kind(kind)
        sha256 = sha256_hex(data)
        existing = self._find_by_hash(case_id, sha256)
        if existing is not None:
            return existing
        new_file = self._put_file(data, sha256)
        stamp = created_at or now()
        try:
            with self._write() as db:
                row = self._require_case(db, case_id)
                again = db.execute(
                    "SELECT id FROM evidence WHERE case_id = ? AND sha256 = ?", (case_id, sha256)
                ).fetchone()
                if again is not None:  # another session added it meanwhile
                    evidence_id = again[0]
                else:
                    seq = row["next_evidence"]
                    evidence_id = f"E{seq}"
                    db.execute(
                        """INSERT INTO evidence (case_id, id, seq, sha256, filename, kind, ocr_text,
                           corrected_text, entities, captured_on, summary, created_at, updated_at)
                           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        (
                            case_id,
                            evidence_id,
                            seq,
                            sha256,
                            filename,
                            kind,
                            ocr_text,
                            corrected_text,
                            _dumps(entities),
                            captured_on,
                            summary,
                            stamp,
                            now(),
                        ),
                    )
                    db.execute(
                        "UPDATE cases SET next_evidence = ?, updated_at = ? WHERE id = ?",
                        (seq + 1, now(), case_id),
                    )
                    self._audit(
                        db, case_id, "evidence.add", id=evidence_id, file=filename, sha256=sha256
                    )
        except BaseException:
            if new_file:
                self._drop_unreferenced({sha256})
            raise
        return self.get_evidence(case_id, evidence_id)

    def _find_by_hash(self, case_id: str, sha256: str) -> StoredEvidence | None:
        with self._read() as db:
            row = db.execute(
                "SELECT * FROM evidence WHERE case_id = ? AND sha256 = ?", (case_id, sha256)
            ).fetchone()
        return None if row is None else _evidence_from_row(row)

    def get_evidence(self, case_id: str, evidence_id: str) -> StoredEvidence:
        with self._read() as db:
            row = db.execute(
                "SELECT * FROM evidence WHERE case_id = ? AND id = ?", (case_id, evidence_id)
            ).fetchone()
            if row is None:
                self._require_case(db, case_id)
                raise _evidence_not_found(case_id, evidence_id)
        return _evidence_from_row(row)

    def update_evidence(
        self,
        case_id: str,
        evidence_id: str,
        *,
        corrected_text: str | None = None,
        kind: str | None = None,
        entities: dict | None = None,
        summary: str | None = None,
        captured_on: str | None = None,
    ) -> StoredEvidence:
        """Change the given fields only (None = keep)."""
        changes: dict[str, Any] = {
            "corrected_text": corrected_text,
            "kind": kind,
            "summary": summary,
            "captured_on": captured_on,
        }
        if kind is not None:
            _check_kind(kind)
        changes = {name: value for name, value in changes.items() if value is not None}
        if entities is not None:
            changes["entities"] = _dumps(entities)
        with self._write() as db:
            self._touch(db, case_id)
            found = db.execute(
                "SELECT 1 FROM evidence WHERE case_id = ? AND id = ?", (case_id, evidence_id)
            ).fetchone()
            if found is None:
                raise _evidence_not_found(case_id, evidence_id)
            if changes:
                assignments = ", ".join(f"{name} = ?" for name in changes)
                db.execute(
                    f"UPDATE evidence SET {assignments}, updated_at = ? "
                    "WHERE case_id = ? AND id = ?",
                    (*changes.values(), now(), case_id, evidence_id),
                )
            self._audit(db, case_id, "evidence.update", id=evidence_id, fields=sorted(changes))
        return self.get_evidence(case_id, evidence_id)

    def delete_evidence(self, case_id: str, evidence_id: str) -> None:
        """Remove one evidence item (its id is never reused) and its file if now unused."""
        with self._write() as db:
            self._touch(db, case_id)
            row = db.execute(
                "SELECT sha256 FROM evidence WHERE case_id = ? AND id = ?", (case_id, evidence_id)
            ).fetchone()
            if row is None:
                raise _evidence_not_found(case_id, evidence_id)
            db.execute("DELETE FROM evidence WHERE case_id = ? AND id = ?", (case_id, evidence_id))
            self._audit(db, case_id, "evidence.delete", id=evidence_id)
        self._drop_unreferenced({row[0]})

    def list_evidence(self, case_id: str) -> list[StoredEvidence]:
        """The case's evidence in the order it was added (E1, E2, …)."""
        with self._read() as db:
            self._require_case(db, case_id)
            return _evidence_in(db, case_id)

    def evidence_bytes(self, case_id: str, evidence_id: str) -> bytes:
        """The original file, checked against its SHA-256."""
        item = self.get_evidence(case_id, evidence_id)
        try:
            data = self.read_file(item.sha256)
        except OSError as error:
            raise _storage_error(error, self.files_dir) from error
        if sha256_hex(data) != item.sha256:
            raise StorageError(
                f"证据文件 {item.filename} 已损坏（SHA-256 不符）。",
                f"Evidence file {item.filename} is damaged (SHA-256 mismatch).",
                "请重新上传原始截图。",
                "Upload the original screenshot again.",
            )
        return data
