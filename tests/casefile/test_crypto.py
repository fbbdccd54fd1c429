"""The data dir's lock: Argon2id key, check value, AES-GCM round trips and typed errors."""

from __future__ import annotations

import json

import pytest

from casefile.store import crypto
from errors import StoreLocked


@pytest.fixture
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small Argon2id parameters so the tests do not spend 0.5 s per key."""
    monkeypatch.setattr(crypto, "TIME_COST", 1)
    monkeypatch.setattr(crypto, "MEMORY_COST_KIB", 1024)


def test_lock_and_unlock_round_trip(tmp_path, cheap_kdf) -> None:
    header, key = crypto.new_lock("正确的口令 horse")
    crypto.write_header(tmp_path, header)
    assert crypto.is_locked(tmp_path)
    again = crypto.unlock(tmp_path, "正确的口令 horse")
    assert again.key == key.key
    blob = key.encrypt(b"13812345678", b"label")
    assert b"13812345678" not in blob
    assert again.decrypt(blob, b"label") == b"13812345678"


def test_header_never_holds_the_key(tmp_path, cheap_kdf) -> None:
    header, key = crypto.new_lock("pass")
    crypto.write_header(tmp_path, header)
    raw = (tmp_path / crypto.LOCK_NAME).read_bytes()
    assert key.key not in raw
    assert json.loads(raw)["kdf"] == "argon2id"
    assert (tmp_path / crypto.LOCK_NAME).stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [crypto.LOCK_NAME]


def test_wrong_passphrase_is_a_typed_error(tmp_path, cheap_kdf) -> None:
    header, _ = crypto.new_lock("right")
    crypto.write_header(tmp_path, header)
    with pytest.raises(StoreLocked) as caught:
        crypto.unlock(tmp_path, "wrong")
    assert "口令不对" in caught.value.message()


def test_missing_passphrase_and_unlocked_dir(tmp_path, cheap_kdf) -> None:
    with pytest.raises(StoreLocked):
        crypto.unlock(tmp_path, "any")
    assert crypto.read_header(tmp_path) is None
    header, _ = crypto.new_lock("right")
    crypto.write_header(tmp_path, header)
    with pytest.raises(StoreLocked) as caught:
        crypto.unlock(tmp_path, "")
    assert "需要输入口令" in caught.value.message()


def test_label_binds_the_blob(cheap_kdf) -> None:
    _, key = crypto.new_lock("pass")
    blob = key.encrypt(b"screenshot bytes", b"sha-a")
    with pytest.raises(StoreLocked):
        key.decrypt(blob, b"sha-b")
    damaged = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(StoreLocked):
        key.decrypt(damaged, b"sha-a")


def test_damaged_header_is_a_typed_error(tmp_path) -> None:
    (tmp_path / crypto.LOCK_NAME).write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreLocked) as caught:
        crypto.unlock(tmp_path, "pass")
    assert "已损坏" in caught.value.message()


def test_default_parameters_are_stored_and_used(tmp_path) -> None:
    header, key = crypto.new_lock("pass")
    assert (header.time_cost, header.memory_cost_kib) == (crypto.TIME_COST, crypto.MEMORY_COST_KIB)
    crypto.write_header(tmp_path, header)
    assert crypto.unlock(tmp_path, "pass").key == key.key
