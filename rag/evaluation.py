"""Retrieval quality on a question set: recall@k by topic (used by tests and the benchmark)."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


class _HasTopic(Protocol):
    topic: str


Search = Callable[[str, int], Sequence[_HasTopic]]


@dataclass(frozen=True)
class Question:
    """A colloquial question and the corpus topic that should answer it."""

    text: str
    topic: str


@dataclass(frozen=True)
class Recall:
    """recall@k of one search method, with the questions it missed (for the failure message)."""

    hits: int
    total: int
    misses: tuple[tuple[str, str, tuple[str, ...]], ...]  # (question, wanted, got topics)

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0


def load_questions(path: Path) -> list[Question]:
    """`[[question]] q = "…", topic = "…"` entries of a TOML file."""
    with Path(path).open("rb") as handle:
        rows = tomllib.load(handle).get("question", [])
    return [Question(str(row["q"]), str(row["topic"])) for row in rows]


def recall_at_k(search: Search, questions: Sequence[Question], k: int = 3) -> Recall:
    """Share of questions whose expected topic appears among the top `k` results."""
    hits = 0
    misses = []
    for question in questions:
        topics = tuple(passage.topic for passage in search(question.text, k))
        if question.topic in topics[:k]:
            hits += 1
        else:
            misses.append((question.text, question.topic, topics[:k]))
    return Recall(hits=hits, total=len(questions), misses=tuple(misses))
