"""Typed errors a user can meet. Each carries a Chinese message, an English one and a next step.

The UI and the CLI render these; neither ever shows a traceback for them.
"""

from __future__ import annotations


class ContactShieldError(Exception):
    """Base of every user-facing error: what happened and what to do next, in zh and en."""

    def __init__(self, zh: str, en: str, next_zh: str = "", next_en: str = "") -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en
        self.next_zh = next_zh
        self.next_en = next_en

    def message(self, lang: str = "zh") -> str:
        """One line for the user: the problem, then the next step."""
        if lang == "en":
            return f"{self.en} {self.next_en}".strip()
        return f"{self.zh}{self.next_zh}".strip()

    def one_line(self) -> str:
        """The CLI's stderr line: Chinese and English together."""
        return f"{self.message('zh')} / {self.message('en')}"


class ModelMissing(ContactShieldError):
    """A model file or folder is not where settings say."""


class ModelBroken(ContactShieldError):
    """A model file exists but cannot be loaded (truncated, wrong format)."""


class TesseractMissing(ContactShieldError):
    """Tesseract or its chi_sim language pack is not installed."""


class UnreadableImage(ContactShieldError):
    """An upload is not an image we can read (or is too large / empty)."""


class UnreadableAudio(ContactShieldError):
    """An audio upload is empty, not audio, too long, or in a codec we cannot decode."""


class BadCaseFile(ContactShieldError):
    """A case.json or case bundle cannot be used."""


class LLMUnavailable(ContactShieldError):
    """The chosen LLM backend cannot answer (server unreachable, model not loadable)."""


class StorageError(ContactShieldError):
    """The data dir cannot be written (read-only, full disk)."""


def model_missing(path: object, what_zh: str, what_en: str) -> ModelMissing:
    return ModelMissing(
        f"找不到{what_zh}：{path}。",
        f"{what_en} not found: {path}.",
        "请运行 `make setup` 准备模型，或在设置中指定正确路径。",
        "Run `make setup` to fetch the models, or point the setting at the right path.",
    )


class CaseNotFound(ContactShieldError):
    """A case or evidence id is not in the case store (deleted, or from another laptop)."""


class CorpusMissing(ContactShieldError):
    """The guidance corpus is empty or missing, so there is nothing to search."""


class GuidanceIndexBroken(ContactShieldError):
    """The guidance index cannot be built or read (disk full, broken index files)."""


class EmbeddingFailed(ContactShieldError):
    """The embedding model returned unusable vectors (not finite, wrong size); search uses BM25."""


class IndexBusy(ContactShieldError):
    """Another process holds the guidance index lock for longer than we wait."""


class StoreLocked(ContactShieldError):
    """The data dir is locked with a passphrase that is wrong, missing or unreadable."""
