"""Benchmark the guidance retrieval: index build, warm query latency, recall@3 by method.

Run from the repo root: `.venv/bin/python bench/retrieval.py` (builds a fresh index in a temp dir).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import settings as settings_module  # noqa: E402 - first: forces the offline environment
from rag.embedder import SentenceTransformerEmbedder  # noqa: E402
from rag.evaluation import load_questions, recall_at_k  # noqa: E402
from rag.retrieval import build_retriever  # noqa: E402

QUESTIONS = ROOT / "tests" / "rag" / "questions.toml"  # the set fusion settings were tuned on
REPORT_QUESTIONS = ROOT / "tests" / "rag" / "questions_heldout.toml"  # never tuned on


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def latencies(search, queries: list[str]) -> list[float]:
    seconds = []
    for query in queries:
        started = time.perf_counter()
        search(query, 5)
        seconds.append(time.perf_counter() - started)
    return seconds


def main() -> None:
    questions = load_questions(QUESTIONS)
    queries = [q.text for q in questions]
    with tempfile.TemporaryDirectory() as data_dir:
        settings = settings_module.load_settings({"CS_DATA_DIR": data_dir})
        embedder = SentenceTransformerEmbedder(settings.embedding_model_path)
        started = time.perf_counter()
        embedder.model  # noqa: B018 - load time is reported apart from the build
        load_seconds = time.perf_counter() - started
        retriever = build_retriever(settings, embedder)
        build_seconds = retriever.seconds
        reuse_seconds = build_retriever(settings, embedder).seconds
        embedder.embed_queries(["预热"])  # warm: first call pays one-off allocations
        bm25 = latencies(retriever.search_bm25, queries)
        # Each question once, uncached: hybrid latency includes embedding the query.
        hybrid = latencies(retriever.search, queries)
        report = load_questions(REPORT_QUESTIONS)
        recalls = {
            (name, label): recall_at_k(search, asked, k=3)
            for label, asked in (("tuning", questions), ("report", report))
            for name, search in (
                ("bm25", retriever.search_bm25),
                ("dense", retriever.search_dense),
                ("hybrid", retriever.search),
            )
        }
    print(f"passages: {len(retriever.chunks)}, questions: {len(questions)} tuning, "
          f"{len(report)} report (held out)")  # fmt: skip
    print(f"model load: {load_seconds:.1f} s")
    print(
        f"index build (embed + Chroma): {build_seconds:.1f} s; reuse check: {reuse_seconds:.2f} s"
    )
    for name, values in (("bm25", bm25), ("hybrid", hybrid)):
        p50, p95 = percentile(values, 0.5) * 1000, percentile(values, 0.95) * 1000
        print(f"warm query {name:6}: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    ratio = statistics.median(hybrid) / statistics.median(bm25)
    print(f"hybrid / bm25 p50 latency ratio: {ratio:.0f}x")
    for (name, label), recall in recalls.items():
        print(f"recall@3 {label:6} {name:6}: {recall.value:.3f} ({recall.hits}/{recall.total})")


if __name__ == "__main__":
    main()
