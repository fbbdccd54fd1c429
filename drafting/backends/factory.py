"""Pick the model backend the settings name; each backend imports its library lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafting.backends.base import LLMBackend

if TYPE_CHECKING:
    from settings import Settings


def build_llm(settings: Settings) -> LLMBackend:
    """Pick the backend named by settings; each imports its library lazily."""
    match settings.llm_backend:
        case "llama":
            from drafting.backends.llama import LlamaCppBackend, resolve_gpu_layers

            return LlamaCppBackend(
                settings.llm_model_path,
                n_threads=settings.n_threads,
                n_ctx=settings.n_ctx,
                reuse_prefix=bool(settings.llm_reuse_prefix),
                n_gpu_layers=resolve_gpu_layers(settings.n_gpu_layers),
                prefix_dir=settings.llm_prefix_dir,
            )
        case "openai":
            from drafting.backends.openai_compatible import OpenAICompatibleBackend

            return OpenAICompatibleBackend.from_settings(settings)
        case "template":
            from drafting.backends.template import TemplateBackend

            return TemplateBackend()
        case other:
            raise ValueError(f"unknown LLM backend {other!r}")
