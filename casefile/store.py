"""The durable case store: one SQLite file (WAL) plus original files stored once by SHA-256.

Every write is one transaction, and every change is written to an audit log in the same
transaction. Schema changes live in `casefile.migrations` (append-only); row types and helpers
in `casefile.records`.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from casefile.contacts import ROLES
from casefile.migrations import MIGRATIONS, m001_initial, m002_contact_roles, migration
from casefile.model import Case, case_from_dict, case_to_dict
from casefile.records import (
    STEP_STATUSES,
    STEPS,
    CaseSummary,
    DraftVersion,
    StoredEvidence,
    _case_not_found,
    _check_kind,
    _check_step,
    _dumps,
    _evidence_entry,
    _evidence_from_row,
    _evidence_not_found,
    _storage_error,
    evidence_item,
    now,
    sha256_hex,
)
from errors import StorageError

__all__ = [
    "MIGRATIONS",
    "STEPS",
    "STEP_STATUSES",
    "CaseStore",
    "CaseSummary",
    "DraftVersion",
    "StoredEvidence",
    "evidence_item",
    "m001_initial",
    "m002_contact_roles",
    "migrate",
    "migration",
    "now",
    "sha256_hex",
]

ROLES_FIELD = "contact_roles"  # where case.json carries the confirmed roles
DB_NAME = "cases.sqlite3"
FILES_DIR = "files"


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply every migration not yet applied; returns the names applied now.

    Each migration and its record commit together (BEGIN IMMEDIATE also keeps two processes
    that open the same store at once from applying one migration twice).
    """
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    applied = []
    for function in MIGRATIONS:
        db.execute("BEGIN IMMEDIATE")
        try:
            done = db.execute(
                "SELECT 1 FROM _migrations WHERE name = ?", (function.__name__,)
            ).fetchone()
            if done is None:
                function(db)
                db.execute(
                    "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                    (function.__name__, now()),
                )
                applied.append(function.__name__)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return applied


# --- the store ---------------------------------------------------------------------------------


class CaseStore:
    """Cases, evidence, facts, drafts and an audit log in `data_dir/cases.sqlite3`.

    Thread-safe: each call opens its own connection (Streamlit shares one store between sessions).
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.db_path = self.data_dir / DB_NAME
        self.files_dir = self.data_dir / FILES_DIR
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.chmod(self.data_dir, 0o700)  # mkdir's mode is masked by umask
            self.files_dir.mkdir(exist_ok=True, mode=0o700)
            with self._connect() as db:
                db.execute("PRAGMA journal_mode=WAL")
                migrate(db)
        except (OSError, sqlite3.Error) as error:
            raise _storage_error(error, self.data_dir) from error

    # connection handling

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.db_path, timeout=30, isolation_level=None)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA foreign_keys=ON")
        # FULL: a committed correction survives even a power cut, not only a killed process.
        db.execute("PRAGMA synchronous=FULL")
        return db

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = self._open()
        try:
            yield db
        finally:
            db.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT), rolled back on any error."""
        try:
            with self._connect() as db:
                db.execute("BEGIN IMMEDIATE")
                try:
                    yield db
                except BaseException:
                    with contextlib.suppress(sqlite3.Error):
                        db.execute("ROLLBACK")
                    raise
                db.execute("COMMIT")
        except sqlite3.OperationalError as error:
            raise _storage_error(error, self.data_dir) from error

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        try:
            with self._connect() as db:
                yield db
        except sqlite3.OperationalError as error:
            raise _storage_error(error, self.data_dir) from error

    @staticmethod
    def _audit(db: sqlite3.Connection, case_id: str, action: str, **detail: Any) -> None:
        db.execute(
            "INSERT INTO audit (case_id, at, action, detail) VALUES (?, ?, ?, ?)",
            (case_id, now(), action, _dumps(detail)),
        )

    @staticmethod
    def _touch(db: sqlite3.Connection, case_id: str) -> None:
        cursor = db.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now(), case_id))
        if cursor.rowcount == 0:
            raise _case_not_found(case_id)

    @staticmethod
    def _require_case(db: sqlite3.Connection, case_id: str) -> sqlite3.Row:
        row = db.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise _case_not_found(case_id)
        return row

    # files

    def file_path(self, sha256: str) -> Path:
        """Where the original file with this SHA-256 lives."""
        return self.files_dir / sha256[:2] / sha256

    def _put_file(self, data: bytes, sha256: str) -> bool:
        """Store bytes by hash (atomic: temp file, fsync, rename); True if newly written."""
        path = self.file_path(sha256)
        if path.is_file() and path.stat().st_size == len(data):
            return False
        temp = path.with_name(f".{sha256}.{uuid.uuid4().hex}.tmp")
        try:
            path.parent.mkdir(exist_ok=True, mode=0o700)
            with open(temp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, 0o600)
            os.replace(temp, path)
        except OSError as error:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise _storage_error(error, self.data_dir) from error
        return True

    def _drop_unreferenced(self, hashes: set[str]) -> None:
        """Delete stored files no evidence row refers to any more."""
        with self._read() as db:
            for sha256 in sorted(hashes):
                used = db.execute("SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1", (sha256,))
                if used.fetchone() is None:
                    with contextlib.suppress(FileNotFoundError):
                        self.file_path(sha256).unlink()

    # cases

    def create_case(self, title: str, *, created_at: str | None = None) -> str:
        """Create an empty case with every step `todo`; returns its id."""
        case_id = uuid.uuid4().hex[:12]
        stamp = created_at or now()
        title = title.strip() or case_id
        with self._write() as db:
            db.execute(
                "INSERT INTO cases (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (case_id, title, stamp, now()),
            )
            db.executemany(
                "INSERT INTO steps (case_id, step, status, updated_at) VALUES (?, ?, 'todo', ?)",
                [(case_id, step, stamp) for step in STEPS],
            )
            self._audit(db, case_id, "case.create", title=title)
        return case_id

    def list_cases(self) -> list[CaseSummary]:
        """Every case, most recently changed first."""
        with self._read() as db:
            rows = db.execute(
                """SELECT c.*, (SELECT COUNT(*) FROM evidence e WHERE e.case_id = c.id) AS n
                   FROM cases c ORDER BY c.updated_at DESC, c.created_at DESC, c.rowid DESC"""
            ).fetchall()
            steps: dict[str, dict[str, str]] = {}
            for row in db.execute("SELECT case_id, step, status FROM steps"):
                steps.setdefault(row["case_id"], {})[row["step"]] = row["status"]
        return [
            CaseSummary(
                id=row["id"],
                title=row["title"],
                created_at=row["created_at"],
                updated_at=row["updated_at"],
                steps={step: steps.get(row["id"], {}).get(step, "todo") for step in STEPS},
                evidence_count=row["n"],
            )
            for row in rows
        ]

    def get_summary(self, case_id: str) -> CaseSummary:
        """The case-list row of one case."""
        for summary in self.list_cases():
            if summary.id == case_id:
                return summary
        raise _case_not_found(case_id)

    def rename_case(self, case_id: str, title: str) -> None:
        title = title.strip()
        if not title:
            raise ValueError("a case title cannot be empty")
        with self._write() as db:
            self._touch(db, case_id)
            db.execute("UPDATE cases SET title = ? WHERE id = ?", (title, case_id))
            self._audit(db, case_id, "case.rename", title=title)

    def set_step(self, case_id: str, step: str, status: str) -> None:
        """Mark one step of the journey `todo` or `done`."""
        _check_step(step, status)
        with self._write() as db:
            self._touch(db, case_id)
            db.execute(
                """INSERT INTO steps (case_id, step, status, updated_at) VALUES (?, ?, ?, ?)
                   ON CONFLICT (case_id, step) DO UPDATE
                   SET status = excluded.status, updated_at = excluded.updated_at""",
                (case_id, step, status, now()),
            )
            self._audit(db, case_id, "step.set", step=step, status=status)

    def delete_case(self, case_id: str) -> None:
        """Delete the case, its rows (audit included) and files no other case uses."""
        with self._write() as db:
            self._require_case(db, case_id)
            hashes = {
                row[0]
                for row in db.execute("SELECT sha256 FROM evidence WHERE case_id = ?", (case_id,))
            }
            db.execute("DELETE FROM cases WHERE id = ?", (case_id,))  # cascades
        self._drop_unreferenced(hashes)

    # facts

    def get_case(self, case_id: str) -> Case:
        """The saved facts plus one evidence entry per stored evidence file."""
        with self._read() as db:
            row = self._require_case(db, case_id)
        facts = json.loads(row["facts"])
        facts["evidence"] = [_evidence_entry(item) for item in self.list_evidence(case_id)]
        roles = self.contact_roles(case_id)
        if roles:
            facts[ROLES_FIELD] = roles
        else:
            facts.pop(ROLES_FIELD, None)
        return case_from_dict(facts)

    def save_facts(self, case_id: str, case: Case) -> None:
        """Save everything but `evidence` (evidence lives in its own rows)."""
        facts = case_to_dict(case)
        facts.pop("evidence", None)
        facts.pop(ROLES_FIELD, None)  # roles live in their own rows
        with self._write() as db:
            self._touch(db, case_id)
            db.execute("UPDATE cases SET facts = ? WHERE id = ?", (_dumps(facts), case_id))
            self._audit(db, case_id, "facts.save", fields=sorted(facts))

    # roles of the numbers and senders seen in the evidence

    def contact_roles(self, case_id: str) -> dict[str, str]:
        """The roles the user confirmed: {sender: role}."""
        with self._read() as db:
            rows = db.execute(
                "SELECT sender, role FROM contact_roles WHERE case_id = ? ORDER BY sender",
                (case_id,),
            ).fetchall()
        return {row["sender"]: row["role"] for row in rows}

    def set_contact_roles(self, case_id: str, roles: dict[str, str]) -> None:
        """Store the user's choice of role for each given sender (the choice always wins)."""
        for role in roles.values():
            if role not in ROLES:
                raise ValueError(f"unknown role {role!r}; expected one of {ROLES}")
        if not roles:
            return
        with self._write() as db:
            self._touch(db, case_id)
            db.executemany(
                """INSERT INTO contact_roles (case_id, sender, role, updated_at)
                   VALUES (?, ?, ?, ?) ON CONFLICT (case_id, sender)
                   DO UPDATE SET role = excluded.role, updated_at = excluded.updated_at""",
                [(case_id, sender, role, now()) for sender, role in roles.items()],
            )
            self._audit(db, case_id, "roles.set", roles=roles)

    # evidence

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
            rows = db.execute(
                "SELECT * FROM evidence WHERE case_id = ? ORDER BY seq", (case_id,)
            ).fetchall()
        return [_evidence_from_row(row) for row in rows]

    def evidence_bytes(self, case_id: str, evidence_id: str) -> bytes:
        """The original file, checked against its SHA-256."""
        item = self.get_evidence(case_id, evidence_id)
        try:
            data = self.file_path(item.sha256).read_bytes()
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

    # drafts

    def add_draft(
        self,
        case_id: str,
        kind: str,
        text: str,
        *,
        backend: str,
        checks: dict,
        meta: dict | None = None,
        created_at: str | None = None,
    ) -> DraftVersion:
        """Save a new version (1, 2, …) of the case's draft of this kind."""
        stamp = created_at or now()
        with self._write() as db:
            self._touch(db, case_id)
            (latest,) = db.execute(
                "SELECT COALESCE(MAX(version), 0) FROM drafts WHERE case_id = ? AND kind = ?",
                (case_id, kind),
            ).fetchone()
            version = latest + 1
            db.execute(
                """INSERT INTO drafts (case_id, kind, version, text, backend, checks, meta,
                   created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                (case_id, kind, version, text, backend, _dumps(checks), _dumps(meta or {}), stamp),
            )
            self._audit(db, case_id, "draft.add", kind=kind, version=version, backend=backend)
        return DraftVersion(case_id, kind, version, text, backend, checks, meta or {}, stamp)

    def list_drafts(self, case_id: str, kind: str | None = None) -> list[DraftVersion]:
        """Draft versions, newest first (all kinds, or one)."""
        query = "SELECT * FROM drafts WHERE case_id = ?"
        params: tuple[str, ...] = (case_id,)
        if kind is not None:
            query += " AND kind = ?"
            params = (case_id, kind)
        with self._read() as db:
            self._require_case(db, case_id)
            rows = db.execute(query + " ORDER BY rowid DESC", params).fetchall()
        return [
            DraftVersion(
                case_id=row["case_id"],
                kind=row["kind"],
                version=row["version"],
                text=row["text"],
                backend=row["backend"],
                checks=json.loads(row["checks"]),
                meta=json.loads(row["meta"]),
                created_at=row["created_at"],
            )
            for row in rows
        ]

    def latest_drafts(self, case_id: str) -> list[DraftVersion]:
        """The newest version of each kind of draft, in the order kinds were first drafted."""
        latest: dict[str, DraftVersion] = {}
        for draft in reversed(self.list_drafts(case_id)):
            latest[draft.kind] = draft
        return list(latest.values())

    # bundles

    def restore_case(
        self,
        *,
        title: str,
        created_at: str,
        steps: dict[str, str],
        facts: dict[str, Any],
        evidence: list[dict[str, Any]],
        files: dict[str, bytes],
        drafts: list[dict[str, Any]],
    ) -> str:
        """Recreate a whole case (from a verified bundle) in one transaction; returns its id.

        `files` maps SHA-256 to bytes; the caller has checked every hash. Nothing is left
        behind when any part fails.
        """
        for step, status in steps.items():
            _check_step(step, status)
        for item in evidence:
            _check_kind(item["kind"])
        written = {sha for sha, data in files.items() if self._put_file(data, sha)}
        case_id = uuid.uuid4().hex[:12]
        created_at = created_at or now()
        seqs = [int(item["id"][1:]) for item in evidence]
        facts = dict(facts)
        roles = facts.pop(ROLES_FIELD, None)
        roles = {
            str(k): v for k, v in (roles.items() if isinstance(roles, dict) else ()) if v in ROLES
        }
        try:
            with self._write() as db:
                db.execute(
                    """INSERT INTO cases (id, title, created_at, updated_at, facts, next_evidence)
                       VALUES (?, ?, ?, ?, ?, ?)""",
                    (case_id, title, created_at, now(), _dumps(facts), max(seqs, default=0) + 1),
                )
                db.executemany(
                    "INSERT INTO steps (case_id, step, status, updated_at) VALUES (?, ?, ?, ?)",
                    [(case_id, step, steps.get(step, "todo"), now()) for step in STEPS],
                )
                db.executemany(
                    """INSERT INTO evidence (case_id, id, seq, sha256, filename, kind, ocr_text,
                       corrected_text, entities, captured_on, summary, created_at, updated_at)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    [
                        (
                            case_id,
                            item["id"],
                            seq,
                            item["sha256"],
                            item["filename"],
                            item["kind"],
                            item["ocr_text"],
                            item["corrected_text"],
                            _dumps(item["entities"]),
                            item["captured_on"],
                            item["summary"],
                            item["created_at"],
                            now(),
                        )
                        for item, seq in zip(evidence, seqs, strict=True)
                    ],
                )
                db.executemany(
                    """INSERT INTO drafts (case_id, kind, version, text, backend, checks, meta,
                       created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    [
                        (
                            case_id,
                            d["kind"],
                            d["version"],
                            d["text"],
                            d["backend"],
                            _dumps(d["checks"]),
                            _dumps(d["meta"]),
                            d["created_at"],
                        )
                        for d in drafts
                    ],
                )
                db.executemany(
                    """INSERT INTO contact_roles (case_id, sender, role, updated_at)
                       VALUES (?, ?, ?, ?)""",
                    [(case_id, sender, role, now()) for sender, role in roles.items()],
                )
                self._audit(db, case_id, "case.import", title=title, evidence=len(evidence))
        except BaseException:
            self._drop_unreferenced(written)
            raise
        return case_id

    def steps(self, case_id: str) -> dict[str, str]:
        """Step -> status for one case."""
        with self._read() as db:
            self._require_case(db, case_id)
            rows = db.execute("SELECT step, status FROM steps WHERE case_id = ?", (case_id,))
            found = {row["step"]: row["status"] for row in rows}
        return {step: found.get(step, "todo") for step in STEPS}

    # audit

    def record(self, case_id: str, action: str, **detail: Any) -> None:
        """Write one event that changes no row (a facts review, an export) to the audit log."""
        with self._write() as db:
            self._touch(db, case_id)
            self._audit(db, case_id, action, **detail)

    def audit_log(self, case_id: str) -> list[dict]:
        """Every change to the case, oldest first: {"at", "action", "detail"}."""
        with self._read() as db:
            self._require_case(db, case_id)
            rows = db.execute(
                "SELECT at, action, detail FROM audit WHERE case_id = ? ORDER BY rowid", (case_id,)
            ).fetchall()
        return [
            {"at": row["at"], "action": row["action"], "detail": json.loads(row["detail"])}
            for row in rows
        ]

    def integrity_check(self) -> str:
        """SQLite's own consistency check ("ok" when healthy)."""
        with self._read() as db:
            return db.execute("PRAGMA integrity_check").fetchone()[0]

    def case_row(self, case_id: str) -> dict[str, str]:
        """Title and timestamps of one case."""
        with self._read() as db:
            row = self._require_case(db, case_id)
        return {key: row[key] for key in ("id", "title", "created_at", "updated_at")}
