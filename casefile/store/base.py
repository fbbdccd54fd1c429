"""What every part of the case store stands on: the SQLite file, transactions, files, audit.

Every write is one transaction (BEGIN IMMEDIATE … COMMIT) and writes its audit row in it;
original files are stored once by SHA-256, atomically.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from casefile.store.crypto import StoreKey, is_locked, missing_passphrase, read_header
from casefile.store.migrations import migrate
from casefile.store.records import _case_not_found, _dumps, _storage_error, now
from casefile.store.writers import writing
from errors import StorageError, StoreLocked

DB_NAME = "cases.sqlite3"
FILES_DIR = "files"
# settings.ocr_cache_dir's name: text read off a screenshot goes when the screenshot goes.
OCR_CACHE_DIR = "ocr-cache"
# A locked store's connections come from SQLCipher, whose errors are not sqlite3's own classes.
_OPERATIONAL = (sqlite3.OperationalError, sqlcipher.OperationalError)
_DB_ERRORS = (sqlite3.Error, sqlcipher.Error)


class StoreBase:
    """The store's SQLite file, its connections and transactions, stored files and audit log.

    Thread-safe: each call opens its own connection (Streamlit shares one store between sessions).
    With `key` (a locked data dir) the DB is SQLCipher and every stored file is AES-GCM.
    A store opened before its data dir was locked or re-keyed refuses every later write and read
    (typed, in Chinese): its write would land in the replaced file, or in plaintext.
    """

    def __init__(self, data_dir: Path, key: StoreKey | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.key = key
        if key is None and is_locked(self.data_dir):
            raise missing_passphrase()
        self.db_path = self.data_dir / DB_NAME
        self.files_dir = self.data_dir / FILES_DIR
        self._salt = self._lock_salt()  # which lock (if any) this store was opened under
        self._pinned = threading.local()  # this thread's connection inside reusing_connection()
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.chmod(self.data_dir, 0o700)  # mkdir's mode is masked by umask
            self.files_dir.mkdir(exist_ok=True, mode=0o700)
            with self._connect() as db:
                db.execute("PRAGMA journal_mode=WAL")
                migrate(db)
        except (OSError, *_DB_ERRORS) as error:
            raise _storage_error(error, self.data_dir) from error

    # connection handling

    def _open(self) -> sqlite3.Connection:
        if self.key is None:
            db = sqlite3.connect(self.db_path, timeout=30, isolation_level=None)
            db.row_factory = sqlite3.Row
        else:
            db = sqlcipher.connect(str(self.db_path), timeout=30, isolation_level=None)
            # A raw key: Argon2id already stretched the passphrase; SQLCipher's own KDF is skipped.
            db.execute(f"PRAGMA key = \"x'{self.key.key.hex()}'\"")
            db.row_factory = sqlcipher.Row
        db.execute("PRAGMA foreign_keys=ON")
        # FULL: a committed correction survives even a power cut, not only a killed process.
        db.execute("PRAGMA synchronous=FULL")
        return db

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        pinned = getattr(self._pinned, "db", None)
        if pinned is not None:
            yield pinned
            return
        db = self._open()
        try:
            yield db
        finally:
            db.close()

    @contextlib.contextmanager
    def reusing_connection(self) -> Iterator[None]:
        """Every call of this thread inside the block shares one connection (a listing of many
        cases: opening one costs more than reading a case); outside it each call opens its own."""
        if getattr(self._pinned, "db", None) is not None:  # nested: the outer block's connection
            yield
            return
        try:
            db = self._open()
        except _DB_ERRORS as error:
            raise self._db_error(error) from error
        self._pinned.db = db
        try:
            yield
        finally:
            self._pinned.db = None
            db.close()

    def _lock_salt(self) -> bytes | None:
        header = read_header(self.data_dir) if self.key is not None else None
        return header.salt if header is not None else None

    def _is_stale(self) -> bool:
        """True when the data dir was locked, unlocked or re-keyed since this store opened."""
        if self.key is None:
            return is_locked(self.data_dir)
        header = read_header(self.data_dir)
        return header is None or header.salt != self._salt

    def _check_current(self) -> None:
        if self._is_stale():
            raise stale_store()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT), rolled back on any error.

        Held against a switch of the data dir (casefile.store.writers): none can start while
        it runs, and a store opened before one refuses instead of writing.
        """
        with writing(self.data_dir):
            self._check_current()
            try:
                with self._connect() as db:
                    db.execute("BEGIN IMMEDIATE")
                    try:
                        yield db
                    except BaseException:
                        with contextlib.suppress(*_DB_ERRORS):
                            db.execute("ROLLBACK")
                        raise
                    db.execute("COMMIT")
            except _DB_ERRORS as error:
                typed = self._db_error(error)
                if typed is error:
                    raise
                raise typed from error

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        try:
            with self._connect() as db:
                yield db
        except _DB_ERRORS as error:
            typed = self._db_error(error)
            if typed is error:
                raise
            raise typed from error

    def _db_error(self, error: Exception) -> Exception:
        """The typed error for a failed statement: the data dir switched, or it cannot be used."""
        if self._is_stale():  # e.g. "file is not a database": the file was replaced under us
            return stale_store()
        if isinstance(error, _OPERATIONAL):
            return _storage_error(error, self.data_dir)
        return error

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

    def read_file(self, sha256: str) -> bytes:
        """The original bytes stored under this SHA-256 (decrypted when the store is locked)."""
        blob = self.file_path(sha256).read_bytes()
        if self.key is None:
            return blob
        try:
            return self.key.decrypt(blob, sha256.encode())
        except StoreLocked as error:  # the key was proven at unlock: the file itself is bad
            raise StorageError(
                f"加密的证据文件 {sha256[:12]}… 已损坏或被替换，无法解密。",
                f"Encrypted evidence file {sha256[:12]}… is damaged or replaced.",
                "请重新上传原始截图。",
                "Upload the original screenshot again.",
            ) from error

    def _put_file(self, data: bytes, sha256: str) -> bool:
        """Store bytes by hash (atomic: temp file, fsync, rename); True if newly written."""
        with writing(self.data_dir):
            self._check_current()  # never a plain file into a data dir locked meanwhile
            return self._put_file_now(data, sha256)

    def _put_file_now(self, data: bytes, sha256: str) -> bool:
        path = self.file_path(sha256)
        if self.key is not None:
            # The hash as label: a blob moved under another name does not decrypt.
            data = self.key.encrypt(data, sha256.encode())
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

    def _drop_unreferenced(self, hashes: set[str]) -> set[str]:
        """Delete stored files no evidence row refers to any more, and their OCR cache entries;
        the hashes dropped."""
        dropped = set()
        with self._read() as db:
            for sha256 in sorted(hashes):
                used = db.execute("SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1", (sha256,))
                if used.fetchone() is None:
                    dropped.add(sha256)
                    with contextlib.suppress(FileNotFoundError):
                        self.file_path(sha256).unlink()
        drop_ocr_cache(self.data_dir / OCR_CACHE_DIR, dropped)
        return dropped

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


def stale_store() -> StoreLocked:
    """The error for a store opened before its data dir was locked or its passphrase changed."""
    return StoreLocked(
        "本机数据刚刚被加密（或更换了口令），这一步没有保存。",
        "The data dir was just locked (or its passphrase changed); this step was not saved.",
        "请重新打开页面、输入口令解锁后再做一次；之前保存的内容都还在。",
        "Reload the page, unlock with the passphrase and do it again; everything saved before is "
        "kept.",
    )


def drop_ocr_cache(directory: Path, hashes: set[str]) -> int:
    """Delete every OCR cache entry (any engine, plain or encrypted) of these image hashes.

    The layout is evidence.ocr.base.OcrCache's (`<sha[:2]>/<sha>-<namespace>.<json|enc>`); it
    lives here because deleting a case is the store's job and the store sits below evidence.
    """
    removed = 0
    for sha256 in hashes:
        for entry in (Path(directory) / sha256[:2]).glob(f"{sha256}-*"):
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
                removed += 1
    return removed
