"""Work off the page's thread on a locked data dir: it gets the session's key, or fails typed."""

from __future__ import annotations

from pathlib import Path

import pytest

import settings as settings_module
from casefile.store import crypto
from casefile.store.lock import create_locked
from casefile.store.recordings import latest_transcript
from evidence.audio.case import queue_transcription, store_recording
from evidence.audio.jobs import DONE, FAILED, TranscriptionJobs
from tests.audio_clips import CANNED, CannedTranscriber, tone, write_wav

NAME = "13800138000_20250302153012.wav"
WAIT_S = 30


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "TIME_COST", 1)
    monkeypatch.setattr(crypto, "MEMORY_COST_KIB", 1024)


def test_background_transcription_of_a_locked_store(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = create_locked(data, "口令")
    settings = settings_module.load_settings({"CS_DATA_DIR": str(data)})
    case_id = store.create_case("录音")
    recording = write_wav(tmp_path / NAME, tone(5.0)).read_bytes()
    item = store_recording(store, case_id, NAME, recording, settings)
    jobs = TranscriptionJobs()

    # Without the key the worker cannot open the store: a typed failure, nothing written.
    queue_transcription(jobs, data, case_id, item, settings, CannedTranscriber(CANNED))
    failed = jobs.wait((case_id, item.sha256), WAIT_S)
    assert failed.state == FAILED
    assert "口令" in failed.error.message("zh")
    assert latest_transcript(store, case_id, item.id) is None

    jobs = TranscriptionJobs()
    queue_transcription(
        jobs, data, case_id, item, settings, CannedTranscriber(CANNED), key=store.key
    )
    assert jobs.wait((case_id, item.sha256), WAIT_S).state == DONE
    version = latest_transcript(store, case_id, item.id)
    assert [s["text"] for s in version.segments] == [s.text for s in CANNED]
    assert "上门" in store.get_evidence(case_id, item.id).entities["threats"]
