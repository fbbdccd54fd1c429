"""Locking existing data in place and changing the passphrase, atomically under kill -9.

The encrypted copy is built beside the data in `.lock-staging/` (its `lock.json` first, then the
DB and the files, all fsynced); the one switch is renaming that `lock.json` onto the data dir's.
Before the switch an interrupted run leaves the old store and a staging folder that is dropped;
after it, `finish_pending` moves the staged DB and files into place (each step idempotent).
Within this process no write is lost to a switch (casefile.store.writers): it waits for running
store writes, holds new ones off, and is refused while a transcription is still to write.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from casefile.store.base import DB_NAME, FILES_DIR
from casefile.store.crypto import (
    LOCK_NAME,
    StoreKey,
    is_locked,
    new_lock,
    read_header,
    unlock,
    write_header,
)
from casefile.store.writers import switching
from errors import StoreLocked

STAGING = ".lock-staging"
_OLD_FILES = "old-files"
# settings.ocr_cache_dir's name: a plain cache (or one under the old key) must not outlive a switch.
OCR_CACHE = "ocr-cache"


def lock_existing(data_dir: Path, passphrase: str) -> StoreKey:
    """Encrypt a plain data dir's DB and files in place (all or nothing); the new key."""
    data_dir = Path(data_dir)
    with switching(data_dir):
        if is_locked(data_dir):
            raise StoreLocked(
                "本机数据已经加密了。",
                "The data dir is locked already.",
                "如需更换口令，请使用“更换口令”。",
                "To change the passphrase, use the change-passphrase command.",
            )
        return _rebuild(data_dir, None, passphrase)


def change_passphrase(data_dir: Path, old: str, new: str) -> StoreKey:
    """Re-key a locked data dir under a new passphrase (the new key); a wrong old one changes
    nothing."""
    data_dir = Path(data_dir)
    with switching(data_dir):
        finish_pending(data_dir)
        return _rebuild(data_dir, unlock(data_dir, old), new)


def finish_pending(data_dir: Path) -> None:
    """Complete a switch a killed process left behind, or drop its unfinished staging folder."""
    data_dir = Path(data_dir)
    staging = data_dir / STAGING
    if not staging.is_dir():
        return
    if (staging / LOCK_NAME).exists() or not is_locked(data_dir):
        shutil.rmtree(staging)  # never switched: the old store is whole
        return
    if (staging / DB_NAME).exists():
        for suffix in ("-wal", "-shm"):  # the old DB's log must not be replayed on the new one
            with contextlib.suppress(FileNotFoundError):
                (data_dir / f"{DB_NAME}{suffix}").unlink()
        os.replace(staging / DB_NAME, data_dir / DB_NAME)
    if (staging / FILES_DIR).is_dir():
        if (data_dir / FILES_DIR).is_dir():
            os.replace(data_dir / FILES_DIR, staging / _OLD_FILES)
        os.replace(staging / FILES_DIR, data_dir / FILES_DIR)
    _fsync_dir(data_dir)
    shutil.rmtree(staging)


def _rebuild(data_dir: Path, old_key: StoreKey | None, passphrase: str) -> StoreKey:
    staging = data_dir / STAGING
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(mode=0o700)
    # Dropped before the switch: a cache is only speed, and none of it may stay plain after it.
    shutil.rmtree(data_dir / OCR_CACHE, ignore_errors=True)
    header, key = new_lock(passphrase)
    write_header(staging, header)  # first: its presence marks the staging as not switched yet
    if (data_dir / DB_NAME).exists():
        _export_db(data_dir / DB_NAME, old_key, staging / DB_NAME, key)
    _copy_files(data_dir / FILES_DIR, old_key, staging / FILES_DIR, key)
    _fsync_dir(staging)
    os.replace(staging / LOCK_NAME, data_dir / LOCK_NAME)  # the switch
    _fsync_dir(data_dir)
    finish_pending(data_dir)
    if read_header(data_dir) != header:  # pragma: no cover - a second writer raced us
        raise StoreLocked("加密过程被打断。", "Locking was interrupted.", "请重试。", "Retry.")
    return key


def _export_db(source: Path, old_key: StoreKey | None, target: Path, key: StoreKey) -> None:
    """SQLCipher's own export: every table, index and the user_version, under the new key."""
    db = sqlcipher.connect(str(source), isolation_level=None)
    try:
        if old_key is not None:
            db.execute(f"PRAGMA key = \"x'{old_key.key.hex()}'\"")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute(f"ATTACH DATABASE ? AS locked KEY \"x'{key.key.hex()}'\"", (str(target),))
        db.execute("SELECT sqlcipher_export('locked')")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        db.execute(f"PRAGMA locked.user_version = {int(version)}")
        db.execute("DETACH DATABASE locked")
    finally:
        db.close()
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())
    os.chmod(target, 0o600)


def _copy_files(source: Path, old_key: StoreKey | None, target: Path, key: StoreKey) -> None:
    target.mkdir(mode=0o700)
    if not source.is_dir():
        return
    for path in sorted(source.glob("??/*")):
        if not path.is_file() or path.name.startswith("."):
            continue  # a temp file of a write that never finished
        blob = path.read_bytes()
        data = blob if old_key is None else old_key.decrypt(blob, path.name.encode())
        folder = target / path.parent.name
        folder.mkdir(exist_ok=True, mode=0o700)
        with open(folder / path.name, "wb") as handle:
            handle.write(key.encrypt(data, path.name.encode()))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(folder / path.name, 0o600)
        _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
