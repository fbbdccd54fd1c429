"""The durable case store: one SQLite file (WAL) plus original files stored once by SHA-256.

Every write is one transaction, and every change is written to an audit log in the same
transaction. `CaseStore` is assembled from one part per kind of row, each in its own module:
`casefile.store.base` (connections, transactions, files, audit log), `casefile.store.cases`,
`casefile.store.evidence`, `casefile.store.drafts` and `casefile.store.restore`. Schema changes
live in `casefile.store.migrations` (append-only); row types and helpers in
`casefile.store.records`. Every public name stays importable from here.
"""

from __future__ import annotations

from casefile.store.base import DB_NAME, FILES_DIR
from casefile.store.cases import ROLES_FIELD, CaseMethods
from casefile.store.drafts import DraftMethods
from casefile.store.evidence import EvidenceMethods
from casefile.store.migrations import (
    MIGRATIONS,
    m001_initial,
    m002_contact_roles,
    migrate,
    migration,
)
from casefile.store.records import (
    STEP_STATUSES,
    STEPS,
    CaseSummary,
    DraftVersion,
    StoredEvidence,
    evidence_item,
    now,
    sha256_hex,
)
from casefile.store.restore import RestoreMethods

__all__ = [
    "DB_NAME",
    "FILES_DIR",
    "MIGRATIONS",
    "ROLES_FIELD",
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


class CaseStore(CaseMethods, EvidenceMethods, DraftMethods, RestoreMethods):
    """Cases, evidence, facts, drafts and an audit log in `data_dir/cases.sqlite3`.

    Thread-safe: each call opens its own connection (Streamlit shares one store between sessions).
    """
