"""The deterministic `template` backend: no model. Drafts come from the skeleton's own texts."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence

from drafting.backends.base import ChatMessage


class TemplateBackend:
    """Meets the LLMBackend contract without a model.

    The composer recognises it (`deterministic = True`) and fills the narrative slots with the
    skeleton's template texts; asked directly, it echoes the last user message, which makes it a
    handy test double.
    """

    name = "template"
    deterministic = True

    def generate(
        self,
        messages: Sequence[ChatMessage],
        *,
        max_tokens: int = 512,
        temperature: float = 0.0,
        stop_event: threading.Event | None = None,
    ) -> Iterator[str]:
        """Yield the last user message back, one line at a time."""
        last = next((m.content for m in reversed(messages) if m.role == "user"), "")
        for line in last.splitlines(keepends=True):
            if stop_event is not None and stop_event.is_set():
                return
            yield line
