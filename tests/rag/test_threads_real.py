"""`cli.py search` ranks the same whatever thread limits the shell sets (real EmbeddingGemma).

With OMP_THREAD_LIMIT=1, EmbeddingGemma in bfloat16 used to return NaN vectors and the search
silently returned unrelated passages; each run here is a fresh process, as a user's would be.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QUERY = "网贷平台暴力催收，应该向哪个监管部门投诉？"
THREAD_VARIABLES = ("OMP_THREAD_LIMIT", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

pytestmark = pytest.mark.model


def _search(data_dir: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in THREAD_VARIABLES}
    env.update(CS_DATA_DIR=str(data_dir), **extra)
    return subprocess.run(
        [sys.executable, "cli.py", "search", QUERY, "-k", "5", "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


@pytest.fixture(scope="module")
def baseline(real_index) -> tuple[Path, list[dict]]:
    _, data_dir = real_index
    completed = _search(data_dir)
    assert completed.returncode == 0, completed.stderr[-2000:]
    return data_dir, json.loads(completed.stdout)


@pytest.mark.parametrize("variable", THREAD_VARIABLES)
def test_search_is_the_same_with_one_thread(baseline, variable: str):
    data_dir, expected = baseline
    completed = _search(data_dir, **{variable: "1"})
    assert completed.returncode == 0, completed.stderr[-2000:]
    # No keyword-only note: the dense half worked (vectors were finite).
    assert "BM25" not in completed.stderr, completed.stderr
    got = json.loads(completed.stdout)
    assert [(r["source"], r["heading"]) for r in got] == [
        (r["source"], r["heading"]) for r in expected
    ]
    assert [r["score"] for r in got] == pytest.approx([r["score"] for r in expected], abs=1e-3)
