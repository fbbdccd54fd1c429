"""Settings: one frozen dataclass read from CS_* environment variables, offline by default.

Importing this module forces the offline switches of every model library into the environment,
so it must be imported before torch, transformers, sentence-transformers or chromadb.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent

# Forced, not defaulted: a user's shell must not be able to switch the app online by accident.
OFFLINE_ENVIRONMENT = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "DO_NOT_TRACK": "1",
    "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    "TOKENIZERS_PARALLELISM": "false",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TQDM_DISABLE": "1",
    # onnxruntime (PP-OCR) ships 1DS telemetry that resolves an events host some seconds after a
    # session starts; strace of the app caught the DNS queries. This variable switches it off.
    "ORT_DISABLE_TELEMETRY": "1",
}


def apply_offline_environment(environ: os._Environ[str] | dict[str, str] = os.environ) -> None:
    """Set the offline/telemetry variables every model library reads at import time."""
    for name, value in OFFLINE_ENVIRONMENT.items():
        environ[name] = value


apply_offline_environment()

LLM_BACKENDS = ("llama", "openai", "template")
OCR_ENGINES = ("auto", "ppocr", "tesseract")


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "contactshield"


def _setting(env: str, default: Any, help: str) -> Any:
    # The env name and help text travel as field metadata: the README table and the
    # settings test are generated/checked from this one place.
    return field(default=default, metadata={"env": env, "help": help})


@dataclass(frozen=True)
class Settings:
    """Every tunable of the app. Built by `load_settings`; never mutated."""

    data_dir: Path = _setting(
        "CS_DATA_DIR", _default_data_dir(), "Cases, evidence files, index (created 0700)"
    )
    models_dir: Path = _setting("CS_MODELS_DIR", ROOT / "models", "Where setup puts the models")
    llm_model_path: Path = _setting(
        "CS_LLM_MODEL",
        ROOT / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
        "GGUF chat model used by the `llama` backend",
    )
    embedding_model_path: Path = _setting(
        "CS_EMBEDDING_MODEL",
        ROOT / "models" / "embeddinggemma-300m",
        "sentence-transformers model folder (EmbeddingGemma-300M)",
    )
    llm_backend: str = _setting("CS_LLM_BACKEND", "llama", "`llama`, `openai` or `template`")
    n_threads: int = _setting(
        "CS_N_THREADS", max(1, min(4, os.cpu_count() or 1)), "CPU threads for llama.cpp"
    )
    n_ctx: int = _setting("CS_N_CTX", 4096, "LLM context window in tokens")
    n_gpu_layers: str = _setting(
        "CS_N_GPU_LAYERS",
        "auto",
        "LLM layers offloaded to the GPU: `auto` (all when llama.cpp has GPU support, else 0), "
        "a number, or -1 for all",
    )
    llm_temperature: float = _setting(
        "CS_LLM_TEMPERATURE", 0.0, "Sampling temperature (0 = same output every time)"
    )
    llm_reuse_prefix: int = _setting(
        "CS_LLM_REUSE_PREFIX",
        0,
        "0: the prompt is read in fixed stages (rules, the case's materials, the kind's part), "
        "each kept and reused, so drafts stay reproducible and can be read ahead; 1: reuse any "
        "matching prefix instead (less reproducible, no reading ahead)",
    )
    llm_read_ahead: int = _setting(
        "CS_LLM_READ_AHEAD",
        1,
        "1: while the 起草 page is open, the local model reads the shown kind's prompt, then the "
        "other kinds', in the background, so a draft starts at once; 0: off (no background CPU; "
        "each draft reads its own prompt)",
    )
    llm_max_tokens: int = _setting(
        "CS_LLM_MAX_TOKENS", 512, "Most tokens one LLM part may generate"
    )
    llm_budget_s: float = _setting(
        "CS_LLM_BUDGET",
        90.0,
        "Seconds a draft may take with the model (one repair at most); past it the verified "
        "template draft is given at once",
    )
    openai_base_url: str = _setting(
        "CS_OPENAI_BASE_URL",
        "http://127.0.0.1:8080/v1",
        "OpenAI-compatible server for the `openai` backend (llama.cpp server, vLLM, Ollama)",
    )
    openai_model: str = _setting("CS_OPENAI_MODEL", "local", "Model name sent to that server")
    openai_api_key: str = _setting(
        "CS_OPENAI_API_KEY", "", "API key sent to that server (`--api_key` of llama_cpp.server)"
    )
    openai_connect_timeout_s: float = _setting(
        "CS_OPENAI_CONNECT_TIMEOUT", 5.0, "Seconds to connect before that server counts as down"
    )
    openai_chunk_timeout_s: float = _setting(
        "CS_OPENAI_CHUNK_TIMEOUT",
        120.0,
        "Seconds to wait for each streamed piece (the first includes reading the prompt)",
    )
    openai_timeout_s: float = _setting(
        "CS_OPENAI_TIMEOUT", 600.0, "Most seconds one reply from that server may take in all"
    )
    ocr_engine: str = _setting(
        "CS_OCR_ENGINE",
        "auto",
        "`auto` (PP-OCR, else Tesseract), `ppocr` (RapidOCR, bundled models) or `tesseract`",
    )
    tesseract_cmd: str = _setting("CS_TESSERACT_CMD", "tesseract", "Tesseract executable")
    ocr_lang: str = _setting("CS_OCR_LANG", "chi_sim", "Tesseract language(s)")
    ocr_workers: int = _setting(
        "CS_OCR_WORKERS", max(1, os.cpu_count() or 1), "Screenshots read in parallel"
    )
    max_image_pixels: int = _setting(
        "CS_MAX_IMAGE_PIXELS", 40_000_000, "Larger images are refused (decompression bombs)"
    )
    max_upload_mb: int = _setting("CS_MAX_UPLOAD_MB", 50, "Largest single upload in MB")
    whisper_model_path: Path = _setting(
        "CS_WHISPER_MODEL",
        ROOT / "models" / "whisper-base",
        "faster-whisper (CTranslate2) model folder for call recordings",
    )
    asr_threads: int = _setting(
        "CS_ASR_THREADS", max(1, min(4, os.cpu_count() or 1)), "CPU threads for speech-to-text"
    )
    max_audio_minutes: float = _setting(
        "CS_MAX_AUDIO_MINUTES", 120.0, "Longer recordings are refused (split them first)"
    )
    language: str = _setting("CS_LANG", "zh", "UI language, `zh` or `en`")
    timezone: str = _setting(
        "CS_TIMEZONE", "Asia/Shanghai", "Time zone of the dates and times the UI shows (IANA name)"
    )
    today: str = _setting(
        "CS_TODAY", "", "Date the desk counts from (YYYY-MM-DD), for tests and demos; empty: today"
    )
    passphrase_file: str = _setting(
        "CS_PASSPHRASE_FILE",
        "",
        "File holding the data dir's passphrase (first line) for the CLI; empty: asked on the "
        "terminal when the data dir is locked",
    )
    auto_lock_minutes: float = _setting(
        "CS_AUTO_LOCK_MINUTES",
        15.0,
        "A locked data dir opened in the app locks again after this many idle minutes (0: never)",
    )

    @property
    def cases_db(self) -> Path:
        return self.data_dir / "cases.sqlite3"

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def ocr_cache_dir(self) -> Path:
        return self.data_dir / "ocr-cache"

    @property
    def llm_prefix_dir(self) -> Path:
        return self.data_dir / "llm-prefix"


def _convert(raw: str, kind: type) -> Any:
    if kind is Path:
        return Path(raw).expanduser()
    if kind is int:
        return int(raw)
    if kind is float:
        return float(raw)
    return raw


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Read settings from CS_* variables; unset or empty ones keep their offline defaults."""
    environ = os.environ if environ is None else environ
    hints = {"Path": Path, "int": int, "float": float, "str": str}
    values: dict[str, Any] = {}
    for item in fields(Settings):
        raw = environ.get(item.metadata["env"], "").strip()
        if raw:
            kind = hints[str(item.type)]
            try:
                values[item.name] = _convert(raw, kind)
            except ValueError as error:
                raise ValueError(
                    f"设置 {item.metadata['env']}={raw!r} 无效 / invalid setting: {error}"
                ) from error
    # Model paths follow CS_MODELS_DIR unless given explicitly.
    models_dir = values.get("models_dir")
    if models_dir is not None:
        values.setdefault("llm_model_path", models_dir / Settings.llm_model_path.name)
        values.setdefault("embedding_model_path", models_dir / Settings.embedding_model_path.name)
        values.setdefault("whisper_model_path", models_dir / Settings.whisper_model_path.name)
    settings = Settings(**values)
    if settings.ocr_engine not in OCR_ENGINES:
        raise ValueError(f"CS_OCR_ENGINE must be one of {OCR_ENGINES}, got {settings.ocr_engine!r}")
    if not valid_gpu_layers(settings.n_gpu_layers):
        raise ValueError(
            f"设置 CS_N_GPU_LAYERS={settings.n_gpu_layers!r} 无效 / invalid setting: "
            "use auto, -1 (all layers) or a number ≥ 0"
        )
    if settings.llm_backend not in LLM_BACKENDS:
        raise ValueError(
            f"CS_LLM_BACKEND must be one of {LLM_BACKENDS}, got {settings.llm_backend!r}"
        )
    return settings


def valid_gpu_layers(value: str) -> bool:
    """`auto`, -1 (all) or a layer count."""
    if value == "auto":
        return True
    try:
        return int(value) >= -1
    except ValueError:
        return False


def settings_table() -> list[tuple[str, str, str]]:
    """(env variable, default, help) for every setting — the README table is built from this."""
    rows = []
    for item in fields(Settings):
        default = item.default
        if isinstance(default, Path):
            try:
                default = default.relative_to(ROOT)
            except ValueError:
                default = str(default).replace(str(Path.home()), "~")
        rows.append((item.metadata["env"], str(default), item.metadata["help"]))
    return rows
