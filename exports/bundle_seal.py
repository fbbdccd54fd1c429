"""Case bundles sealed with their own passphrase, for handing a case over to another laptop.

A sealed bundle is the ordinary bundle zip (exports.bundle), encrypted whole with AES-256-GCM
under a key made from the handover passphrase by Argon2id — the same derivation a locked data
dir uses, with a salt of its own. Layout: a magic line, one JSON header line (salt and Argon2id
parameters; never the key), then nonce + ciphertext + tag. The header is authenticated too:
changing a parameter makes the bundle fail to open rather than weaken it.
"""

from __future__ import annotations

import base64
import io
import json
import os
import zipfile

from casefile.store import CaseStore, crypto
from casefile.store.crypto import LockHeader, StoreKey, derive_key
from errors import BadCaseFile, StoreLocked
from exports.bundle import export_bundle, import_bundle

MAGIC = b"CONTACTSHIELD-SEALED-BUNDLE 1\n"
SEALED_SUFFIX = "csb"  # file name ending of a sealed bundle; an open one stays .zip
_MAX_HEADER = 1024


def is_sealed(data: bytes) -> bool:
    """True when `data` is a sealed (encrypted) bundle rather than an open zip."""
    return data.startswith(MAGIC)


def seal(bundle: bytes, passphrase: str) -> bytes:
    """The bundle bytes encrypted under a fresh salt and `passphrase`."""
    header, key = _sealer(passphrase)
    return MAGIC + header + key.encrypt(bundle, MAGIC + header)


def _sealer(passphrase: str) -> tuple[bytes, StoreKey]:
    """A header line with a fresh salt and the key it stands for (one Argon2id run)."""
    if not passphrase:
        raise BadCaseFile(
            "没有设置案件包口令，未导出。",
            "No passphrase was set for the bundle; nothing was exported.",
            "请输入口令（两次一致）后再导出。",
            "Enter a passphrase (twice, the same) and export again.",
        )
    params = LockHeader(
        os.urandom(crypto.SALT_BYTES),
        crypto.TIME_COST,
        crypto.MEMORY_COST_KIB,
        crypto.PARALLELISM,
        b"",
    )
    header = (
        json.dumps(
            {
                "kdf": "argon2id",
                "salt": base64.b64encode(params.salt).decode(),
                "time_cost": params.time_cost,
                "memory_cost_kib": params.memory_cost_kib,
                "parallelism": params.parallelism,
                "cipher": "aes-256-gcm",
            },
            sort_keys=True,
        ).encode()
        + b"\n"
    )
    return header, StoreKey(derive_key(passphrase, params))


def unseal(data: bytes, passphrase: str) -> bytes:
    """The bundle zip inside a sealed bundle; a wrong passphrase or damaged file is BadCaseFile."""
    if not is_sealed(data):
        raise _refuse("不是加密的案件包。", "not a sealed case bundle.")
    if not passphrase:
        raise _needs_passphrase()
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_HEADER)
    if end < 0:
        raise _refuse("文件头已损坏。", "the header is damaged.")
    header = data[len(MAGIC) : end + 1]
    try:
        raw = json.loads(header)
        if raw.get("kdf") != "argon2id" or raw.get("cipher") != "aes-256-gcm":
            raise ValueError("unknown cipher")
        params = LockHeader(
            base64.b64decode(raw["salt"], validate=True),
            int(raw["time_cost"]),
            int(raw["memory_cost_kib"]),
            int(raw["parallelism"]),
            b"",
        )
        if not (1 <= params.time_cost <= 64 and 8 <= params.memory_cost_kib <= 4 * 1024 * 1024):
            raise ValueError("Argon2id parameters out of range")
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise _refuse(f"文件头已损坏（{error}）。", f"the header is damaged ({error}).") from error
    key = StoreKey(derive_key(passphrase, params))
    try:
        return key.decrypt(data[end + 1 :], MAGIC + header)
    except StoreLocked as error:
        raise BadCaseFile(
            "案件包口令不对（或文件已损坏），未导入任何内容。",
            "Wrong passphrase for this case bundle (or the file is damaged). Nothing was imported.",
            "请向导出案件包的同事确认口令（注意大小写和输入法）后再试。",
            "Ask the colleague who exported it for the passphrase (mind letter case and input "
            "method), then try again.",
        ) from error


def export_sealed(store: CaseStore, case_id: str, passphrase: str) -> bytes:
    """The case's bundle, sealed with `passphrase` (what the 案件 page offers for a handover)."""
    return seal(export_bundle(store, case_id), passphrase)


def export_all_sealed(store: CaseStore, passphrase: str) -> bytes:
    """Every case as its own sealed bundle, in one zip (the backup offered before locking).

    Entry names are neutral (`case-01.csb`): a case title often carries a name or a phone.
    Unzip it and import each `.csb` with the passphrase.
    """
    header, key = _sealer(passphrase)  # one Argon2id run for all: each bundle has its own nonce
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:  # sealed: nothing to deflate
        for number, case in enumerate(store.list_cases(), start=1):
            bundle = export_bundle(store, case.id)
            sealed = MAGIC + header + key.encrypt(bundle, MAGIC + header)
            archive.writestr(f"case-{number:02d}.{SEALED_SUFFIX}", sealed)
    return buffer.getvalue()


def import_any(store: CaseStore, data: bytes, passphrase: str = "") -> str:
    """Import an open or a sealed bundle; a sealed one needs its passphrase. Returns the case id."""
    if is_sealed(data):
        data = unseal(data, passphrase)
    return import_bundle(store, data)


def _needs_passphrase() -> BadCaseFile:
    return BadCaseFile(
        "这个案件包已加密，需要输入导出时设置的口令。未导入任何内容。",
        "This case bundle is sealed; its passphrase is needed. Nothing was imported.",
        "请输入导出案件包时设置的口令后再导入。",
        "Enter the passphrase set when the bundle was exported, then import again.",
    )


def _refuse(zh: str, en: str) -> BadCaseFile:
    return BadCaseFile(
        f"加密案件包无法导入：{zh}",
        f"Cannot import the sealed case bundle: {en}",
        "未写入任何内容。请向对方索取由通讯录护盾导出的原始案件包。",
        "Nothing was written. Ask for the original bundle exported by ContactShield.",
    )
