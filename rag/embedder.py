"""Text embeddings behind a small protocol; EmbeddingGemma through sentence-transformers."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from errors import ModelBroken, model_missing

if TYPE_CHECKING:
    from settings import Settings


class Embedder(Protocol):
    """Queries and documents are embedded differently (EmbeddingGemma uses prompts)."""

    model_id: str

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]: ...

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...


class SentenceTransformerEmbedder:
    """EmbeddingGemma-300M on the CPU in bfloat16 (as good as fp32 here, and faster)."""

    def __init__(self, model_path: Path, *, batch_size: int = 16) -> None:
        self.model_path = Path(model_path)
        # A stable id, not a path: the index must not rebuild because the repo moved.
        self.model_id = f"sentence-transformers:{self.model_path.name}"
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()

    @property
    def model(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _load(self):
        weights = self.model_path / "model.safetensors"
        if not weights.is_file():
            raise model_missing(self.model_path, "向量模型（EmbeddingGemma）", "Embedding model")
        import torch
        from sentence_transformers import SentenceTransformer

        try:
            return SentenceTransformer(
                str(self.model_path),
                device="cpu",
                local_files_only=True,
                model_kwargs={"torch_dtype": torch.bfloat16},
            )
        except (OSError, ValueError, RuntimeError) as error:
            raise ModelBroken(
                f"向量模型无法加载：{self.model_path}。",
                f"The embedding model cannot be loaded: {self.model_path} ({error}).",
                "请运行 `make setup` 重新准备模型。",
                "Run `make setup` to rebuild the models.",
            ) from error

    def _encode(self, method: str, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        encode = getattr(self.model, method)
        with self._lock:  # torch CPU inference is safe, but one at a time keeps RSS flat
            vectors = encode(
                list(texts),
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
            )
        return vectors.astype("float32").tolist()

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        return self._encode("encode_query", texts)

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return self._encode("encode_document", texts)


def build_embedder(settings: Settings) -> Embedder:
    return SentenceTransformerEmbedder(settings.embedding_model_path)
