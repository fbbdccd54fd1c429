"""The case store tests run twice: on a plain data dir and on a locked (encrypted) one."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(params=["plain", "locked"])
def store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A fresh case store of its own, plain or locked with a passphrase."""
    from casefile.store import CaseStore, crypto
    from casefile.store.lock import create_locked

    if request.param == "plain":
        return CaseStore(tmp_path / "store")
    monkeypatch.setattr(crypto, "TIME_COST", 1)
    monkeypatch.setattr(crypto, "MEMORY_COST_KIB", 1024)
    return create_locked(tmp_path / "store", "测试口令")
