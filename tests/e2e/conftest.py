"""Browser-journey fixtures: the guidance index built once, three generated screenshots."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.append(str(ROOT / "tests"))
sys.path.append(str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def guidance_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An `index/` folder built once per session (about a minute) and copied into each journey.

    CS_E2E_INDEX names an index folder built before (`cli.py index` into some CS_DATA_DIR) to
    reuse instead, for a machine too busy to build one within the time limit; a stale one is
    rebuilt by the app itself on the first search.
    """
    prebuilt = os.environ.get("CS_E2E_INDEX")
    if prebuilt and Path(prebuilt, "chroma").is_dir():
        return Path(prebuilt)
    data_dir = tmp_path_factory.mktemp("e2e-index")
    subprocess.run(
        [sys.executable, "cli.py", "index", "--json"],
        cwd=ROOT,
        env={**os.environ, "CS_DATA_DIR": str(data_dir)},
        check=True,
        capture_output=True,
        timeout=600,
    )
    index = data_dir / "index"
    assert index.is_dir(), "cli.py index made no index folder"
    return index


@pytest.fixture(scope="session")
def journey_screens(tmp_path_factory: pytest.TempPathFactory):
    """Three generated phone screenshots with known text (a chat, an SMS list, a call log)."""
    from synthetic_screens import generate_screens

    return generate_screens(3, seed=7, out_dir=tmp_path_factory.mktemp("e2e-screens"))


class FakeRetriever:
    """Stands in for the guidance index (its real build takes a minute; tested in tests/rag)."""

    def search(self, query: str, k: int = 5) -> list:
        from rag.retrieval import Passage

        return [
            Passage(
                source="police-report.md",
                heading="报警与报案 > 带上什么材料",
                topic="police",
                text="带上身份证、情况说明和截图证据，到派出所报案，索取受案回执。",
                score=1.0,
                articles=("《治安管理处罚法》第九十条",),
            )
        ][:k]


@pytest.fixture
def fast_services(monkeypatch: pytest.MonkeyPatch) -> None:
    """No model loads: a fake doctor and retriever, the template drafting backend."""
    import doctor
    import rag.embedder
    import rag.retrieval

    check = SimpleNamespace(
        title="Tesseract", as_dict=lambda: {"name": "tesseract", "ok": True, "detail": "5.3"}
    )
    monkeypatch.setattr(doctor, "run_checks", lambda settings, lang: [check])
    monkeypatch.setattr(rag.embedder, "build_embedder", lambda settings: object())
    monkeypatch.setattr(rag.retrieval, "build_retriever", lambda *a, **k: FakeRetriever())
    monkeypatch.setenv("CS_LLM_BACKEND", "template")
