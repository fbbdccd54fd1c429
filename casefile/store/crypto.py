"""Locking the data dir at rest: a key from the passphrase (Argon2id) and AES-GCM for bytes.

The data dir's `lock.json` holds only the salt, the Argon2id parameters and a check value (a known
text encrypted under the key), never the key: a wrong passphrase is told apart before any stored
byte is read or written.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from errors import StoreLocked

LOCK_NAME = "lock.json"
# ~0.5 s on this project's 2-core reference machine (measured: t=4, 64 MiB, 1 lane: 0.50 s).
TIME_COST = 4
MEMORY_COST_KIB = 64 * 1024
PARALLELISM = 1
SALT_BYTES = 16
NONCE_BYTES = 12
KEY_BYTES = 32
_CHECK_TEXT = b"ContactShield data dir key check v1"
_CHECK_AAD = b"lock.json/check"
_FORMAT = 1


@dataclass(frozen=True)
class LockHeader:
    """What `lock.json` says: salt, Argon2id parameters and the check value (never the key)."""

    salt: bytes
    time_cost: int
    memory_cost_kib: int
    parallelism: int
    check: bytes

    def to_json(self) -> str:
        """The header as the JSON text written to `lock.json`."""
        return json.dumps(
            {
                "format": _FORMAT,
                "kdf": "argon2id",
                "salt": base64.b64encode(self.salt).decode(),
                "time_cost": self.time_cost,
                "memory_cost_kib": self.memory_cost_kib,
                "parallelism": self.parallelism,
                "cipher": "aes-256-gcm",
                "check": base64.b64encode(self.check).decode(),
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> LockHeader:
        """Read a header written by `to_json`; a damaged one is a typed error."""
        try:
            raw = json.loads(text)
            if raw.get("format") != _FORMAT or raw.get("kdf") != "argon2id":
                raise ValueError("unknown lock format")
            return cls(
                salt=base64.b64decode(raw["salt"], validate=True),
                time_cost=int(raw["time_cost"]),
                memory_cost_kib=int(raw["memory_cost_kib"]),
                parallelism=int(raw["parallelism"]),
                check=base64.b64decode(raw["check"], validate=True),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise _damaged_lock(error) from error


@dataclass(frozen=True)
class StoreKey:
    """The unlocked key: encrypts and decrypts bytes with AES-256-GCM, bound to a label."""

    key: bytes

    def encrypt(self, data: bytes, label: bytes = b"") -> bytes:
        """Nonce + ciphertext + tag; `label` (e.g. a file's hash) must match on decrypt."""
        nonce = os.urandom(NONCE_BYTES)
        return nonce + AESGCM(self.key).encrypt(nonce, data, label)

    def decrypt(self, blob: bytes, label: bytes = b"") -> bytes:
        """The plain bytes of `encrypt`'s output; a wrong key, label or damaged blob is an error."""
        try:
            return AESGCM(self.key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], label)
        except (InvalidTag, ValueError) as error:
            raise _wrong_passphrase() from error


def derive_key(passphrase: str, header: LockHeader) -> bytes:
    """The 32-byte key for this passphrase under the header's salt and Argon2id parameters."""
    if not passphrase:
        raise missing_passphrase()
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        header.salt,
        time_cost=header.time_cost,
        memory_cost=header.memory_cost_kib,
        parallelism=header.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def new_lock(passphrase: str) -> tuple[LockHeader, StoreKey]:
    """A fresh salt, the key for `passphrase` and a header whose check value proves that key."""
    draft = LockHeader(os.urandom(SALT_BYTES), TIME_COST, MEMORY_COST_KIB, PARALLELISM, b"")
    key = StoreKey(derive_key(passphrase, draft))
    check = key.encrypt(_CHECK_TEXT, _CHECK_AAD)
    return LockHeader(draft.salt, TIME_COST, MEMORY_COST_KIB, PARALLELISM, check), key


def unlock_with(header: LockHeader, passphrase: str) -> StoreKey:
    """The key if `passphrase` is right (checked against the header); else StoreLocked."""
    key = StoreKey(derive_key(passphrase, header))
    if key.decrypt(header.check, _CHECK_AAD) != _CHECK_TEXT:
        raise _wrong_passphrase()
    return key


def read_header(data_dir: Path) -> LockHeader | None:
    """The data dir's lock header, or None when the data dir is not locked."""
    path = Path(data_dir) / LOCK_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return LockHeader.from_json(text)


def is_locked(data_dir: Path) -> bool:
    """True when the data dir holds a lock header (its data is encrypted)."""
    return (Path(data_dir) / LOCK_NAME).is_file()


def unlock(data_dir: Path, passphrase: str) -> StoreKey:
    """The key of a locked data dir; StoreLocked when it is wrong, missing or not locked."""
    header = read_header(data_dir)
    if header is None:
        raise StoreLocked(
            "这个数据目录没有加密，不需要口令。",
            "This data dir is not locked; no passphrase is needed.",
            "直接打开即可。",
            "Open it without a passphrase.",
        )
    return unlock_with(header, passphrase)


def write_header(data_dir: Path, header: LockHeader) -> None:
    """Write `lock.json` atomically (temp file, fsync, rename, fsync the folder)."""
    data_dir = Path(data_dir)
    path = data_dir / LOCK_NAME
    temp = data_dir / f".{LOCK_NAME}.{uuid.uuid4().hex}.tmp"
    with open(temp, "w", encoding="utf-8") as handle:
        handle.write(header.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(temp, 0o600)
    os.replace(temp, path)
    folder = os.open(data_dir, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def missing_passphrase() -> StoreLocked:
    """The error for a locked data dir opened without a passphrase."""
    return StoreLocked(
        "本机数据已加密，需要输入口令才能打开。",
        "The data dir is locked; a passphrase is needed to open it.",
        "请输入设置保护时的口令（命令行可用 CS_PASSPHRASE_FILE 指定口令文件）。",
        "Enter the passphrase set when locking (CLI: point CS_PASSPHRASE_FILE at a file).",
    )


def _wrong_passphrase() -> StoreLocked:
    return StoreLocked(
        "口令不对，数据没有被改动。",
        "Wrong passphrase; nothing was changed.",
        "请检查大小写和输入法后再试。忘记口令则数据无法找回。",
        "Check letter case and input method, then try again. A forgotten passphrase cannot be "
        "recovered.",
    )


def _damaged_lock(error: Exception) -> StoreLocked:
    return StoreLocked(
        f"加密信息文件 {LOCK_NAME} 已损坏，无法解锁（{error}）。",
        f"The lock file {LOCK_NAME} is damaged and cannot be used ({error}).",
        "请从备份恢复这个文件；不要删除数据目录里的其他文件。",
        "Restore this file from a backup; do not delete the other files in the data dir.",
    )
