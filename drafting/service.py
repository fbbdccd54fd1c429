"""Wiring for the command line: settings → backend + retriever → one draft."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from casefile.model import load_case
from drafting.backends.base import LLMBackend
from drafting.backends.factory import build_llm
from drafting.compose import DraftResult, PassageSearch, draft_document
from errors import ContactShieldError
from settings import Settings


def backend_for(settings: Settings, name: str | None = None) -> LLMBackend:
    """The backend `name` (default: the settings' choice)."""
    chosen = dataclasses.replace(settings, llm_backend=name) if name else settings
    return build_llm(chosen)


def retriever_for(settings: Settings) -> PassageSearch | None:
    """The guidance retriever, or None when the index cannot be built (drafts still work)."""
    from rag.retrieval import build_retriever

    try:
        return build_retriever(settings)
    except ContactShieldError:
        return None


def draft_from_file(
    case_path: Path, kind: str, settings: Settings, *, backend: str | None = None
) -> DraftResult:
    """Load case.json and draft `kind` with the chosen backend (template on LLM failure)."""
    case = load_case(case_path)
    llm = backend_for(settings, backend)
    # The evidence list never uses guidance; skip loading the embedding model for it.
    retriever = None if kind == "evidence_list" else retriever_for(settings)
    return draft_document(
        case,
        kind,
        llm,
        retriever=retriever,
        max_tokens=settings.llm_max_tokens,
        temperature=settings.llm_temperature,
    )
