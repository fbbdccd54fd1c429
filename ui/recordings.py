"""Call recordings on the 证据 page: keep, transcribe in the background, play, correct."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

import services
from casefile.store.recordings import format_duration, latest_transcript
from casefile.store.writers import HeldJobs
from errors import ContactShieldError
from evidence.audio.case import (
    RecordingFailure,
    correct_transcript,
    keep_recordings,
    queue_transcription,
)
from evidence.audio.jobs import FAILED, QUEUED, shared_jobs
from services import tr

PROGRESS_EVERY_S = 1.0  # how often a pending recording's progress bar refreshes


def start_transcription(store: Any, case_id: str, item: Any) -> None:
    """Queue a stored recording for the background worker (one recording at a time).

    The job holds the data dir until it has written its transcript: locking it or changing the
    passphrase meanwhile is refused (casefile.store.writers), so the result is never lost.
    """
    settings = services.get_settings()
    queue_transcription(
        HeldJobs(shared_jobs(), settings.data_dir, "录音转写"),  # type: ignore[arg-type]
        settings.data_dir,
        case_id,
        item,
        settings,
        services.get_transcriber(),
        key=store.key,  # a locked data dir: the worker's own store needs the session's key
    )


def store_recordings(
    store: Any, case_id: str, recordings: list[tuple[str, bytes]], lang: str
) -> list[tuple[str, str]]:
    """Keep each recording's original file now and transcribe it in the background; flashes."""
    results = keep_recordings(
        store,
        case_id,
        recordings,
        services.get_settings(),
        lambda item: start_transcription(store, case_id, item),
    )
    failed = [item for item in results if isinstance(item, RecordingFailure)]
    flash = [("error", item.error.message(lang)) for item in failed]
    if len(results) > len(failed):
        flash.insert(
            0, ("success", tr("evidence.recording.stored", count=len(results) - len(failed)))
        )
    return flash


@st.fragment(run_every=PROGRESS_EVERY_S)
def transcription_progress(key: tuple[str, str]) -> None:
    """A progress bar that refreshes itself; the whole page reruns once the job has ended."""
    job = shared_jobs().status(key)
    if job is None or not job.pending:
        st.rerun()
    if job.state == QUEUED:
        st.progress(0.0, text=tr("evidence.recording.job_queued"))
    else:
        st.progress(job.progress, text=tr("evidence.recording.job_running",
                                           percent=round(job.progress * 100)))  # fmt: skip


def player(case_id: str, item: Any, lang: str, start: int = 0) -> None:
    try:
        data, mime = services.playable_recording(case_id, item.id, item.sha256)
        st.audio(data, format=mime, start_time=start)
    except ContactShieldError as error:
        st.error(error.message(lang))


def show_recording(store: Any, case_id: str, item: Any, lang: str, flash_key: str) -> None:
    """A recording: player, machine-transcript warning, editable timed segments, save."""
    transcript = latest_transcript(store, case_id, item.id)
    lines = [line for line in item.text.splitlines()[1:] if line.strip()]
    failed = False
    if transcript is None and not lines:  # not transcribed yet: in the background, or never
        key = (case_id, item.sha256)
        job = shared_jobs().status(key)
        player(case_id, item, lang)
        st.caption(tr("evidence.recording.stored_meta", sha=item.sha256))
        if job is not None and job.pending:
            transcription_progress(key)
            return
        failed = job is not None and job.state == FAILED
        if failed and job.error is not None:
            st.error(job.error.message(lang))
            st.caption(tr("evidence.recording.job_failed"))
        else:
            st.info(tr("evidence.recording.not_transcribed"))
        label = tr("evidence.recording.retry" if failed else "evidence.recording.start")
        if st.button(label, key=f"evidence.transcribe.{item.id}"):
            start_transcription(store, case_id, item)
            st.rerun()
        if not failed:
            return
    if transcript:
        segments = list(transcript.segments)
    else:  # restored from a bundle: only the evidence text (header line + one line a segment)
        segments = [{"start": 0.0, "end": 0.0, "text": line} for line in lines]
    if not failed:
        st.warning(tr("evidence.recording.machine_warning"))
    start = 0
    if segments:
        picked = st.selectbox(
            tr("evidence.recording.play_from"),
            options=range(len(segments)),
            format_func=lambda i: f"{format_duration(segments[i]['start'])} {segments[i]['text']}",
            key=f"evidence.play_from.{item.id}",
        )
        start = int(segments[picked or 0]["start"])
    if not failed:
        player(case_id, item, lang, start)
    if not segments:
        if not failed:
            st.info(tr("evidence.recording.no_speech"))
        segments = [{"start": 0.0, "end": transcript.duration_s if transcript else 0.0, "text": ""}]
    table = pd.DataFrame(segments, columns=["start", "end", "text"])
    edited = st.data_editor(
        table,
        key=f"evidence.segments.{item.id}",
        hide_index=True,
        width="stretch",
        disabled=["start", "end"],
        column_config={
            "start": st.column_config.NumberColumn(
                tr("evidence.recording.col_start"), format="%.1f"
            ),
            "end": st.column_config.NumberColumn(tr("evidence.recording.col_end"), format="%.1f"),
            "text": st.column_config.TextColumn(tr("evidence.recording.col_text"), width="large"),
        },
    )
    if st.button(tr("evidence.recording.save"), key=f"evidence.save_segments.{item.id}"):
        rows = edited.fillna("").to_dict("records")
        try:
            correct_transcript(store, case_id, item.id, rows)
            version = latest_transcript(store, case_id, item.id)
            saved = tr("evidence.recording.saved", id=item.id, version=version.version)
            st.session_state[flash_key] = [("success", saved)]
            st.rerun()
        except ContactShieldError as error:
            st.error(error.message(lang))
    if transcript:
        st.caption(
            tr(
                "evidence.recording.meta",
                duration=format_duration(transcript.duration_s),
                captured=transcript.captured_at.replace("T", " ") or tr("evidence.unknown_date"),
                version=transcript.version,
                source=tr(f"evidence.recording.source_{transcript.source}"),
                sha=item.sha256,
            )
        )
