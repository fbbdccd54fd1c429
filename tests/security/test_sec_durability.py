"""Promise 5: nothing committed is lost — `kill -9` in the middle of an OCR batch and of saves.

Each test starts a real worker process, lets it commit some work, kills it with SIGKILL (no
cleanup handlers run), then restarts and checks: every write it reported as done is intact, the
database passes SQLite's integrity check, and no half-written file is visible.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from casefile.store import CaseStore
from evidence.intake import ScreenshotResult, process_paths
from settings import load_settings
from tests.security.sec_helpers import PYTHON, ROOT, encode, text_image


def start(script: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [PYTHON, "-c", script],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: the kill reaches Tesseract children too
    )


def kill_group(process: subprocess.Popen[str]) -> None:
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def wait_for(condition, timeout_s: float = 240) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "the worker made no progress in time"
        time.sleep(0.05)


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Eight small distinct screenshots (distinct bytes: distinct cache keys)."""
    folder = tmp_path_factory.mktemp("batch")
    paths = []
    for index in range(8):
        image = text_image([f"催收短信 第{index + 1}条", f"请联系 1700000{index:04d}"], (640, 160))
        path = folder / f"IMG_{index:04d}.png"
        path.write_bytes(encode(image, "PNG"))
        paths.append(path)
    return paths


def test_kill_during_ocr_batch_then_resume(batch: list[Path], isolated_data_dir: Path) -> None:
    env = dict(os.environ, CS_DATA_DIR=str(isolated_data_dir), CS_OCR_WORKERS="1")
    cache_dir = load_settings().ocr_cache_dir
    worker = subprocess.Popen(
        [PYTHON, "cli.py", "ocr", "--json", *map(str, batch)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True,
    )  # fmt: skip

    def cached() -> list[Path]:
        return sorted(cache_dir.rglob("*.json")) if cache_dir.exists() else []

    wait_for(lambda: len(cached()) >= 2)
    kill_group(worker)
    done_before = {path.name.split("-")[0] for path in cached()}
    assert 2 <= len(done_before) < len(batch), "kill landed too late to prove anything"
    # No half-written cache entry is visible under its final name.
    for entry in cached():
        json.loads(entry.read_text(encoding="utf-8"))

    settings = load_settings()
    results = process_paths(batch, settings)
    assert all(isinstance(item, ScreenshotResult) for item in results)
    resumed = {item.sha256 for item in results if item.cached}
    assert resumed == done_before  # the batch resumes: finished files are not read again
    missing = {item.file for item in results if not item.cached}
    assert len(missing) == len(batch) - len(done_before)  # exactly what was missing was redone
    assert all(item.text.strip() for item in results)


SAVER = """
import hashlib, os, sys
from casefile.store import CaseStore
store = CaseStore(sys.argv[1])
case_id = store.create_case("kill -9")
print("case", case_id, flush=True)
for index in range(100000):
    data = os.urandom(64 * 1024) + index.to_bytes(4, "big")
    item = store.add_evidence(case_id, f"IMG_{index}.png", data, kind="sms",
                              ocr_text=f"text {index}", entities={})
    store.update_evidence(case_id, item.id, corrected_text=f"corrected {index}")
    print("committed", item.id, hashlib.sha256(data).hexdigest(), flush=True)
"""


def test_kill_during_saves_loses_nothing_committed(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    worker = start(SAVER.replace("sys.argv[1]", repr(str(data_dir))), dict(os.environ))
    assert worker.stdout is not None
    lines: list[str] = []
    while len(lines) < 25:  # 1 case line + 24 committed saves, then kill mid-stream
        line = worker.stdout.readline()
        assert line, worker.stderr.read() if worker.stderr else ""
        lines.append(line.split())
    kill_group(worker)
    lines += [line.split() for line in worker.stdout.read().splitlines() if line.strip()]

    case_id = lines[0][1]
    committed = {line[1]: line[2] for line in lines[1:] if line and line[0] == "committed"}
    assert len(committed) >= 24

    store = CaseStore(data_dir)  # restart: reopens, replays the WAL
    assert store.integrity_check() == "ok"
    stored = {item.id: item for item in store.list_evidence(case_id)}
    for evidence_id, sha256 in committed.items():
        item = stored[evidence_id]
        assert item.sha256 == sha256
        assert hashlib.sha256(store.evidence_bytes(case_id, evidence_id)).hexdigest() == sha256
        number = item.filename.removeprefix("IMG_").removesuffix(".png")
        assert item.text == f"corrected {number}"
    # At most the one save in flight may exist beyond what was reported; none is half-stored.
    assert len(stored) - len(committed) <= 1
    for item in stored.values():
        assert hashlib.sha256(store.evidence_bytes(case_id, item.id)).hexdigest() == item.sha256
    # A kill between write and rename may leave one hidden temp file; never a visible half file.
    assert len(list(store.files_dir.rglob("*.tmp"))) <= 1


EXPORTER = """
import sys
from pathlib import Path
from exports.evidence_list import write_atomically
target = Path(sys.argv[1])
print("ready", flush=True)
for round_ in range(100000):
    write_atomically(target, bytes([round_ % 256]) * (8 * 1024 * 1024))
    print("wrote", round_, flush=True)
"""


def test_kill_during_export_leaves_old_or_new_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "case.pdf"
    worker = start(EXPORTER.replace("sys.argv[1]", repr(str(target))), dict(os.environ))
    assert worker.stdout is not None
    seen = 0
    while seen < 3:
        line = worker.stdout.readline()
        assert line, worker.stderr.read() if worker.stderr else ""
        seen += line.startswith("wrote")
    kill_group(worker)
    data = target.read_bytes()
    assert len(data) == 8 * 1024 * 1024  # a whole file, never a prefix
    assert data == data[:1] * len(data)
    visible = [p.name for p in target.parent.iterdir() if not p.name.startswith(".")]
    assert visible == ["case.pdf"]
