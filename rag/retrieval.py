"""Hybrid retrieval over the guidance corpus: dense (Chroma) + BM25, fused, exact articles first.

Public API (used by drafting and the 指南 page): `Passage`, `Retriever`, `build_retriever`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from errors import ContactShieldError, EmbeddingFailed, IndexBusy
from rag.chunking import Chunk, Cite, default_cite
from rag.corpus import CORPUS_DIR, Corpus, load_corpus
from rag.index import (
    IndexStamp,
    ensure_collection,
    index_busy,
    index_lock,
    query_dense,
    reopen_collection,
)
from rag.lexical import Bm25Index

if TYPE_CHECKING:
    from rag.embedder import Embedder
    from settings import Settings

# Reciprocal rank fusion (Cormack et al. 2009), weighted. k=60 suits rankings of ~1000 documents;
# our corpus has ~80 passages, where a small k keeps the signal of the very top ranks.
RRF_K = 10
# Dense carries more weight: colloquial questions rarely share words with the guidance
# (派出所/报警 vs 公安机关/报案), so BM25 refines the dense ranking rather than voting equally.
DENSE_WEIGHT = 1.0
LEXICAL_WEIGHT = 0.5
# Each further passage from the same guide file counts this much less (0.5, 0.25, …): a reader
# is better served by the best section of several guides than by five sections of one.
SAME_SOURCE_DECAY = 0.5
# How deep each ranking goes before fusion; the corpus is small, so this is most of it.
FUSION_DEPTH = 50
# Passages citing an article the query names go first: their score is lifted by this much.
EXACT_BOOST = 1.0
# Query vectors remembered per retriever (oldest dropped first).
QUERY_CACHE_SIZE = 512
# A search waits this long for another process rebuilding the index, then answers by BM25 alone.
QUERY_LOCK_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class Passage:
    """One retrieved guidance passage (a `##` section) and its score for the query."""

    source: str  # corpus file name, e.g. "police-report.md"
    heading: str  # "Title > Section"
    topic: str
    text: str
    score: float
    articles: tuple[str, ...]  # citations in it, formatted "《个人信息保护法》第47条"

    def as_dict(self) -> dict[str, Any]:
        """The `cli.py search --json` shape of SPEC § 3."""
        return {
            "source": self.source,
            "heading": self.heading,
            "topic": self.topic,
            "text": self.text,
            "score": round(self.score, 6),
        }


@dataclass(frozen=True)
class SearchOutcome:
    """Passages found, and why the dense half was left out (None when it was not)."""

    passages: list[Passage]
    note: ContactShieldError | None = None


def _passage(chunk: Chunk, score: float) -> Passage:
    return Passage(
        source=chunk.source,
        heading=chunk.heading,
        topic=chunk.topic,
        text=chunk.text,
        score=score,
        articles=chunk.articles,
    )


def fuse(
    rankings: Sequence[Sequence[str]],
    k: int = RRF_K,
    weights: Sequence[float] | None = None,
) -> list[tuple[str, float]]:
    """Weighted reciprocal rank fusion: sum of w/(k + rank), best first (ties by id)."""
    weights = weights or [1.0] * len(rankings)
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))


def diversify(
    ranking: Sequence[tuple[str, float]],
    source_of: dict[str, str],
    decay: float = SAME_SOURCE_DECAY,
) -> dict[str, float]:
    """Scale the n-th passage (0-based) of each source by decay**n, walking the ranking in order."""
    seen: dict[str, int] = {}
    scores = {}
    for item, score in ranking:
        source = source_of.get(item, item)
        scores[item] = score * decay ** seen.get(source, 0)
        seen[source] = seen.get(source, 0) + 1
    return scores


class Retriever:
    """Searches one loaded corpus; read-only after construction, safe to share across sessions."""

    def __init__(
        self,
        corpus: Corpus,
        collection: Any,
        embedder: Embedder,
        *,
        built: bool = False,
        seconds: float = 0.0,
        cite: Cite | None = None,
        settings: Settings | None = None,
        dense_error: ContactShieldError | None = None,
    ) -> None:
        self.corpus = corpus
        self.chunks: tuple[Chunk, ...] = corpus.chunks
        self.embedder = embedder
        self.built = built  # whether the dense index was (re)built when this retriever was made
        self.seconds = seconds  # time spent loading the corpus and checking/building the index
        self._collection = collection
        # None: queries need no inter-process lock (tests that hand in a collection).
        self._settings = settings
        # Why there is no dense index at all (the embedder failed while building it).
        self.dense_error = dense_error
        self._cite = cite or default_cite
        self._by_id = {chunk.id: chunk for chunk in self.chunks}
        self._bm25 = Bm25Index([chunk.indexed_text for chunk in self.chunks])
        self._vectors: dict[str, list[float]] = {}
        self._cache_lock = threading.Lock()

    # -- the three rankings ----------------------------------------------------------------

    def _query_vector(self, query: str) -> list[float]:
        # The page reruns on every widget change and tests ask dense and hybrid the same
        # question: embedding a query costs far more than the search itself.
        with self._cache_lock:
            vector = self._vectors.get(query)
        if vector is None:
            vector = self.embedder.embed_queries([query])[0]
            with self._cache_lock:
                if len(self._vectors) >= QUERY_CACHE_SIZE:
                    self._vectors.pop(next(iter(self._vectors)))
                self._vectors[query] = vector
        return vector

    def _dense_ranking(self, query: str, depth: int) -> list[tuple[str, float]]:
        if self._collection is None:
            raise self.dense_error or RuntimeError("no dense index")
        vector = self._query_vector(query)
        if self._settings is None:
            found = query_dense(self._collection, vector, depth)
        else:
            found = self._query_locked(vector, depth)
        return [(i, s) for i, s in found if i in self._by_id]

    def _query_locked(self, vector: list[float], depth: int) -> list[tuple[str, float]]:
        from filelock import Timeout

        assert self._settings is not None
        try:
            with index_lock(self._settings, QUERY_LOCK_TIMEOUT_S):
                try:
                    return query_dense(self._collection, vector, depth)
                except ContactShieldError:
                    raise
                except Exception:
                    # Another process (`cli.py index --rebuild`) replaced the collection.
                    self._collection = reopen_collection(self._settings, self.embedder)
                    return query_dense(self._collection, vector, depth)
        except Timeout as error:
            raise index_busy(self._settings) from error

    def _bm25_ranking(self, query: str, depth: int) -> list[tuple[str, float]]:
        return [(self.chunks[i].id, score) for i, score in self._bm25.rank(query, depth)]

    def _top(self, ranking: Sequence[tuple[str, float]], k: int) -> list[Passage]:
        return [_passage(self._by_id[chunk_id], score) for chunk_id, score in ranking[:k]]

    def search_dense(self, query: str, k: int = 5) -> list[Passage]:
        """Embedding similarity only (score = cosine similarity)."""
        if not query.strip() or k <= 0:
            return []
        return self._top(self._dense_ranking(query, k), k)

    def search_bm25(self, query: str, k: int = 5) -> list[Passage]:
        """BM25 over jieba tokens only (score = BM25)."""
        if not query.strip() or k <= 0:
            return []
        return self._top(self._bm25_ranking(query, k), k)

    def query_articles(self, query: str) -> tuple[str, ...]:
        """Statute articles the query names, formatted like `Passage.articles`."""
        return tuple(self._cite(query))

    def search(self, query: str, k: int = 5) -> list[Passage]:
        """Hybrid: weighted RRF of dense and BM25, spread over guides; named articles first."""
        return self.search_outcome(query, k).passages

    def search_outcome(self, query: str, k: int = 5) -> SearchOutcome:
        """`search`, saying so when the embedder failed and the ranking is BM25 alone."""
        if not query.strip() or k <= 0:
            return SearchOutcome([])
        depth = min(FUSION_DEPTH, len(self.chunks))
        note = None
        try:
            dense = [chunk_id for chunk_id, _ in self._dense_ranking(query, depth)]
        except (EmbeddingFailed, IndexBusy) as error:
            dense, note = [], error
        lexical = [chunk_id for chunk_id, _ in self._bm25_ranking(query, depth)]
        fused = fuse([dense, lexical], weights=(DENSE_WEIGHT, LEXICAL_WEIGHT))
        scores = diversify(fused, {chunk.id: chunk.source for chunk in self.chunks})
        wanted = set(self.query_articles(query))
        if wanted:
            for chunk in self.chunks:
                if wanted.intersection(chunk.articles):
                    scores[chunk.id] = scores.get(chunk.id, 0.0) + EXACT_BOOST
        ranking = sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))
        return SearchOutcome(self._top(ranking, k), note)


def search_with_note(retriever: Any, query: str, k: int = 5) -> SearchOutcome:
    """Any retriever's results as a SearchOutcome (stand-ins with only `search` have no note)."""
    method = getattr(retriever, "search_outcome", None)
    if method is None:
        return SearchOutcome(list(retriever.search(query, k=k)))
    return method(query, k)


def build_retriever(
    settings: Settings,
    embedder: Embedder | None = None,
    *,
    corpus_dir: Path = CORPUS_DIR,
    rebuild: bool = False,
    cite: Cite | None = None,
    strict: bool = False,
) -> Retriever:
    """Load the corpus and return a retriever, (re)building the index only when it is stale.

    When the embedder fails, the retriever searches by BM25 alone and says so (`strict` raises).
    """
    started = time.perf_counter()
    if embedder is None:
        from rag.embedder import build_embedder

        embedder = build_embedder(settings)
    corpus = load_corpus(corpus_dir, cite)
    stamp = IndexStamp(corpus.content_hash, embedder.model_id, len(corpus.chunks))
    collection, built, dense_error = None, False, None
    try:
        collection, built = ensure_collection(
            settings, corpus.chunks, stamp, embedder, rebuild=rebuild
        )
    except EmbeddingFailed as error:
        if strict:
            raise
        dense_error = error  # nothing was stored; search still works, by BM25 alone
    return Retriever(
        corpus,
        collection,
        embedder,
        built=built,
        seconds=time.perf_counter() - started,
        cite=cite,
        settings=settings,
        dense_error=dense_error,
    )


@dataclass(frozen=True)
class IndexStatus:
    """What `doctor` reports about the guidance index, found without loading any model."""

    passages: int  # passages in the corpus
    indexed: int  # passages in the index (0: none yet)
    current: bool  # built from this corpus with this embedding model


def index_status(settings: Settings, *, corpus_dir: Path = CORPUS_DIR) -> IndexStatus:
    """Whether the index exists and is up to date (a stale one rebuilds itself on first search)."""
    from rag.embedder import build_embedder
    from rag.index import inspect_collection

    corpus = load_corpus(corpus_dir)
    stamp = IndexStamp(corpus.content_hash, build_embedder(settings).model_id, len(corpus.chunks))
    indexed, current = inspect_collection(settings, stamp)
    return IndexStatus(passages=len(corpus.chunks), indexed=indexed, current=current)
