"""Text embeddings behind a small protocol; EmbeddingGemma through sentence-transformers.

Every vector leaves here checked (finite, the model's dimension): a broken vector would not
fail anywhere else, it would only make search quietly return unrelated passages.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from errors import EmbeddingFailed, ModelBroken, model_missing

if TYPE_CHECKING:
    from settings import Settings


class Embedder(Protocol):
    """Queries and documents are embedded differently (EmbeddingGemma uses prompts)."""

    model_id: str

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]: ...

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...


def bad_vectors(vectors: Sequence[Sequence[float]], dims: int | None = None) -> list[int]:
    """Indexes of vectors that are not finite or not `dims` long (all of them must be usable)."""
    bad = []
    for number, vector in enumerate(vectors):
        wrong_size = len(vector) == 0 or (dims is not None and len(vector) != dims)
        if wrong_size or not all(math.isfinite(x) for x in vector):
            bad.append(number)
    return bad


def embedding_failed(why: str) -> EmbeddingFailed:
    return EmbeddingFailed(
        f"向量模型返回了无效结果（{why}），本次只用关键词检索（BM25），结果可能不够准确。",
        f"The embedding model returned unusable vectors ({why}); searching by keywords (BM25) "
        "only, results may be less relevant.",
        "请运行 `python cli.py doctor` 检查向量模型；如果设置了 OMP_THREAD_LIMIT 等线程变量，"
        "请去掉后重启应用。",
        "Run `python cli.py doctor` to check the embedding model; if OMP_THREAD_LIMIT or similar "
        "thread variables are set, unset them and restart the app.",
    )


def omp_thread_limit(environ: dict[str, str] | os._Environ[str] = os.environ) -> int | None:
    """OMP_THREAD_LIMIT as a positive int, or None when unset or unreadable."""
    raw = environ.get("OMP_THREAD_LIMIT", "").strip()
    try:
        limit = int(raw)
    except ValueError:
        return None
    return limit if limit > 0 else None


def align_torch_threads(torch_module, environ=os.environ) -> int:
    """Make torch's own thread count obey OMP_THREAD_LIMIT; returns the count in use.

    Why: torch sizes its intra-op pool from the CPU count (or OMP_NUM_THREADS) and ignores
    OMP_THREAD_LIMIT, so with OMP_THREAD_LIMIT=1 it plans work for more threads than the OpenMP
    runtime will start. That mismatch is the suspected cause of the NaN vectors EmbeddingGemma
    (bfloat16, CPU) was reported to return; telling torch the real limit removes it. We could not
    reproduce the NaNs on the 2-core build machine (OMP_THREAD_LIMIT=1 with 2 or 8 torch threads,
    bf16 queries and 32 passages: all finite), so the cause is not confirmed: hence the checks in
    `_encode`, the float32 retry, and the typed error. OMP_NUM_THREADS / MKL_NUM_THREADS are
    read by torch itself and are consistent by construction.
    """
    limit = omp_thread_limit(environ)
    if limit is not None and torch_module.get_num_threads() > limit:
        torch_module.set_num_threads(limit)
    return torch_module.get_num_threads()


def has_native_bf16(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """True when the CPU computes bfloat16 in hardware (AVX512-BF16 or AMX)."""
    try:
        flags = cpuinfo.read_text(errors="replace")
    except OSError:
        return False
    return any(f" {flag}" in flags for flag in ("avx512_bf16", "amx_bf16"))


def pick_dtype(device: str, native_bf16: bool) -> str:
    """bfloat16 on a GPU or a CPU with bf16 instructions, else float32.

    Why: without AVX512-BF16/AMX, torch emulates bfloat16 matrix products; on an AVX2-only
    2-core machine that made building the guidance index take minutes instead of seconds.
    """
    return "bfloat16" if device == "cuda" or native_bf16 else "float32"


def pick_device(torch_module) -> str:
    """CUDA when torch sees a GPU, else the CPU."""
    try:
        return "cuda" if torch_module.cuda.is_available() else "cpu"
    except Exception:  # a broken CUDA install must not stop the CPU path
        return "cpu"


class SentenceTransformerEmbedder:
    """EmbeddingGemma-300M; bfloat16 where the CPU has it (as good as fp32), on CUDA if present."""

    def __init__(self, model_path: Path, *, batch_size: int = 16) -> None:
        self.model_path = Path(model_path)
        # A stable id, not a path: the index must not rebuild because the repo moved.
        self.model_id = f"sentence-transformers:{self.model_path.name}"
        self.batch_size = batch_size
        self.device = "cpu"
        self.dtype = "bfloat16"
        self.dims: int | None = None
        self.retries = 0  # how often a batch had to be embedded again in float32
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

        align_torch_threads(torch)
        self.device = pick_device(torch)
        self.dtype = pick_dtype(self.device, has_native_bf16())
        try:
            model = SentenceTransformer(
                str(self.model_path),
                device=self.device,
                local_files_only=True,
                model_kwargs={"torch_dtype": getattr(torch, self.dtype)},
            )
        except (OSError, ValueError, RuntimeError) as error:
            raise ModelBroken(
                f"向量模型无法加载：{self.model_path}。",
                f"The embedding model cannot be loaded: {self.model_path} ({error}).",
                "请运行 `make setup` 重新准备模型。",
                "Run `make setup` to rebuild the models.",
            ) from error
        self.dims = model.get_embedding_dimension()
        return model

    def _run(self, model, method: str, texts: list[str]) -> list[list[float]]:
        vectors = getattr(model, method)(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        return vectors.astype("float32").tolist()

    def _encode(self, method: str, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        import torch

        model = self.model
        with self._lock:  # torch CPU inference is safe, but one at a time keeps RSS flat
            align_torch_threads(torch)  # cheap; the environment may have changed since load
            vectors = self._run(model, method, list(texts))
            bad = bad_vectors(vectors, self.dims)
            if bad and self.dtype == "bfloat16":
                # Last resort, should the threads not be the (only) cause: float32 kernels.
                model.float()
                self.dtype = "float32"
                self.retries += 1
                vectors = self._run(model, method, list(texts))
                bad = bad_vectors(vectors, self.dims)
        if bad:
            raise embedding_failed(f"{len(bad)}/{len(vectors)} 个向量含 NaN 或维度不对")
        return vectors

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        return self._encode("encode_query", texts)

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return self._encode("encode_document", texts)


def build_embedder(settings: Settings) -> Embedder:
    return SentenceTransformerEmbedder(settings.embedding_model_path)
