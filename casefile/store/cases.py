"""The case store's cases: their rows, journey steps, saved facts and confirmed sender roles."""

from __future__ import annotations

import json
import uuid
from typing import Any

from casefile.model import ROLES, Case, case_from_dict, case_to_dict
from casefile.store.base import StoreBase
from casefile.store.records import (
    STEPS,
    CaseSummary,
    _case_not_found,
    _check_step,
    _dumps,
    _evidence_entry,
    _evidence_in,
    now,
)

ROLES_FIELD = "contact_roles"  # where case.json carries the confirmed roles


class CaseMethods(StoreBase):
    """Cases: create, list, rename, steps, facts and the confirmed roles of senders."""

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
        """Delete the case, its rows (audit included) and files no other case uses; VACUUM."""
        with self._write() as db:
            self._require_case(db, case_id)
            hashes = {
                row[0]
                for row in db.execute("SELECT sha256 FROM evidence WHERE case_id = ?", (case_id,))
            }
            db.execute("DELETE FROM cases WHERE id = ?", (case_id,))  # cascades
        self._drop_unreferenced(hashes)
        # Deleted rows stay readable in free pages until the file is rewritten.
        with self._connect() as db:
            db.execute("VACUUM")

    # facts

    def get_case(self, case_id: str) -> Case:
        """The saved facts plus one evidence entry per stored evidence file."""
        with self._read() as db:  # one connection for the row, its evidence and its roles
            row = self._require_case(db, case_id)
            evidence = _evidence_in(db, case_id)
            roles = self._roles_in(db, case_id)
        facts = json.loads(row["facts"])
        facts["evidence"] = [_evidence_entry(item) for item in evidence]
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
            return self._roles_in(db, case_id)

    @staticmethod
    def _roles_in(db: Any, case_id: str) -> dict[str, str]:
        rows = db.execute(
            "SELECT sender, role FROM contact_roles WHERE case_id = ? ORDER BY sender", (case_id,)
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

    def steps(self, case_id: str) -> dict[str, str]:
        """Step -> status for one case."""
        with self._read() as db:
            self._require_case(db, case_id)
            rows = db.execute("SELECT step, status FROM steps WHERE case_id = ?", (case_id,))
            found = {row["step"]: row["status"] for row in rows}
        return {step: found.get(step, "todo") for step in STEPS}

    def case_row(self, case_id: str) -> dict[str, str]:
        """Title and timestamps of one case."""
        with self._read() as db:
            row = self._require_case(db, case_id)
        return {key: row[key] for key in ("id", "title", "created_at", "updated_at")}
