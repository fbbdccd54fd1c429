"""Real health checks for `cli.py doctor` and the home page: each one exercises the component."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass

from errors import ContactShieldError
from settings import OFFLINE_ENVIRONMENT, Settings


@dataclass(frozen=True)
class Check:
    name: str  # stable id: tesseract, embedding, llm, data_dir, offline, …
    ok: bool
    detail: str
    title: str  # localized label

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "ok": self.ok, "detail": self.detail}


TITLES = {
    "tesseract": ("文字识别（Tesseract + 简体中文）", "OCR (Tesseract + chi_sim)"),
    "ocr_engine": ("文字识别引擎", "OCR engine"),
    "embedding": ("向量模型（EmbeddingGemma）", "Embedding model (EmbeddingGemma)"),
    "llm": ("语言模型", "Language model"),
    "whisper": ("语音识别模型（Whisper base）", "Speech-to-text model (Whisper base)"),
    "index": ("指南索引", "Guidance index"),
    "data_dir": ("数据目录可写", "Data directory writable"),
    "offline": ("离线设置", "Offline settings"),
}


def check_tesseract(settings: Settings, lang: str) -> str:
    from evidence.ocr.tesseract import require_languages, tesseract_version

    require_languages(settings.ocr_lang, settings.tesseract_cmd)
    return f"{tesseract_version(settings.tesseract_cmd)}, {settings.ocr_lang}"


def check_ocr_engine(settings: Settings, lang: str) -> str:
    """The engine CS_OCR_ENGINE gives (PP-OCR models checked by SHA-256); fails on a fall-back."""
    from evidence.ocr.engine import choose_engine

    choice = choose_engine(settings)
    if choice.fallback_reason:
        raise RuntimeError(f"{choice.fallback_reason} (CS_OCR_ENGINE={choice.requested})")
    detail = f"{choice.name} (CS_OCR_ENGINE={choice.requested})"
    if choice.name == "ppocr":
        from evidence.ocr.ppocr import MODEL_FILES, RAPIDOCR_VERSION

        detail += f", rapidocr {RAPIDOCR_VERSION}, {len(MODEL_FILES)} models SHA-256 verified"
    return detail


def check_embedding(settings: Settings, lang: str) -> str:
    from rag.embedder import build_embedder

    started = time.perf_counter()
    embedder = build_embedder(settings)
    vectors = embedder.embed_queries(["催收人员给我的亲友打电话怎么办"])  # checked: finite
    seconds = time.perf_counter() - started
    device = getattr(embedder, "device", "cpu")
    return f"{settings.embedding_model_path.name}, {len(vectors[0])} dims, {device}, {seconds:.1f}s"


def _say_hello(backend) -> tuple[str, float]:
    from drafting.backends.base import ChatMessage

    started = time.perf_counter()
    reply = "".join(
        backend.generate([ChatMessage("user", "用一个词回答：你好")], max_tokens=4, temperature=0.0)
    )
    if not reply.strip():
        raise RuntimeError("the model produced no text")
    return reply.strip()[:20], time.perf_counter() - started


def check_llm(settings: Settings, lang: str) -> str:
    """The configured backend answers: which one, where (GPU layers or server) and how fast."""
    zh = lang == "zh"
    if settings.llm_backend == "template":
        return "后端 template（不使用模型）" if zh else "backend template (no model)"
    if settings.llm_backend == "openai":
        from drafting.backends.openai_compatible import OpenAICompatibleBackend

        server = OpenAICompatibleBackend.from_settings(settings)
        info = server.server_info()
        reply, seconds = _say_hello(server)
        models = ", ".join(info.models) or "?"
        served = "提供模型" if zh else "serves"
        return f"backend openai: {info.base_url} {served} {models}, {seconds:.1f}s: {reply!r}"
    from drafting.backends.llama import (
        LlamaCppBackend,
        describe_gpu_layers,
        gpu_offload_supported,
        resolve_gpu_layers,
    )

    offload = gpu_offload_supported()
    layers = resolve_gpu_layers(settings.n_gpu_layers, offload) if offload else 0
    backend = LlamaCppBackend(
        settings.llm_model_path, n_threads=settings.n_threads, n_ctx=512, n_gpu_layers=layers
    )
    reply, seconds = _say_hello(backend)
    if zh:
        gpu = f"GPU 加速：{'支持' if offload else '不支持'}，"
        gpu += f"GPU 层数：{describe_gpu_layers(layers)}"
    else:
        gpu = f"GPU offload: {'yes' if offload else 'no'}, layers on GPU: "
        gpu += describe_gpu_layers(layers)
    return f"backend llama: {settings.llm_model_path.name}, {gpu}, {seconds:.1f}s: {reply!r}"


def check_whisper(settings: Settings, lang: str) -> str:
    import numpy as np

    from evidence.audio.decode import SAMPLE_RATE
    from evidence.audio.transcribe import build_transcriber

    transcriber = build_transcriber(settings)
    started = time.perf_counter()
    # Load the model and decode one second of silence, a few tokens at most.
    pieces, _ = transcriber.model.transcribe(
        np.zeros(SAMPLE_RATE, dtype=np.float32),
        language="zh",
        beam_size=1,
        max_new_tokens=4,
        without_timestamps=True,
    )
    list(pieces)
    seconds = time.perf_counter() - started
    return f"{settings.whisper_model_path.name}, CPU int8, {seconds:.1f}s"


def check_index(settings: Settings, lang: str) -> str:
    from rag.retrieval import index_status

    status = index_status(settings)
    if status.passages == 0:
        raise RuntimeError("the guidance corpus is empty")
    if status.current:
        state = ("已建立，内容最新", "built and up to date")
    elif status.indexed:
        state = ("语料已更新，下次搜索时自动重建", "corpus changed; rebuilds on the next search")
    else:
        state = ("尚未建立，首次搜索时自动建立（约一分钟）", "not built; builds on first search")
    label = state[0] if lang == "zh" else state[1]
    return f"{status.passages} passages, {label}"


def check_data_dir(settings: Settings, lang: str) -> str:
    settings.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Cases are private: the folder is for this user only, even if something else created it.
    settings.data_dir.chmod(0o700)
    with tempfile.NamedTemporaryFile(dir=settings.data_dir, prefix=".doctor-") as handle:
        handle.write(b"ok")
        handle.flush()
    mode = settings.data_dir.stat().st_mode & 0o777
    return f"{settings.data_dir} (mode {mode:o})"


def check_offline(settings: Settings, lang: str) -> str:
    wrong = [k for k, v in OFFLINE_ENVIRONMENT.items() if os.environ.get(k) != v]
    if wrong:
        raise RuntimeError(f"not set: {', '.join(wrong)}")
    return ", ".join(f"{k}={v}" for k, v in OFFLINE_ENVIRONMENT.items() if "OFFLINE" in k)


CHECKS: tuple[tuple[str, Callable[[Settings, str], str]], ...] = (
    ("tesseract", check_tesseract),
    ("ocr_engine", check_ocr_engine),
    ("embedding", check_embedding),
    ("llm", check_llm),
    ("whisper", check_whisper),
    ("index", check_index),
    ("data_dir", check_data_dir),
    ("offline", check_offline),
)


def run_checks(settings: Settings, lang: str = "zh") -> list[Check]:
    """Run every check; a failure becomes a failed Check with a message, never an exception."""
    results = []
    for name, run in CHECKS:
        title = TITLES[name][0 if lang == "zh" else 1]
        try:
            results.append(Check(name, True, run(settings, lang), title))
        except ContactShieldError as error:
            results.append(Check(name, False, error.message(lang), title))
        except Exception as error:
            results.append(Check(name, False, f"{type(error).__name__}: {error}", title))
    return results
