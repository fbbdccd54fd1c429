"""Recreate a whole case (from a verified bundle) in the case store, in one transaction."""

from __future__ import annotations

import uuid
from typing import Any

from casefile.model import ROLES
from casefile.store.base import StoreBase
from casefile.store.cases import ROLES_FIELD
from casefile.store.records import STEPS, _check_kind, _check_step, _dumps, now


class RestoreMethods(StoreBase):
    """Recreating a whole case from a verified bundle."""

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
