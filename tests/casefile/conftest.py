"""Fixtures of the casefile tests: a fresh store, and one holding the seeded case."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefile.store import CaseStore
from tests.casefile.casefile_seed import seed


@pytest.fixture
def store(tmp_path: Path) -> CaseStore:
    return CaseStore(tmp_path / "store")


@pytest.fixture
def seeded(store: CaseStore) -> tuple[CaseStore, str]:
    return store, seed(store)
