"""Opening the case store, locked or plain: the one door every command and page goes through."""

from __future__ import annotations

import os
from pathlib import Path

from casefile.store import CaseStore
from casefile.store.base import DB_NAME, FILES_DIR
from casefile.store.crypto import is_locked, missing_passphrase, new_lock, unlock, write_header
from casefile.store.relock import finish_pending
from errors import StoreLocked


def open_store(data_dir: Path, passphrase: str | None = None) -> CaseStore:
    """The case store in `data_dir`, unlocked with `passphrase` when the data dir is locked."""
    data_dir = Path(data_dir)
    if not is_locked(data_dir):
        finish_pending(data_dir)  # drops a locking that was killed before its switch
        return CaseStore(data_dir)
    if not passphrase:
        raise missing_passphrase()
    key = unlock(data_dir, passphrase)  # proven before anything on disk is touched
    finish_pending(data_dir)
    return CaseStore(data_dir, key)


def create_locked(data_dir: Path, passphrase: str) -> CaseStore:
    """A new, empty locked store; a data dir that already holds cases is refused."""
    data_dir = Path(data_dir)
    if is_locked(data_dir) or (data_dir / DB_NAME).exists() or _has_files(data_dir):
        raise StoreLocked(
            "这个数据目录里已经有数据，不能直接新建加密存储。",
            "This data dir already holds data; a new locked store cannot be made here.",
            "请使用“保护本机数据”把现有数据加密，或换一个空目录。",
            "Use the lock command to encrypt the existing data, or choose an empty folder.",
        )
    header, key = new_lock(passphrase)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_header(data_dir, header)
    return CaseStore(data_dir, key)


def _has_files(data_dir: Path) -> bool:
    files = data_dir / FILES_DIR
    return files.is_dir() and any(os.scandir(files))
