"""Locking existing data in place and re-keying: all or nothing, even under kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from casefile.store import CaseStore, crypto
from casefile.store.lock import open_store
from casefile.store.relock import STAGING, change_passphrase, lock_existing
from errors import StoreLocked

ROOT = Path(__file__).resolve().parents[2]
PHONE = "13912345678"
SCREENSHOTS = [f"screenshot {n} ".encode() * 30 for n in range(3)]

# A child that locks `data`, SIGKILLing itself at the Nth call of `point` (os.fsync or os.replace).
CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from casefile.store import crypto
    crypto.TIME_COST, crypto.MEMORY_COST_KIB = 1, 1024
    from casefile.store import relock
    data, point, nth, action = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    real = getattr(os, point)
    calls = [0]
    def hooked(*args, **kwargs):
        calls[0] += 1
        if calls[0] == nth:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    setattr(os, point, hooked)
    if action == "lock":
        relock.lock_existing(data, "新口令")
    else:
        relock.change_passphrase(data, "新口令", "第二个口令")
    print("calls", calls[0])
    """
)


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "TIME_COST", 1)
    monkeypatch.setattr(crypto, "MEMORY_COST_KIB", 1024)


def _fill(data: Path) -> str:
    store = CaseStore(data)
    case_id = store.create_case(f"张某 {PHONE}")
    for n, blob in enumerate(SCREENSHOTS):
        store.add_evidence(case_id, f"IMG_{n}.png", blob, kind="sms", ocr_text=PHONE, entities={})
    return case_id


def _assert_whole(store: CaseStore, case_id: str) -> None:
    assert store.get_summary(case_id).title == f"张某 {PHONE}"
    for n, blob in enumerate(SCREENSHOTS):
        assert store.evidence_bytes(case_id, f"E{n + 1}") == blob
    assert store.integrity_check() == "ok"


def _run(data: Path, point: str, nth: int, action: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(data), point, str(nth), action],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_lock_existing_then_change_passphrase(tmp_path: Path) -> None:
    data = tmp_path / "data"
    case_id = _fill(data)
    lock_existing(data, "一")
    assert not (data / STAGING).exists()
    for path in data.rglob("*"):
        if path.is_file():
            assert PHONE.encode() not in path.read_bytes()
            assert SCREENSHOTS[0][:20] not in path.read_bytes()
    _assert_whole(open_store(data, "一"), case_id)
    with pytest.raises(StoreLocked):
        change_passphrase(data, "错的", "二")
    _assert_whole(open_store(data, "一"), case_id)  # a wrong old passphrase changed nothing
    change_passphrase(data, "一", "二")
    with pytest.raises(StoreLocked):
        open_store(data, "一")
    _assert_whole(open_store(data, "二"), case_id)
    with pytest.raises(StoreLocked):
        lock_existing(data, "三")


@pytest.mark.parametrize("action", ["lock", "rekey"])
@pytest.mark.parametrize("point", ["fsync", "replace"])
def test_kill_9_at_every_step_leaves_one_whole_store(
    tmp_path: Path, point: str, action: str
) -> None:
    template = tmp_path / "template"
    case_id = _fill(template)
    if action == "rekey":
        lock_existing(template, "新口令")
    total = _count_calls(tmp_path, template, point, action)
    assert total >= 3
    for nth in range(1, total + 1):
        data = tmp_path / f"kill-{nth}"
        subprocess.run(["cp", "-a", str(template), str(data)], check=True)
        result = _run(data, point, nth, action)
        assert result.returncode == -signal.SIGKILL, result.stderr
        before = "新口令" if action == "rekey" else None
        try:
            store = open_store(data, before)
        except StoreLocked:
            store = open_store(data, "新口令" if action == "lock" else "第二个口令")
        _assert_whole(store, case_id)
        assert not (data / STAGING).exists()


def _count_calls(tmp_path: Path, template: Path, point: str, action: str) -> int:
    probe = tmp_path / "probe"
    subprocess.run(["cp", "-a", str(template), str(probe)], check=True)
    result = _run(probe, point, 10**6, action)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split()[-1])
