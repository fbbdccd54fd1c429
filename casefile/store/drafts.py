"""The case store's drafts: every saved version of each kind of letter, newest first."""

from __future__ import annotations

import json

from casefile.store.base import StoreBase
from casefile.store.records import DraftVersion, _dumps, now


class DraftMethods(StoreBase):
    """Drafts: numbered versions of each kind of letter."""

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
