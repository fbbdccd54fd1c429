"""The local GGUF model through llama-cpp-python, with its prompt stages kept and reused."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from drafting.backends.base import ChatMessage, as_chat
from drafting.backends.llama_prefix import PrefixCache
from errors import ModelBroken, model_missing

GGUF_MAGIC = b"GGUF"


def gpu_offload_supported() -> bool:
    """Whether this llama-cpp-python build can put layers on a GPU (CUDA, Metal, Vulkan, …)."""
    try:
        import llama_cpp

        return bool(llama_cpp.llama_supports_gpu_offload())
    except Exception:  # not installed or a broken build: the CPU path is what remains
        return False


def resolve_gpu_layers(setting: str | int, offload: bool | None = None) -> int:
    """CS_N_GPU_LAYERS as llama.cpp's n_gpu_layers: `auto` is all (-1) with GPU support, else 0."""
    if str(setting).strip() == "auto":
        offload = gpu_offload_supported() if offload is None else offload
        return -1 if offload else 0
    return int(setting)


def describe_gpu_layers(layers: int) -> str:
    """Layers on the GPU in words, for `doctor` and the 起草 page."""
    return "all" if layers < 0 else str(layers)


def check_gguf_file(path: Path) -> None:
    """Raise ModelMissing/ModelBroken before llama.cpp sees a file it would choke on."""
    if not path.is_file():
        raise model_missing(path, "语言模型（GGUF）", "GGUF language model")
    with path.open("rb") as handle:
        head = handle.read(4)
    if head != GGUF_MAGIC or path.stat().st_size < 1024 * 1024:
        raise _broken(path, "not a GGUF file")


def _broken(path: Path, why: str) -> ModelBroken:
    return ModelBroken(
        f"语言模型文件已损坏或不完整：{path}（{why}）。",
        f"The GGUF model is broken or incomplete: {path} ({why}).",
        "请删除该文件后运行 `make setup` 重新准备，或换一个 GGUF 模型。",
        "Delete it and run `make setup` again, or choose another GGUF model.",
    )


class LlamaCppBackend:
    """llama-cpp-python on a local GGUF: loaded lazily, one instance, one generation at a time.

    llama.cpp contexts are not thread-safe and Streamlit serves sessions from threads, so every
    generation holds `_lock` for its whole stream.
    """

    name = "llama"

    def __init__(
        self,
        model_path: Path,
        *,
        n_threads: int,
        n_ctx: int,
        seed: int = 0,
        reuse_prefix: bool = False,
        n_gpu_layers: int = 0,
        prefix_dir: Path | None = None,
    ) -> None:
        self.model_path = Path(model_path)
        # -1: every layer on the GPU; ignored by a CPU-only build of llama.cpp.
        self.n_gpu_layers = n_gpu_layers
        # llama-cpp-python re-evaluates only the part of a prompt that differs from the last one.
        # That is faster, but the reused tokens were computed in other batch shapes, so the same
        # prompt can yield a different greedy reply. Drafts must be reproducible: off by default;
        # what is reused by default are fixed stages of the prompt (PrefixCache).
        self.reuse_prefix = reuse_prefix
        # Stored cells are only valid for the same model file, context size and llama.cpp build.
        model_id = f"{_model_id(self.model_path)}:{n_ctx}:{n_gpu_layers}:{_llama_cpp_version()}"
        self.prefixes = PrefixCache(directory=prefix_dir, model_id=model_id)
        self.n_threads = n_threads
        self.n_ctx = n_ctx
        self.seed = seed
        self._llama = None
        self._lock = threading.Lock()
        # A draft must not wait for the reading ahead of another prompt: while one is read ahead,
        # llama.cpp asks `_abort_callback` after every graph node whether to stop.
        self._drafts_waiting: list[tuple[str, ...]] = []
        self._abort_callback = None  # the ctypes function object, kept alive while installed

    @property
    def llama(self):
        """The loaded model (loads on first use)."""
        if self._llama is None:
            with self._lock:
                if self._llama is None:
                    self._llama = self._load()
        return self._llama

    def _load(self):
        check_gguf_file(self.model_path)
        from llama_cpp import Llama

        try:
            return Llama(
                model_path=str(self.model_path),
                n_ctx=self.n_ctx,
                n_threads=self.n_threads,
                n_threads_batch=self.n_threads,
                n_gpu_layers=self.n_gpu_layers,
                seed=self.seed,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as error:
            raise _broken(self.model_path, str(error)[:200]) from error

    def where(self) -> str:
        """Where the text is generated, for the 起草 page: the model file, and the GPU if used."""
        if self.n_gpu_layers and gpu_offload_supported():
            return f"{self.model_path.name} (GPU layers: {describe_gpu_layers(self.n_gpu_layers)})"
        return f"{self.model_path.name} (CPU)"

    def prepare(self, messages: Sequence[ChatMessage], *, yield_to_drafts: bool = False) -> None:
        """Read the prompt of `messages` ahead of time (loading the model if needed).

        A later `generate` on the same messages then only restores the kept cells and starts
        writing at once; it gives the same reply either way (see drafting/backends/llama_prefix.py).
        With `yield_to_drafts`, a draft of another prompt that asks for the model stops the
        reading (`ReadingInterrupted`); the stages read so far are kept.
        """
        if self.reuse_prefix or not messages:
            return
        llama = self.llama
        chat, prompt = as_chat(messages), _prompt_of(messages)
        with self._lock:
            if yield_to_drafts and self._other_draft_waits(prompt):
                raise ReadingInterrupted
            if yield_to_drafts:
                self._stop_reading_for_other_drafts(llama, prompt)
            try:
                self.prefixes.prepare(llama, chat, messages[-1].shared_head)
            except RuntimeError as error:
                if not (yield_to_drafts and self._other_draft_waits(prompt)):
                    raise
                llama._ctx.kv_cache_clear()  # the interrupted stage's cells are incomplete
                llama.reset()
                raise ReadingInterrupted from error
            finally:
                if yield_to_drafts:
                    self._stop_reading_for_other_drafts(llama, None)

    def _other_draft_waits(self, prompt: tuple[str, ...]) -> bool:
        return any(waiting != prompt for waiting in list(self._drafts_waiting))

    def _stop_reading_for_other_drafts(self, llama, prompt: tuple[str, ...] | None) -> None:
        """Install (for `prompt`) or remove (None) the abort callback of the reading ahead."""
        import ctypes

        import llama_cpp

        if prompt is None:
            callback = ctypes.cast(None, llama_cpp.ggml_abort_callback)
        else:
            callback = llama_cpp.ggml_abort_callback(lambda _data: self._other_draft_waits(prompt))
        llama_cpp.llama_set_abort_callback(llama._ctx.ctx, callback, None)
        self._abort_callback = callback

    def generate(
        self,
        messages: Sequence[ChatMessage],
        *,
        max_tokens: int = 512,
        temperature: float = 0.0,
        stop_event: threading.Event | None = None,
    ) -> Iterator[str]:
        """Stream tokens of the reply; stops early when `stop_event` is set."""
        llama = self.llama
        chat, prompt = as_chat(messages), _prompt_of(messages)
        self._drafts_waiting.append(prompt)  # stops a reading ahead of another prompt
        try:
            self._lock.acquire()
        finally:
            self._drafts_waiting.remove(prompt)
        try:
            if not self.reuse_prefix:
                self.prefixes.prepare(llama, chat, messages[-1].shared_head if messages else "")
            stream = llama.create_chat_completion(
                messages=chat,
                max_tokens=max_tokens,
                temperature=temperature,
                seed=self.seed,
                stream=True,
            )
            for chunk in stream:
                if stop_event is not None and stop_event.is_set():
                    break
                piece = chunk["choices"][0]["delta"].get("content")
                if piece:
                    yield piece
        finally:
            self._lock.release()


class ReadingInterrupted(Exception):
    """A reading ahead stopped because a draft of another prompt asked for the model."""


def _prompt_of(messages: Sequence[ChatMessage]) -> tuple[str, ...]:
    return tuple(f"{m.role}\0{m.content}" for m in messages)


def _model_id(path: Path) -> str:
    """Name, size and modification time: enough to tell a replaced GGUF without hashing 1 GB."""
    try:
        stat = Path(path).stat()
    except OSError:
        return str(path)
    return f"{Path(path).name}:{stat.st_size}:{stat.st_mtime_ns}"


def _llama_cpp_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("llama_cpp_python")
    except PackageNotFoundError:
        return ""
