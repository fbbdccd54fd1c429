"""The Chroma index (real Chroma, fake embedder): rebuilds exactly when corpus or model change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import settings as settings_module
from errors import ModelMissing
from rag.index import COLLECTION, chroma_path, open_client
from rag.retrieval import build_retriever

from .conftest import FakeEmbedder


def test_second_build_reuses_the_index_without_embedding(settings, fixture_corpus, fake_embedder):
    first = build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus)
    assert first.built
    assert fake_embedder.documents_embedded == len(first.chunks) == 7
    again = build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus)
    assert not again.built
    assert fake_embedder.document_calls == 1
    assert [p.heading for p in again.search_dense("受案回执", k=1)] == ["向公安机关报案 > 受案回执"]


def test_a_changed_file_triggers_a_rebuild(settings, fixture_corpus, fake_embedder):
    build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus)
    path = fixture_corpus / "wellbeing-help.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n## 新的一节\n\n找朋友聊聊。\n", "utf-8")
    rebuilt = build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus)
    assert rebuilt.built
    assert fake_embedder.document_calls == 2
    assert any(c.section == "新的一节" for c in rebuilt.chunks)
    assert "心理压力 > 新的一节" in [p.heading for p in rebuilt.search_dense("找朋友聊聊", k=2)]


def test_a_removed_file_triggers_a_rebuild_and_leaves_no_stale_passage(
    settings, fixture_corpus, fake_embedder
):
    build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus)
    (fixture_corpus / "debt-rates.md").unlink()
    rebuilt = build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus)
    assert rebuilt.built
    assert all(p.topic != "debt" for p in rebuilt.search_dense("利率上限", k=10))


def test_a_different_model_id_triggers_a_rebuild(settings, fixture_corpus, fake_embedder):
    build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus)
    other = FakeEmbedder(model_id="fake:other-model")
    assert build_retriever(settings, other, corpus_dir=fixture_corpus).built
    assert other.document_calls == 1
    assert not build_retriever(settings, other, corpus_dir=fixture_corpus).built


def test_rebuild_flag_forces_a_rebuild(settings, fixture_corpus, fake_embedder):
    build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus)
    assert build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus, rebuild=True).built
    assert fake_embedder.document_calls == 2


def test_collection_stores_model_id_and_hash_not_a_path(settings, fixture_corpus, fake_embedder):
    retriever = build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus)
    collection = open_client(settings).get_collection(COLLECTION)
    assert collection.metadata["model_id"] == "fake:bigram-64"
    assert collection.metadata["corpus_hash"] == retriever.corpus.content_hash
    assert collection.count() == len(retriever.chunks)
    assert str(settings.data_dir) in str(chroma_path(settings))


def test_chroma_never_falls_back_to_its_default_embedding_function(
    settings, fixture_corpus, fake_embedder, monkeypatch: pytest.MonkeyPatch
):
    from chromadb.utils import embedding_functions

    def refuse(self, input):
        raise AssertionError("Chroma's default embedding function was used")

    monkeypatch.setattr(embedding_functions.DefaultEmbeddingFunction, "__call__", refuse)
    build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus)
    # Even a text query on a collection opened without naming an embedding function goes
    # through our embedder (rebuilt from the persisted config), never the downloading default.
    collection = open_client(settings).get_collection(COLLECTION)
    assert collection.metadata["model_id"] == fake_embedder.model_id
    result = collection.query(query_texts=["受案回执"], n_results=1)
    assert result["metadatas"][0][0]["heading"] == "向公安机关报案 > 受案回执"


def test_an_interrupted_build_is_detected_and_redone(settings, fixture_corpus, fake_embedder):
    retriever = build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus)
    collection = open_client(settings).get_collection(COLLECTION)
    collection.delete(ids=[retriever.chunks[0].id])  # as if the add stopped half-way
    assert build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus).built


def test_a_broken_local_index_is_rebuilt(tmp_path: Path, fixture_corpus, fake_embedder):
    # A fresh data dir whose index folder holds garbage where Chroma expects its database.
    data_dir = tmp_path / "broken-data"
    settings = settings_module.load_settings({"CS_DATA_DIR": str(data_dir)})
    path = chroma_path(settings)
    path.mkdir(parents=True)
    (path / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    retriever = build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus)
    assert retriever.built
    assert retriever.search_dense("受案回执", k=1)
    shutil.rmtree(data_dir)


def test_a_missing_model_is_reported_as_such_and_keeps_the_old_index(
    settings, fixture_corpus, fake_embedder, tmp_path: Path
):
    from rag.embedder import SentenceTransformerEmbedder

    build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus)
    missing = SentenceTransformerEmbedder(tmp_path / "no-model")
    with pytest.raises(ModelMissing):
        build_retriever(settings, missing, corpus_dir=fixture_corpus)
    # The old index survived the failed rebuild.
    assert not build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus).built


def test_index_status_tells_doctor_whether_the_index_is_current(
    settings, fixture_corpus, fake_embedder, monkeypatch: pytest.MonkeyPatch
):
    from rag.retrieval import IndexStatus, index_status

    # doctor asks with the configured model; here that is the fake one.
    monkeypatch.setattr("rag.embedder.build_embedder", lambda s: fake_embedder)
    assert index_status(settings, corpus_dir=fixture_corpus) == IndexStatus(7, 0, False)
    build_retriever(settings, fake_embedder, corpus_dir=fixture_corpus)
    assert index_status(settings, corpus_dir=fixture_corpus) == IndexStatus(7, 7, True)
    (fixture_corpus / "debt-rates.md").unlink()
    assert index_status(settings, corpus_dir=fixture_corpus) == IndexStatus(5, 7, False)
    assert fake_embedder.document_calls == 1
