"""The one small contract every model backend meets: stream the reply to a chat, token by token."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class ChatMessage:
    role: str  # "system" | "user" | "assistant"
    content: str
    # The start of `content` that other prompts share (a case's materials, before the kind's
    # task): a backend may evaluate it once and reuse it. Empty: nothing worth reusing.
    shared_head: str = ""


class LLMBackend(Protocol):
    """The whole contract a model backend meets: stream the reply to `messages`."""

    name: str

    def generate(
        self,
        messages: Sequence[ChatMessage],
        *,
        max_tokens: int = 512,
        temperature: float = 0.0,
        stop_event: threading.Event | None = None,
    ) -> Iterator[str]: ...


def as_chat(messages: Sequence[ChatMessage]) -> list[dict[str, str]]:
    """The messages as llama-cpp-python's chat API takes them."""
    return [{"role": m.role, "content": m.content} for m in messages]


def generated_where(backend: object) -> str | None:
    """Where `backend` generates text (model file, or server + model); None for the template."""
    where = getattr(backend, "where", None)
    return where() if callable(where) else None
