"""Fixtures of the drafting tests: the case files and a scripted fake LLM."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence

import pytest

# A page AppTest puts views/ before the repo root on sys.path: were the evidence package first
# imported there, views/evidence.py would be taken for it. Import the package first.
import evidence  # noqa: F401
from casefile.model import Case
from drafting.backends.base import ChatMessage
from tests.case_files import CASE_NAMES, CASES_DIR, TODAY, case_named

__all__ = ["CASES_DIR", "CASE_NAMES", "TODAY", "ScriptedLLM", "case_named"]


class ScriptedLLM:
    """A fake backend: replies from a queue, and remembers every prompt (simonw/llm's mock)."""

    name = "scripted"

    def __init__(self, *replies: str, error: Exception | None = None) -> None:
        self.replies = list(replies)
        self.error = error
        self.history: list[list[ChatMessage]] = []

    def generate(
        self,
        messages: Sequence[ChatMessage],
        *,
        max_tokens: int = 512,
        temperature: float = 0.0,
        stop_event: threading.Event | None = None,
    ) -> Iterator[str]:
        self.history.append(list(messages))
        if self.error is not None:
            raise self.error
        reply = self.replies.pop(0) if self.replies else ""
        for index in range(0, len(reply), 7):
            if stop_event is not None and stop_event.is_set():
                return
            yield reply[index : index + 7]


@pytest.fixture
def typical() -> Case:
    return case_named("typical")


# Raw-LLM outcomes of the real-model tests, reported at the end of the run.
LLM_OUTCOMES: list[tuple[str, str, str, bool | None]] = []


def pytest_terminal_summary(terminalreporter) -> None:
    if not LLM_OUTCOMES:
        return
    passed = sum(1 for *_, raw in LLM_OUTCOMES if raw)
    terminalreporter.write_sep("-", "drafting: raw LLM narratives")
    for name, kind, repair, raw in LLM_OUTCOMES:
        terminalreporter.write_line(f"{name:>16} {kind:<10} raw_passed={raw!s:<5} repair={repair}")
    terminalreporter.write_line(f"raw LLM part passed without repair: {passed}/{len(LLM_OUTCOMES)}")
