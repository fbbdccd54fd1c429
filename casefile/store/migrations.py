"""Schema migrations of the case store, an append-only list (as in simonw/llm), and `migrate`.

Never edit or reorder a migration that has shipped, only add a new one at the end.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from casefile.store.records import now

MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = []


def migration(function: Callable[[sqlite3.Connection], None]) -> Callable[..., None]:
    """Register a schema migration; they run once each, in definition order."""
    MIGRATIONS.append(function)
    return function


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


@migration
def m001_initial(db: sqlite3.Connection) -> None:
    db.execute(
        """CREATE TABLE cases (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            facts TEXT NOT NULL DEFAULT '{"version": 1}',
            next_evidence INTEGER NOT NULL DEFAULT 1
        )"""
    )
    db.execute(
        """CREATE TABLE steps (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            step TEXT NOT NULL,
            status TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (case_id, step)
        )"""
    )
    db.execute(
        """CREATE TABLE evidence (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            filename TEXT NOT NULL,
            kind TEXT NOT NULL,
            ocr_text TEXT NOT NULL,
            corrected_text TEXT NOT NULL DEFAULT '',
            entities TEXT NOT NULL DEFAULT '{}',
            captured_on TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (case_id, id),
            UNIQUE (case_id, sha256)
        )"""
    )
    db.execute("CREATE INDEX evidence_sha256 ON evidence(sha256)")
    db.execute(
        """CREATE TABLE drafts (
            rowid INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            version INTEGER NOT NULL,
            text TEXT NOT NULL,
            backend TEXT NOT NULL,
            checks TEXT NOT NULL DEFAULT '{}',
            meta TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            UNIQUE (case_id, kind, version)
        )"""
    )
    db.execute(
        """CREATE TABLE audit (
            rowid INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}'
        )"""
    )
    db.execute("CREATE INDEX audit_case ON audit(case_id)")


@migration
def m002_contact_roles(db: sqlite3.Connection) -> None:
    """The role the user confirmed for each number or sender seen in a case's evidence."""
    db.execute(
        """CREATE TABLE contact_roles (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            sender TEXT NOT NULL,
            role TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (case_id, sender)
        )"""
    )


@migration
def m003_letters(db: sqlite3.Connection) -> None:
    """Letters sent (date, channel, to whom, reference, due date) and the replies to them."""
    db.execute(
        """CREATE TABLE letters (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            sent_on TEXT NOT NULL,
            due_on TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL DEFAULT '',
            recipient TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            exhibit TEXT NOT NULL DEFAULT '',
            answered_on TEXT NOT NULL DEFAULT '',
            answer TEXT NOT NULL DEFAULT '',
            answer_exhibit TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX letters_case ON letters(case_id)")
