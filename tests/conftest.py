"""Shared test fixtures: an isolated data dir per test, clean Streamlit caches, real models once."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import settings as settings_module  # noqa: E402 - must come before model libraries

# A page AppTest puts views/ before the repo root on sys.path, where views/evidence.py and
# views/settings.py share their names with modules of the product: import those first, so a
# later import anywhere finds the product's module in sys.modules, whatever the test order.
importlib.import_module("evidence.intake")

CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data dir, so no test sees another's cases or index."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("CS_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture(autouse=True)
def _clear_streamlit_caches():
    yield
    if "streamlit" in sys.modules:
        import streamlit as st

        st.cache_resource.clear()
        st.cache_data.clear()


@pytest.fixture
def settings(isolated_data_dir: Path) -> settings_module.Settings:
    return settings_module.load_settings()


@pytest.fixture(scope="session")
def default_settings() -> settings_module.Settings:
    return settings_module.load_settings({})


@pytest.fixture(scope="session")
def cjk_font() -> Path:
    if not CJK_FONT.is_file():
        pytest.fail(f"CJK font missing: {CJK_FONT} (make setup installs fonts-noto-cjk)")
    return CJK_FONT


@pytest.fixture(scope="session")
def real_llm(default_settings: settings_module.Settings):
    """The default GGUF through llama-cpp-python, loaded once for the whole test session."""
    from drafting.backends.llama import LlamaCppBackend

    backend = LlamaCppBackend(
        default_settings.llm_model_path,
        n_threads=default_settings.n_threads,
        n_ctx=default_settings.n_ctx,
    )
    backend.llama  # noqa: B018 - load now, so a missing model fails here clearly
    return backend


@pytest.fixture(scope="session")
def real_embedder(default_settings: settings_module.Settings):
    """EmbeddingGemma through sentence-transformers, loaded once for the whole test session."""
    from rag.embedder import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder(default_settings.embedding_model_path)
    embedder.model  # noqa: B018
    return embedder


@pytest.fixture
def store(tmp_path: Path):
    """A fresh case store of its own (the evidence tests use the data dir's store instead)."""
    from casefile.store import CaseStore

    return CaseStore(tmp_path / "store")


@pytest.fixture
def seeded(store):
    """The store holding the seeded case of tests/case_seed.py, and that case's id."""
    from tests.case_seed import seed

    return store, seed(store)
