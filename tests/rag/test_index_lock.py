"""The index lock: two processes building at once take turns; a held lock is waited for, then
reported; a search during someone else's rebuild answers by BM25 and says so (real Chroma)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import rag.retrieval
from errors import IndexBusy
from rag.index import IndexStamp, ensure_collection, index_lock, inspect_collection
from rag.retrieval import build_retriever

ROOT = Path(__file__).resolve().parents[2]

BUILDER = textwrap.dedent(
    """
    import json, sys, time
    sys.path.insert(0, sys.argv[1])
    import settings
    from rag.retrieval import build_retriever
    from tests.rag.conftest import FakeEmbedder

    class SlowEmbedder(FakeEmbedder):
        spans = []
        def embed_documents(self, texts):
            started = time.time()
            time.sleep(1.5)  # long enough for the other process to try at the same time
            vectors = super().embed_documents(texts)
            self.spans.append((started, time.time()))
            return vectors

    embedder = SlowEmbedder()
    retriever = build_retriever(
        settings.load_settings(), embedder, corpus_dir=sys.argv[2], rebuild=True
    )
    print(json.dumps({"built": retriever.built, "spans": embedder.spans}))
    """
)

HOLDER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, sys.argv[1])
    import settings
    from rag.index import index_lock

    with index_lock(settings.load_settings()):
        print("held", flush=True)
        time.sleep(float(sys.argv[2]))
    """
)


def _start(script: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", script, str(ROOT), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy(),
    )  # fmt: skip


def _hold_lock(seconds: float) -> subprocess.Popen:
    holder = _start(HOLDER, str(seconds))
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_two_processes_building_at_once_take_turns(settings, fixture_corpus):
    builders = [_start(BUILDER, str(fixture_corpus)) for _ in range(2)]
    outputs = [builder.communicate(timeout=240) for builder in builders]
    for builder, (_out, err) in zip(builders, outputs, strict=True):
        assert builder.returncode == 0, err
    spans = sorted(span for out, _ in outputs for span in json.loads(out)["spans"])
    assert len(spans) == 2
    (_, first_end), (second_start, _) = spans
    assert second_start >= first_end, "both processes embedded and wrote at the same time"
    retriever = build_retriever(settings, _fake(), corpus_dir=fixture_corpus)
    assert not retriever.built  # what the last builder left is complete and current
    stamp = IndexStamp(retriever.corpus.content_hash, "fake:bigram-64", len(retriever.chunks))
    assert inspect_collection(settings, stamp) == (len(retriever.chunks), True)


def _fake():
    from .conftest import FakeEmbedder

    return FakeEmbedder()


def test_a_held_lock_is_waited_for_then_reported(settings, fixture_corpus):
    retriever = build_retriever(settings, _fake(), corpus_dir=fixture_corpus)
    stamp = IndexStamp(retriever.corpus.content_hash, "fake:bigram-64", len(retriever.chunks))
    holder = _hold_lock(20)
    try:
        started = time.monotonic()
        with pytest.raises(IndexBusy) as raised:
            ensure_collection(settings, retriever.chunks, stamp, _fake(), lock_timeout=0.5)
        assert 0.4 < time.monotonic() - started < 5
        assert "python cli.py index" in raised.value.message("zh")
    finally:
        holder.kill()
        holder.wait()
    with index_lock(settings, timeout=5):  # released when its holder died
        pass


def test_a_search_during_a_rebuild_elsewhere_uses_bm25_and_says_so(
    settings, fixture_corpus, monkeypatch
):
    retriever = build_retriever(settings, _fake(), corpus_dir=fixture_corpus)
    monkeypatch.setattr(rag.retrieval, "QUERY_LOCK_TIMEOUT_S", 0.3)
    holder = _hold_lock(20)
    try:
        outcome = retriever.search_outcome("受案回执", k=1)
    finally:
        holder.kill()
        holder.wait()
    assert isinstance(outcome.note, IndexBusy)
    assert outcome.passages[0].heading == "向公安机关报案 > 受案回执"
    assert retriever.search_outcome("受案回执", k=1).note is None


def test_an_open_retriever_keeps_working_after_another_process_rebuilt(settings, fixture_corpus):
    retriever = build_retriever(settings, _fake(), corpus_dir=fixture_corpus)
    rebuilder = _start(BUILDER, str(fixture_corpus))
    _, err = rebuilder.communicate(timeout=240)
    assert rebuilder.returncode == 0, err
    assert [p.heading for p in retriever.search_dense("受案回执", k=1)] == [
        "向公安机关报案 > 受案回执"
    ]
