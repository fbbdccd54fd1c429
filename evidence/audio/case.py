"""Recordings into a case: store uploads as evidence at once, transcribe them (in the background
or in a batch), save corrected transcripts.

What the 证据 page calls; `store` is a casefile.store.CaseStore. One bad file never stops a batch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casefile.store import CaseStore
from casefile.store.crypto import StoreKey
from casefile.store.recordings import (
    RECORDING_KIND,
    add_machine_transcript,
    add_recording,
    format_duration,
    header_line,
    latest_transcript,
    save_correction,
)
from errors import CaseNotFound, ContactShieldError
from evidence.audio.decode import AudioInfo, probe_audio
from evidence.audio.jobs import JobStatus, Progress, TranscriptionJobs
from evidence.audio.transcribe import (
    RecordingResult,
    Segment,
    Transcriber,
    entities_of,
    transcribe_bytes,
    transcript_text,
)
from evidence.entities import Entities
from settings import Settings

# (file index, file count, file name, fraction of that file transcribed)
BatchProgress = Callable[[int, int, str, float], None]


@dataclass(frozen=True)
class RecordingFailure:
    """One upload that could not be transcribed, with the user-facing error."""

    file: str
    error: ContactShieldError


def summary_of(duration_s: float, captured_at: str, entities: Entities) -> str:
    """One Chinese line for the evidence list: kind, date, duration, numbers, threats."""
    parts = ["通话录音"]
    if captured_at:
        parts.append(captured_at[:10])
    parts.append(f"时长 {format_duration(duration_s)}")
    if entities.phones:
        parts.append("号码 " + "、".join(entities.phones[:3]))
    if entities.threats:
        parts.append("威胁：" + "、".join(entities.threats))
    return "；".join(parts)


def add_recordings_to_case(
    store: Any,
    case_id: str,
    uploads: Sequence[tuple[str, bytes]],
    settings: Settings,
    transcriber: Transcriber,
    progress: BatchProgress | None = None,
) -> list[RecordingResult | RecordingFailure]:
    """Transcribe each recording (one at a time: the model uses every thread) and store it."""
    results: list[RecordingResult | RecordingFailure] = []
    for index, (filename, data) in enumerate(uploads):

        def report(fraction: float, index: int = index, filename: str = filename) -> None:
            if progress:
                progress(index, len(uploads), filename, fraction)

        report(0.0)
        try:
            result = transcribe_bytes(filename, data, settings, transcriber, report)
        except ContactShieldError as error:
            results.append(RecordingFailure(filename, error))
            continue
        info = result.info
        add_recording(
            store,
            case_id,
            filename.rsplit("/", 1)[-1],
            data,
            duration_s=info.duration_s,
            captured_at=info.captured_at,
            segments=[segment.to_json() for segment in result.segments],
            header=header_line(info.duration_s, info.captured_at, info.phones, info.contact),
            entities=result.entities.to_json(),
            summary=summary_of(info.duration_s, info.captured_at, result.entities),
            engine=result.engine,
        )
        report(1.0)
        results.append(result)
    return results


def correct_transcript(store: Any, case_id: str, evidence_id: str, segments: list[dict]) -> Any:
    """Save corrected segments as a new transcript version and refresh the evidence item."""
    cleaned = [Segment.from_json(s).to_json() for s in segments if str(s.get("text") or "").strip()]
    current = latest_transcript(store, case_id, evidence_id)
    if current is not None and list(current.segments) == cleaned:
        return store.get_evidence(case_id, evidence_id)  # nothing changed: no new version
    item = store.get_evidence(case_id, evidence_id)
    if current is None:  # e.g. restored from a bundle: read duration and time from the file
        data = store.evidence_bytes(case_id, evidence_id)
        info = probe_audio(data, item.filename, max_minutes=float("inf"))
        version = save_correction(
            store, case_id, evidence_id, cleaned,
            duration_s=info.duration_s, captured_at=info.captured_at,
        )  # fmt: skip
    else:
        version = save_correction(store, case_id, evidence_id, cleaned)
    header = item.ocr_text.splitlines()[0] if item.ocr_text else ""
    text = "\n".join([header, transcript_text([Segment.from_json(s) for s in cleaned])])
    # The header line carries the file name's number, so the text alone gives every entity.
    info = AudioInfo(item.filename, item.sha256, version.duration_s, "", version.captured_at)
    entities = entities_of(text, info)
    return store.update_evidence(
        case_id,
        evidence_id,
        corrected_text=text if text != item.ocr_text else "",
        entities=entities.to_json(),
        summary=summary_of(version.duration_s, version.captured_at, entities),
    )


# --- background transcription (the 证据 page) ----------------------------------------------------


def store_recording(
    store: Any, case_id: str, filename: str, data: bytes, settings: Settings
) -> Any:
    """Check an upload and keep the original at once as a recording evidence item (no transcript).

    Raises UnreadableAudio for a file that is not a readable recording (nothing is stored).
    """
    name = filename.rsplit("/", 1)[-1]
    info = probe_audio(data, name, settings.max_audio_minutes)
    entities = entities_of("", info)
    return store.add_evidence(
        case_id,
        name,
        data,
        kind=RECORDING_KIND,
        ocr_text=header_line(info.duration_s, info.captured_at, info.phones, info.contact),
        entities=entities.to_json(),
        captured_on=info.captured_at[:10],
        summary=summary_of(info.duration_s, info.captured_at, entities),
    )


def transcribe_stored(
    store: Any,
    case_id: str,
    evidence_id: str,
    settings: Settings,
    transcriber: Transcriber,
    progress: Progress | None = None,
) -> bool:
    """Transcribe a stored recording and save the machine transcript as version 1.

    False when there was nothing to do (deleted meanwhile, or already transcribed).
    """
    try:
        item = store.get_evidence(case_id, evidence_id)
        data = store.evidence_bytes(case_id, evidence_id)
    except CaseNotFound:
        return False
    if latest_transcript(store, case_id, evidence_id) is not None:
        return False
    result = transcribe_bytes(item.filename, data, settings, transcriber, progress)
    info = result.info
    try:
        store.get_evidence(case_id, evidence_id)
    except CaseNotFound:  # deleted while it was being transcribed
        return False
    return add_machine_transcript(
        store,
        case_id,
        evidence_id,
        duration_s=info.duration_s,
        captured_at=info.captured_at,
        segments=[segment.to_json() for segment in result.segments],
        engine=result.engine,
        header=header_line(info.duration_s, info.captured_at, info.phones, info.contact),
        entities=result.entities.to_json(),
        summary=summary_of(info.duration_s, info.captured_at, result.entities),
    )


def queue_transcription(
    jobs: TranscriptionJobs,
    data_dir: Path,
    case_id: str,
    item: Any,
    settings: Settings,
    transcriber: Transcriber,
    key: StoreKey | None = None,
) -> JobStatus:
    """Queue a stored recording for transcription in the background (keyed by case + SHA-256).

    The worker opens its own store on `data_dir`: nothing made in the page's thread (SQLite
    connections above all) crosses into the worker. A locked data dir needs the unlocked
    store's `key` (only the key crosses, never a connection).
    """
    evidence_id = item.id

    def work(progress: Progress) -> None:
        transcribe_stored(
            CaseStore(data_dir, key), case_id, evidence_id, settings, transcriber, progress
        )

    return jobs.submit((case_id, item.sha256), work)


def keep_recordings(
    store: Any,
    case_id: str,
    uploads: Sequence[tuple[str, bytes]],
    settings: Settings,
    transcribe: Callable[[Any], object],
) -> list[Any | RecordingFailure]:
    """Store each upload's original now and hand the untranscribed ones to `transcribe`.

    Returns the stored items and, for files that are not readable recordings, the failures.
    """
    results: list[Any | RecordingFailure] = []
    for filename, data in uploads:
        try:
            item = store_recording(store, case_id, filename, data, settings)
        except ContactShieldError as error:  # not a recording, too long, disk full
            results.append(RecordingFailure(filename, error))
            continue
        if latest_transcript(store, case_id, item.id) is None:
            transcribe(item)
        results.append(item)
    return results
