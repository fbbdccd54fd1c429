"""Unusable vectors are caught, never stored, and search falls back to BM25 saying so (fakes)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from types import SimpleNamespace

import numpy as np
import pytest

from errors import EmbeddingFailed
from rag.embedder import (
    SentenceTransformerEmbedder,
    align_torch_threads,
    bad_vectors,
    embedding_failed,
)
from rag.index import COLLECTION, open_client
from rag.retrieval import build_retriever, search_with_note

from .conftest import FakeEmbedder


class NaNEmbedder(FakeEmbedder):
    """Like the bf16 EmbeddingGemma under OMP_THREAD_LIMIT=1 was: NaN for every text."""

    def __init__(self, *, documents_ok: bool = False) -> None:
        super().__init__(model_id="fake:nan")
        self.documents_ok = documents_ok

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        if self.documents_ok:
            return super().embed_documents(texts)
        return [[math.nan] * self.dims for _ in texts]

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        raise embedding_failed("NaN")


class UncheckedNaNEmbedder(FakeEmbedder):
    """An embedder that does not check its own output: the index must refuse it anyway."""

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        vectors = super().embed_documents(texts)
        vectors[0][0] = math.nan
        return vectors


def test_bad_vectors_finds_nan_inf_and_wrong_size():
    assert bad_vectors([[0.6, 0.8], [math.nan, 1.0], [math.inf, 0.0], [1.0]], dims=2) == [1, 2, 3]
    assert bad_vectors([[0.6, 0.8]], dims=2) == []
    assert bad_vectors([[]]) == [0]


def test_torch_threads_follow_omp_thread_limit():
    calls = []
    fake_torch = SimpleNamespace(
        get_num_threads=lambda: calls[-1] if calls else 8, set_num_threads=calls.append
    )
    assert align_torch_threads(fake_torch, {"OMP_THREAD_LIMIT": "1"}) == 1
    assert calls == [1]
    calls.clear()
    assert align_torch_threads(fake_torch, {}) == 8
    assert align_torch_threads(fake_torch, {"OMP_THREAD_LIMIT": "junk"}) == 8
    assert calls == []


class _FakeModel:
    """Stands in for SentenceTransformer: NaN in bfloat16, good vectors once made float32."""

    def __init__(self, nan_in_float32: bool = False) -> None:
        self.floated = False
        self.nan_in_float32 = nan_in_float32

    def float(self):
        self.floated = True
        return self

    def encode_query(self, texts, **options):
        if self.floated and not self.nan_in_float32:
            return np.tile(np.array([0.6, 0.8], dtype=np.float32), (len(texts), 1))
        return np.full((len(texts), 2), np.nan, dtype=np.float32)


def _embedder_with(model: _FakeModel, tmp_path) -> SentenceTransformerEmbedder:
    embedder = SentenceTransformerEmbedder(tmp_path)
    embedder._model = model
    embedder.dims = 2
    return embedder


def test_nan_vectors_are_retried_in_float32(tmp_path):
    embedder = _embedder_with(_FakeModel(), tmp_path)
    assert embedder.embed_queries(["问题"]) == [[pytest.approx(0.6), pytest.approx(0.8)]]
    assert (embedder.dtype, embedder.retries) == ("float32", 1)


def test_nan_vectors_that_stay_nan_raise_a_clear_error(tmp_path):
    embedder = _embedder_with(_FakeModel(nan_in_float32=True), tmp_path)
    with pytest.raises(EmbeddingFailed) as raised:
        embedder.embed_queries(["问题"])
    assert "关键词检索" in raised.value.message("zh")
    assert "OMP_THREAD_LIMIT" in raised.value.message("zh")


def test_the_index_never_stores_nan_vectors(settings, fixture_corpus):
    with pytest.raises(EmbeddingFailed):
        build_retriever(settings, UncheckedNaNEmbedder(), corpus_dir=fixture_corpus, strict=True)
    names = {getattr(c, "name", c) for c in open_client(settings).list_collections()}
    assert COLLECTION not in names


def test_a_failing_embedder_at_build_time_leaves_bm25_search_with_a_note(settings, fixture_corpus):
    retriever = build_retriever(settings, NaNEmbedder(), corpus_dir=fixture_corpus)
    assert isinstance(retriever.dense_error, EmbeddingFailed)
    outcome = search_with_note(retriever, "受案回执", k=2)
    assert isinstance(outcome.note, EmbeddingFailed)
    assert outcome.passages[0].heading == "向公安机关报案 > 受案回执"
    assert [p.heading for p in retriever.search("受案回执", k=2)] == [
        p.heading for p in outcome.passages
    ]


def test_a_failing_query_vector_falls_back_to_bm25_with_a_note(settings, fixture_corpus):
    retriever = build_retriever(settings, NaNEmbedder(documents_ok=True), corpus_dir=fixture_corpus)
    assert retriever.dense_error is None
    outcome = retriever.search_outcome("关闭联系人权限", k=3)
    assert isinstance(outcome.note, EmbeddingFailed)
    assert outcome.passages[0].heading == "要求删除通讯录数据 > 关闭权限"


def test_a_good_embedder_gives_no_note(settings, fixture_corpus, fake_embedder):
    retriever = build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus)
    assert retriever.search_outcome("受案回执", k=2).note is None


def test_stand_in_retrievers_with_only_search_still_work():
    class OnlySearch:
        def search(self, query, k=5):
            return ["p"]

    outcome = search_with_note(OnlySearch(), "问题", k=1)
    assert (outcome.passages, outcome.note) == (["p"], None)


def test_cli_index_fails_loudly_when_the_embedder_returns_nan(fixture_corpus, monkeypatch, capsys):
    import cli

    _cli_uses(fixture_corpus, monkeypatch)
    assert cli.main(["index"]) == 2
    err = capsys.readouterr().err
    assert "向量模型返回了无效结果" in err
    assert "Traceback" not in err


def test_cli_search_says_when_it_searched_by_keywords_only(fixture_corpus, monkeypatch, capsys):
    import cli

    _cli_uses(fixture_corpus, monkeypatch)
    assert cli.main(["search", "受案回执", "-k", "1", "--json"]) == 0
    captured = capsys.readouterr()
    assert "BM25" in captured.err
    assert "受案回执" in captured.out


def _cli_uses(corpus_dir, monkeypatch) -> None:
    """Make `cli.py` build its retriever on `corpus_dir` with the NaN embedder."""
    import rag.retrieval

    original = rag.retrieval.build_retriever

    def build(settings, **options):
        return original(settings, NaNEmbedder(), corpus_dir=corpus_dir, **options)

    monkeypatch.setattr(rag.retrieval, "build_retriever", build)


def test_the_guidance_page_shows_a_keyword_only_note(settings, fixture_corpus, monkeypatch):
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    import services

    retriever = build_retriever(settings, NaNEmbedder(), corpus_dir=fixture_corpus)
    monkeypatch.setattr(services, "get_retriever", lambda: retriever)
    page = Path(__file__).resolve().parents[2] / "views" / "guidance.py"
    at = AppTest.from_file(str(page), default_timeout=60)
    at.run()
    at.text_input(key="guidance.query").input("受案回执").run()
    assert not at.exception
    assert any("以下结果只按关键词查找" in warning.value for warning in at.warning)
    assert "受案回执" in at.markdown[0].value
