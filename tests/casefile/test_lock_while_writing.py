"""Locking the data dir while something still writes to it: nothing is lost, nothing lands plain.

The transcription runs on the real background worker, with a transcriber double that waits
until the test lets it finish, so its write lands after the lock was asked for.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import settings as settings_module
from casefile.store import CaseStore, crypto
from casefile.store.lock import create_locked, open_store
from casefile.store.recordings import latest_transcript
from casefile.store.relock import change_passphrase, lock_existing
from casefile.store.writers import HeldJobs, pending_jobs
from errors import StoreLocked
from evidence.audio.case import queue_transcription, store_recording
from evidence.audio.jobs import DONE, FAILED, TranscriptionJobs
from tests.audio_clips import CANNED, tone, write_wav

NAME = "13800138000_20250302153012.wav"
PASSPHRASE = "保护口令123"
WAIT_S = 30


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "TIME_COST", 1)
    monkeypatch.setattr(crypto, "MEMORY_COST_KIB", 1024)


class GatedTranscriber:
    """Returns the canned segments, but only once the test sets `finish`."""

    name = "gated"

    def __init__(self) -> None:
        self.started = threading.Event()
        self.finish = threading.Event()

    def transcribe(self, samples, progress=None):
        self.started.set()
        assert self.finish.wait(WAIT_S), "the test never let the transcription finish"
        return list(CANNED)


def _recording(tmp_path: Path, store: CaseStore):
    settings = settings_module.load_settings({"CS_DATA_DIR": str(store.data_dir)})
    case_id = store.create_case("录音")
    data = write_wav(tmp_path / NAME, tone(3.0)).read_bytes()
    return settings, case_id, store_recording(store, case_id, NAME, data, settings)


def _texts(version) -> list[str]:
    return [segment["text"] for segment in version.segments]


def test_locking_waits_for_no_transcription_and_loses_none(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = CaseStore(data)
    settings, case_id, item = _recording(tmp_path, store)
    transcriber = GatedTranscriber()
    jobs = TranscriptionJobs()
    held = HeldJobs(jobs, data, "录音转写")
    queue_transcription(held, data, case_id, item, settings, transcriber)  # type: ignore[arg-type]
    assert transcriber.started.wait(WAIT_S)
    assert pending_jobs(data) == ["录音转写"]

    # Asked while the transcript is still to be written: refused in Chinese, nothing changed.
    with pytest.raises(StoreLocked) as refused:
        lock_existing(data, PASSPHRASE)
    assert "录音转写" in refused.value.message("zh")
    assert "请等" in refused.value.message("zh")
    assert not (data / crypto.LOCK_NAME).exists()

    transcriber.finish.set()
    assert jobs.wait((case_id, item.sha256), WAIT_S).state == DONE
    assert pending_jobs(data) == []
    assert _texts(latest_transcript(store, case_id, item.id)) == [s.text for s in CANNED]

    # Once it has written, locking goes ahead and the transcript is in the encrypted store.
    lock_existing(data, PASSPHRASE)
    locked = open_store(data, PASSPHRASE)
    assert _texts(latest_transcript(locked, case_id, item.id)) == [s.text for s in CANNED]
    assert "上门" in locked.get_evidence(case_id, item.id).entities["threats"]


def test_changing_the_passphrase_is_refused_while_a_locked_transcription_runs(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    store = create_locked(data, PASSPHRASE)
    settings, case_id, item = _recording(tmp_path, store)
    transcriber = GatedTranscriber()
    jobs = TranscriptionJobs()
    held = HeldJobs(jobs, data, "录音转写")
    queue_transcription(held, data, case_id, item, settings, transcriber, key=store.key)  # type: ignore[arg-type]
    assert transcriber.started.wait(WAIT_S)
    with pytest.raises(StoreLocked, match="background job"):
        change_passphrase(data, PASSPHRASE, "另一个口令456")
    transcriber.finish.set()
    assert jobs.wait((case_id, item.sha256), WAIT_S).state == DONE
    change_passphrase(data, PASSPHRASE, "另一个口令456")
    again = open_store(data, "另一个口令456")
    assert _texts(latest_transcript(again, case_id, item.id)) == [s.text for s in CANNED]


def test_a_duplicate_submit_takes_no_second_hold(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = CaseStore(data)
    settings, case_id, item = _recording(tmp_path, store)
    transcriber = GatedTranscriber()
    jobs = TranscriptionJobs()
    held = HeldJobs(jobs, data, "录音转写")
    for _ in range(3):  # three clicks on 开始转写 while it runs
        queue_transcription(held, data, case_id, item, settings, transcriber)  # type: ignore[arg-type]
    assert transcriber.started.wait(WAIT_S)
    assert pending_jobs(data) == ["录音转写"]
    transcriber.finish.set()
    assert jobs.wait((case_id, item.sha256), WAIT_S).state == DONE
    assert pending_jobs(data) == []
    lock_existing(data, PASSPHRASE)  # the hold did not leak


def test_a_job_that_fails_releases_its_hold(tmp_path: Path) -> None:
    data = tmp_path / "data"
    jobs = TranscriptionJobs()

    def crash(progress) -> None:
        raise RuntimeError("boom")

    HeldJobs(jobs, data, "录音转写").submit(("c", "1"), crash)
    assert jobs.wait(("c", "1"), WAIT_S).state == FAILED
    assert pending_jobs(data) == []


def test_a_store_opened_before_the_lock_refuses_typed_and_writes_nothing_plain(
    tmp_path: Path,
) -> None:
    """The late write of a job started without the hold (another path, an older page)."""
    data = tmp_path / "data"
    stale = CaseStore(data)
    case_id = stale.create_case("旧窗口")
    lock_existing(data, PASSPHRASE)
    before = sorted(p.name for p in (data / "files").rglob("*"))

    with pytest.raises(StoreLocked) as refused:
        stale.add_evidence(
            case_id, "new.png", b"plain bytes " * 40, kind="sms", ocr_text="", entities={}
        )
    assert "刚刚被加密" in refused.value.message("zh")
    assert "口令" in refused.value.message("zh")
    with pytest.raises(StoreLocked, match="just locked"):
        stale.set_step(case_id, "evidence", "done")
    with pytest.raises(StoreLocked, match="just locked"):  # a read too: never a raw DatabaseError
        stale.list_cases()
    assert sorted(p.name for p in (data / "files").rglob("*")) == before
    for path in (data / "files").rglob("*"):
        assert b"plain bytes" not in (path.read_bytes() if path.is_file() else b"")
    assert open_store(data, PASSPHRASE).steps(case_id)["evidence"] == "todo"


def test_a_store_of_the_old_passphrase_refuses_after_a_change(tmp_path: Path) -> None:
    data = tmp_path / "data"
    old = create_locked(data, PASSPHRASE)
    case_id = old.create_case("案件")
    change_passphrase(data, PASSPHRASE, "另一个口令456")
    with pytest.raises(StoreLocked, match="passphrase changed"):
        old.set_step(case_id, "facts", "done")
    with pytest.raises(StoreLocked, match="passphrase changed"):
        old.get_case(case_id)


def test_writes_racing_a_lock_are_all_kept_or_refused_never_lost(tmp_path: Path) -> None:
    """Every write that returned is in the locked store; the others raised StoreLocked."""
    data = tmp_path / "data"
    store = CaseStore(data)
    case_id = store.create_case("并发")
    saved: list[str] = []
    refused: list[str] = []
    stop = threading.Event()

    def keep_writing() -> None:
        n = 0
        while not stop.is_set() and n < 2000:
            n += 1
            title = f"标题{n}"
            try:
                store.rename_case(case_id, title)
            except StoreLocked:
                refused.append(title)
                return
            saved.append(title)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    while len(saved) < 5:
        stop.wait(0.005)
    lock_existing(data, PASSPHRASE)
    stop.set()
    writer.join(WAIT_S)
    locked = open_store(data, PASSPHRASE)
    assert refused, "the writer kept writing into a locked data dir"
    assert locked.case_row(case_id)["title"] == saved[-1]
    renames = [
        e["detail"]["title"] for e in locked.audit_log(case_id) if e["action"] == "case.rename"
    ]
    assert renames == saved
