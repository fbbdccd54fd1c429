"""The dense index: a Chroma collection filled with vectors we compute ourselves.

Chroma never embeds anything itself (its default embedding function downloads a model): every
`add` carries `embeddings=` and every query `query_embeddings=`, and the collection is bound to an
embedding function that delegates to our own embedder, so even a text query cannot reach the
default. The collection's metadata records the corpus hash and the embedding model id; it is
rebuilt when either changes, never otherwise.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from errors import ContactShieldError, GuidanceIndexBroken, IndexBusy
from rag.chunking import Chunk

if TYPE_CHECKING:
    from rag.embedder import Embedder
    from settings import Settings

COLLECTION = "guidance"
# How long a builder or a search waits for another process (e.g. `cli.py index` while the app
# runs) to finish with the index; a first build takes about a minute on a laptop.
LOCK_TIMEOUT_S = 600.0
# Bump when what is stored changes shape, so old indexes rebuild.
INDEX_FORMAT = 1


@dataclass(frozen=True)
class IndexStamp:
    """What an index was built from; a different stamp means the index is stale."""

    corpus_hash: str
    model_id: str
    chunks: int

    def as_metadata(self) -> dict[str, Any]:
        return {
            "corpus_hash": self.corpus_hash,
            "model_id": self.model_id,
            "chunks": self.chunks,
            "format": INDEX_FORMAT,
        }

    def matches(self, metadata: dict[str, Any] | None) -> bool:
        return dict(metadata or {}) == self.as_metadata()


_EMBEDDERS: dict[str, Embedder] = {}


def embedding_function(embedder: Embedder) -> Any:
    """Our embedder as a Chroma embedding function, so Chroma never falls back to its default."""
    from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
    from chromadb.utils.embedding_functions import register_embedding_function

    global _GuidanceEmbeddingFunction
    if _GuidanceEmbeddingFunction is None:

        class GuidanceEmbeddingFunction(EmbeddingFunction[Documents]):
            """Delegates to an in-process Embedder looked up by model id (never downloads)."""

            def __init__(self, model_id: str) -> None:
                self.model_id = model_id

            def _embedder(self) -> Embedder:
                try:
                    return _EMBEDDERS[self.model_id]
                except KeyError:
                    raise RuntimeError(
                        f"embedding model {self.model_id!r} is not loaded; use build_retriever()"
                    ) from None

            def __call__(self, input: Documents) -> Embeddings:
                return _as_arrays(self._embedder().embed_documents(list(input)))

            def embed_query(self, input: Documents) -> Embeddings:
                return _as_arrays(self._embedder().embed_queries(list(input)))

            @staticmethod
            def name() -> str:
                return "contactshield-embedder"

            def get_config(self) -> dict[str, Any]:
                return {"model_id": self.model_id}

            @staticmethod
            def build_from_config(config: dict[str, Any]) -> GuidanceEmbeddingFunction:
                return GuidanceEmbeddingFunction(str(config.get("model_id", "")))

        register_embedding_function(GuidanceEmbeddingFunction)
        _GuidanceEmbeddingFunction = GuidanceEmbeddingFunction
    _EMBEDDERS[embedder.model_id] = embedder
    return _GuidanceEmbeddingFunction(embedder.model_id)


_GuidanceEmbeddingFunction: Any = None


def _as_arrays(vectors: list[list[float]]) -> Any:
    import numpy as np

    return [np.asarray(vector, dtype=np.float32) for vector in vectors]


def chroma_path(settings: Settings) -> Path:
    return settings.index_dir / "chroma"


def lock_path(settings: Settings) -> Path:
    return settings.index_dir / "chroma.lock"


def index_lock(settings: Settings, timeout: float = LOCK_TIMEOUT_S):
    """An inter-process lock on the index: one process at a time checks, builds or queries it.

    Chroma's local store is not safe against a second process deleting and refilling the
    collection under the first; `cli.py index --rebuild` next to a running app would do that.
    """
    from filelock import FileLock

    settings.index_dir.mkdir(parents=True, exist_ok=True)
    # A new lock object (its own file descriptor) per use: threads of one process queue on the
    # OS lock too. Never nest two uses in one thread: the second would wait for the first.
    return FileLock(str(lock_path(settings)), timeout=timeout)


def index_busy(settings: Settings) -> IndexBusy:
    return IndexBusy(
        "另一个程序正在建立或使用指南索引，等待超时。",
        f"Another process holds the guidance index lock ({lock_path(settings)}).",
        "请等它完成（例如 `python cli.py index`）后再试。",
        "Wait for it to finish (e.g. `python cli.py index`) and try again.",
    )


def open_client(settings: Settings):
    """A local PersistentClient under the data dir (a Chroma server for offices is future work)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    path = chroma_path(settings)
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def _existing(client, embedder: Embedder) -> Any:
    names = {getattr(c, "name", c) for c in client.list_collections()}
    if COLLECTION not in names:
        return None
    return client.get_collection(COLLECTION, embedding_function=embedding_function(embedder))


def _is_current(collection, stamp: IndexStamp) -> bool:
    return stamp.matches(collection.metadata) and collection.count() == stamp.chunks


def _fill(client, chunks: Sequence[Chunk], stamp: IndexStamp, embedder: Embedder):
    # Embed before touching the old collection: a failing model leaves the old index usable.
    vectors = embedder.embed_documents([chunk.indexed_text for chunk in chunks])
    _require_usable(vectors, len(chunks))
    names = {getattr(c, "name", c) for c in client.list_collections()}
    if COLLECTION in names:
        client.delete_collection(COLLECTION)
    # The stamp goes in at creation; an interrupted add leaves count < chunks, which is stale.
    collection = client.create_collection(
        COLLECTION, metadata=stamp.as_metadata(), embedding_function=embedding_function(embedder)
    )
    batch = max(1, min(len(chunks), int(client.get_max_batch_size())))
    for start in range(0, len(chunks), batch):
        part = chunks[start : start + batch]
        collection.add(
            ids=[chunk.id for chunk in part],
            embeddings=vectors[start : start + batch],
            documents=[chunk.text for chunk in part],
            metadatas=[{"source": c.source, "heading": c.heading, "topic": c.topic} for c in part],
        )
    return collection


def _require_usable(vectors: Sequence[Sequence[float]], expected: int) -> None:
    """Never store a vector Chroma would rank by nonsense (any embedder, not only ours)."""
    from rag.embedder import bad_vectors, embedding_failed

    dims = len(vectors[0]) if vectors else None
    bad = bad_vectors(vectors, dims)
    if bad or len(vectors) != expected:
        raise embedding_failed(f"{len(bad)}/{expected} 个向量不可用，索引未写入")


def ensure_collection(
    settings: Settings,
    chunks: Sequence[Chunk],
    stamp: IndexStamp,
    embedder: Embedder,
    *,
    rebuild: bool = False,
    lock_timeout: float = LOCK_TIMEOUT_S,
) -> tuple[Any, bool]:
    """The up-to-date collection and whether it had to be (re)built just now (under the lock)."""
    from filelock import Timeout

    try:
        with index_lock(settings, lock_timeout):
            return _ensure_unlocked(settings, chunks, stamp, embedder, rebuild=rebuild)
    except Timeout as error:
        raise index_busy(settings) from error


def _ensure_unlocked(settings, chunks, stamp, embedder, *, rebuild):
    client = None
    try:
        client = open_client(settings)
        return _ensure(client, chunks, stamp, embedder, rebuild=rebuild)
    except ContactShieldError:  # e.g. the embedding model is missing: not the index's fault
        raise
    except Exception:
        _release(client, chroma_path(settings))
    # The local index is derived data: a broken one is deleted and built again, once.
    shutil.rmtree(chroma_path(settings), ignore_errors=True)
    try:
        return _ensure(open_client(settings), chunks, stamp, embedder, rebuild=True)
    except ContactShieldError:
        raise
    except Exception as error:
        raise _broken(error) from error


def _release(client: Any, path: Path) -> None:
    """Let go of a local Chroma that failed, so the next client opens the folder afresh."""
    from chromadb.api.shared_system_client import SharedSystemClient

    with suppress(Exception):
        if client is not None:
            client.close()
    # A client that failed while starting is never counted, yet Chroma keeps its System cached
    # per path and would hand the broken one out again.
    identifier = str(path)
    if SharedSystemClient._identifier_to_refcount.get(identifier, 0) <= 0:
        system = SharedSystemClient._identifier_to_system.pop(identifier, None)
        with suppress(Exception):
            if system is not None:
                system.stop()


def reopen_collection(settings: Settings, embedder: Embedder) -> Any:
    """The collection as it is on disk now (after another process rebuilt it)."""
    client = open_client(settings)
    return client.get_collection(COLLECTION, embedding_function=embedding_function(embedder))


def inspect_collection(settings: Settings, stamp: IndexStamp) -> tuple[int, bool]:
    """(passages indexed, whether it matches `stamp`); (0, False) if absent, busy or unreadable."""
    try:
        with index_lock(settings, timeout=5):
            return _inspect(settings, stamp)
    except Exception:  # a broken index is simply "not current": building it again repairs it
        return 0, False


def _inspect(settings: Settings, stamp: IndexStamp) -> tuple[int, bool]:
    try:
        client = open_client(settings)
        names = {getattr(c, "name", c) for c in client.list_collections()}
        if COLLECTION not in names:
            return 0, False
        collection = client.get_collection(COLLECTION)
        return collection.count(), _is_current(collection, stamp)
    except Exception:  # a broken index is simply "not current": building it again repairs it
        return 0, False


def _ensure(client, chunks, stamp, embedder, *, rebuild):
    collection = None if rebuild else _existing(client, embedder)
    if collection is not None and _is_current(collection, stamp):
        return collection, False
    return _fill(client, chunks, stamp, embedder), True


def _broken(error: Exception) -> GuidanceIndexBroken:
    return GuidanceIndexBroken(
        "指南索引无法建立或读取。",
        f"The guidance index cannot be built or read ({type(error).__name__}: {error}).",
        "请检查数据目录是否可写、磁盘是否已满，然后运行 `python cli.py index --rebuild`。",
        "Check that the data folder is writable and the disk not full, then run "
        "`python cli.py index --rebuild`.",
    )


def query_dense(collection, vector: Sequence[float], depth: int) -> list[tuple[str, float]]:
    """(chunk id, cosine similarity) of the `depth` nearest chunks (callers hold the lock)."""
    depth = min(depth, collection.count())
    if depth <= 0:
        return []
    result = collection.query(
        query_embeddings=[list(vector)], n_results=depth, include=["distances"]
    )
    # Vectors are unit length and the space is L2 (squared): cosine = 1 - d / 2.
    return [
        (chunk_id, 1.0 - float(distance) / 2.0)
        for chunk_id, distance in zip(result["ids"][0], result["distances"][0], strict=True)
    ]
