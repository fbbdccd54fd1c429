"""Background transcription: the job registry (fakes) and the 证据 page while a job runs."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from audio_clips import CANNED
from streamlit.testing.v1 import AppTest

import settings as settings_module
from casefile.store import CaseStore
from casefile.store.recordings import latest_transcript, transcript_versions
from errors import UnreadableAudio
from evidence.audio.case import (
    RecordingFailure,
    keep_recordings,
    queue_transcription,
    store_recording,
    transcribe_stored,
)
from evidence.audio.decode import SAMPLE_RATE
from evidence.audio.jobs import DONE, FAILED, QUEUED, RUNNING, TranscriptionJobs, shared_jobs
from evidence.audio.transcribe import FasterWhisperTranscriber, Segment

ROOT = Path(__file__).resolve().parents[3]
NAME = "13800138000_20250302153012.m4a"
WAIT_S = 30


class SteppedTranscriber:
    """Reports progress like faster-whisper (segment end / duration) and can be held mid-way."""

    name = "stepped"

    def __init__(self, segments: list[Segment], hold: threading.Event | None = None) -> None:
        self.segments = segments
        self.hold = hold
        self.halfway = threading.Event()

    def transcribe(self, samples, progress=None):
        total = len(samples) / SAMPLE_RATE
        for number, segment in enumerate(self.segments):
            if progress:
                progress(segment.end / total)
            if number == 0:
                self.halfway.set()
                if self.hold is not None:
                    assert self.hold.wait(WAIT_S)
        return list(self.segments)


def wait_until(check, timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


# --- the registry with fake work ----------------------------------------------------------------


def test_progress_then_done() -> None:
    jobs = TranscriptionJobs()
    step, release = threading.Event(), threading.Event()

    def work(progress) -> None:
        progress(0.25)
        progress(0.1)  # never goes backwards
        step.set()
        assert release.wait(WAIT_S)
        progress(0.75)

    assert jobs.submit(("c1", "a" * 64), work).state == QUEUED
    assert step.wait(WAIT_S)
    running = jobs.status(("c1", "a" * 64))
    assert (running.state, running.progress, running.pending) == (RUNNING, 0.25, True)
    release.set()
    done = jobs.wait(("c1", "a" * 64), WAIT_S)
    assert (done.state, done.progress, done.error, done.pending) == (DONE, 1.0, None, False)
    assert set(jobs.statuses("c1")) == {"a" * 64}
    assert jobs.statuses("other") == {}


def test_failures_carry_a_chinese_message_and_the_worker_survives() -> None:
    jobs = TranscriptionJobs()

    def unreadable(progress) -> None:
        raise UnreadableAudio("x.amr：录音编码无法解码。", "x.amr: no decoder.", "请另存为 m4a。")

    def crash(progress) -> None:
        raise RuntimeError("boom")

    jobs.submit(("c", "1"), unreadable)
    jobs.submit(("c", "2"), crash)
    jobs.submit(("c", "3"), lambda progress: None)
    first, second, third = (jobs.wait(("c", key), WAIT_S) for key in "123")
    assert first.state == FAILED
    assert first.error.message("zh") == "x.amr：录音编码无法解码。请另存为 m4a。"
    assert second.state == FAILED
    assert "转写失败" in second.error.zh
    assert "boom" in second.error.zh
    assert "录音原文件已保存" in second.error.next_zh
    assert third.state == DONE


def test_one_job_at_a_time_and_no_duplicates() -> None:
    jobs = TranscriptionJobs()
    running, most = 0, 0
    lock = threading.Lock()
    release = threading.Event()
    started = threading.Event()

    def work(progress) -> None:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        started.set()
        assert release.wait(WAIT_S)
        time.sleep(0.02)
        with lock:
            running -= 1

    jobs.submit(("c", "1"), work)
    assert started.wait(WAIT_S)
    jobs.submit(("c", "2"), work)
    again = jobs.submit(("c", "1"), lambda progress: pytest.fail("a duplicate ran"))
    assert again.state == RUNNING
    assert jobs.status(("c", "2")).state == QUEUED
    release.set()
    assert jobs.wait(("c", "1"), WAIT_S).state == DONE
    assert jobs.wait(("c", "2"), WAIT_S).state == DONE
    assert most == 1
    # A finished job can be submitted again (a retry runs).
    ran = threading.Event()
    jobs.submit(("c", "1"), lambda progress: ran.set())
    assert jobs.wait(("c", "1"), WAIT_S).state == DONE
    assert ran.is_set()


# --- recordings into a case, transcribed in the background --------------------------------------


def test_upload_is_kept_at_once_and_transcribed_in_the_background(
    store: CaseStore, recording: bytes, isolated_data_dir: Path
) -> None:
    settings = settings_module.load_settings()
    case_id = store.create_case("录音")
    item = store_recording(store, case_id, f"phone/{NAME}", recording, settings)
    assert (item.kind, item.filename, item.captured_on) == ("recording", NAME, "2025-03-02")
    assert store.evidence_bytes(case_id, item.id) == recording
    assert item.text == "通话录音，对方 13800138000，2025-03-02 15:30:12，时长 5秒"
    assert latest_transcript(store, case_id, item.id) is None

    hold = threading.Event()
    transcriber = SteppedTranscriber(CANNED, hold)
    jobs = TranscriptionJobs()
    queue_transcription(jobs, isolated_data_dir, case_id, item, settings, transcriber)
    assert transcriber.halfway.wait(WAIT_S)
    key = (case_id, item.sha256)
    wait_until(lambda: jobs.status(key).progress > 0)
    assert jobs.status(key).state == RUNNING
    assert jobs.status(key).progress == pytest.approx(CANNED[0].end / 5.0, abs=0.05)
    hold.set()
    assert jobs.wait(key, WAIT_S).state == DONE
    (version,) = transcript_versions(store, case_id, item.id)
    assert (version.version, version.source, version.engine) == (1, "machine", "stepped")
    assert [s["text"] for s in version.segments] == [s.text for s in CANNED]
    again = store.get_evidence(case_id, item.id)
    assert again.text.splitlines()[1:] == [s.text for s in CANNED]
    assert "上门" in again.entities["threats"]
    assert "13800138000" in again.entities["phones"]
    assert "上门" in again.summary


def test_missing_model_fails_clearly_and_keeps_the_file(
    store: CaseStore, recording: bytes, isolated_data_dir: Path, tmp_path: Path
) -> None:
    settings = settings_module.load_settings()
    case_id = store.create_case("录音")
    item = store_recording(store, case_id, NAME, recording, settings)
    jobs = TranscriptionJobs()
    missing = FasterWhisperTranscriber(tmp_path / "no-model")
    queue_transcription(jobs, isolated_data_dir, case_id, item, settings, missing)
    job = jobs.wait((case_id, item.sha256), WAIT_S)
    assert job.state == FAILED
    assert "找不到语音识别模型" in job.error.message("zh")
    assert "make setup" in job.error.message("zh")
    assert store.evidence_bytes(case_id, item.id) == recording
    assert latest_transcript(store, case_id, item.id) is None


def test_a_recording_deleted_meanwhile_is_left_alone(
    store: CaseStore, recording: bytes, isolated_data_dir: Path
) -> None:
    settings = settings_module.load_settings()
    case_id = store.create_case("录音")
    item = store_recording(store, case_id, NAME, recording, settings)
    hold = threading.Event()
    transcriber = SteppedTranscriber(CANNED, hold)
    jobs = TranscriptionJobs()
    queue_transcription(jobs, isolated_data_dir, case_id, item, settings, transcriber)
    assert transcriber.halfway.wait(WAIT_S)
    store.delete_evidence(case_id, item.id)
    hold.set()
    assert jobs.wait((case_id, item.sha256), WAIT_S).state == DONE
    assert transcript_versions(store, case_id, item.id) == []


def test_not_a_recording_is_refused_and_nothing_stored(store: CaseStore) -> None:
    case_id = store.create_case("录音")
    settings = settings_module.load_settings()
    with pytest.raises(UnreadableAudio) as empty:
        store_recording(store, case_id, "empty.amr", b"", settings)
    assert "文件是空的" in empty.value.zh
    with pytest.raises(UnreadableAudio) as junk:
        store_recording(store, case_id, "x.mp3", b"not audio" * 100, settings)
    assert "不是可识别的录音文件" in junk.value.zh
    assert store.list_evidence(case_id) == []


def test_a_batch_keeps_good_files_and_reports_bad_ones(
    store: CaseStore, recording: bytes, isolated_data_dir: Path
) -> None:
    settings = settings_module.load_settings()
    case_id = store.create_case("录音")
    queued: list[str] = []
    results = keep_recordings(
        store, case_id, [("empty.amr", b""), (NAME, recording)], settings,
        lambda item: queued.append(item.id),
    )  # fmt: skip
    failure, item = results
    assert isinstance(failure, RecordingFailure)
    assert "文件是空的" in failure.error.zh
    assert queued == [item.id]
    assert [stored.id for stored in store.list_evidence(case_id)] == [item.id]
    # The same file again after it was transcribed: kept once, not transcribed again.
    transcribe_stored(store, case_id, item.id, settings, SteppedTranscriber(CANNED))
    assert keep_recordings(store, case_id, [(NAME, recording)], settings, queued.append) == [
        store.get_evidence(case_id, item.id)
    ]
    assert queued == [item.id]


# --- the page while a job runs -------------------------------------------------------------------


def test_page_shows_progress_then_the_transcript(
    store: CaseStore, recording: bytes, isolated_data_dir: Path
) -> None:
    settings = settings_module.load_settings()
    case_id = store.create_case("录音")
    item = store_recording(store, case_id, NAME, recording, settings)
    hold = threading.Event()
    transcriber = SteppedTranscriber(CANNED, hold)
    queue_transcription(shared_jobs(), isolated_data_dir, case_id, item, settings, transcriber)
    assert transcriber.halfway.wait(WAIT_S)
    key = (case_id, item.sha256)
    wait_until(lambda: shared_jobs().status(key).progress > 0)

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["case.id"] = case_id
    at.switch_page("views/evidence.py")
    try:
        at.run()
        assert not at.exception
        # The sidebar shows the journey's progress too: the transcription's bar is the one here.
        (bar,) = [b for b in at.get("progress") if b.proto.text.startswith("正在本机转写：")]
        assert 40 <= bar.proto.value <= 55  # 2.5 s of the ~5 s recording (AAC adds a little)
        assert len(at.get("audio")) == 1  # the original plays while it is transcribed
        assert any(item.sha256 in c.value for c in at.caption)  # kept, with its fingerprint
        assert not [frame for frame in at.dataframe if "start" in frame.value.columns]
    finally:
        hold.set()
    assert shared_jobs().wait(key, WAIT_S).state == DONE
    at.run()
    assert not at.exception
    assert not [b for b in at.get("progress") if b.proto.text.startswith("正在本机转写：")]
    assert any("机器转写，请边听边核对" in w.value for w in at.warning)
    (table,) = [frame for frame in at.dataframe if "start" in frame.value.columns]
    assert list(table.value["text"]) == [segment.text for segment in CANNED]


def test_page_shows_a_failed_job_and_keeps_the_recording(
    store: CaseStore, recording: bytes, isolated_data_dir: Path, tmp_path: Path
) -> None:
    settings = settings_module.load_settings()
    case_id = store.create_case("录音")
    item = store_recording(store, case_id, NAME, recording, settings)
    missing = FasterWhisperTranscriber(tmp_path / "no-model")
    queue_transcription(shared_jobs(), isolated_data_dir, case_id, item, settings, missing)
    assert shared_jobs().wait((case_id, item.sha256), WAIT_S).state == FAILED

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["case.id"] = case_id
    at.switch_page("views/evidence.py")
    at.run()
    assert not at.exception
    assert any("找不到语音识别模型" in e.value for e in at.error)
    assert any("原文件已保存在案件中" in c.value for c in at.caption)
    assert at.button(key=f"evidence.transcribe.{item.id}").label == "重新转写"
    assert len(at.get("audio")) == 1
    # The words can still be typed by hand while listening.
    assert [frame for frame in at.dataframe if "start" in frame.value.columns]
