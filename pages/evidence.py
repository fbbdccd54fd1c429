"""Evidence (证据): upload screenshots and call recordings, read or transcribe them, correct the
text, merge into case facts."""

from __future__ import annotations

import pandas as pd
import streamlit as st

import services
from casefile.model import EVIDENCE_KINDS
from casefile.store import evidence_item
from casefile.store.recordings import RECORDING_KIND, format_duration, latest_transcript
from errors import ContactShieldError
from evidence.audio.case import (
    RecordingFailure,
    correct_transcript,
    keep_recordings,
    queue_transcription,
)
from evidence.audio.decode import AUDIO_SUFFIXES, is_audio_name
from evidence.audio.jobs import FAILED, QUEUED, shared_jobs
from evidence.intake import (
    SCREEN_KEY,
    UNCERTAIN_KEY,
    IntakeFailure,
    add_uploads_to_case,
    correct_evidence,
)
from exports.workspace import confirm_roles, numbers_for
from services import tr
from ui import journey
from understanding.build import merge_case_facts
from understanding.roles import ROLES, date_roles

FLASH_KEY = "evidence.flash"
IMAGE_TYPES = ["png", "jpg", "jpeg", "webp", "heic", "heif", "gif", "bmp", "tif", "tiff", "pdf"]
UPLOAD_TYPES = IMAGE_TYPES + list(AUDIO_SUFFIXES)
SCREENSHOT_KINDS = [kind for kind in EVIDENCE_KINDS if kind != RECORDING_KIND]
PROGRESS_EVERY_S = 1.0  # how often a pending recording's progress bar refreshes

lang = services.current_lang()
st.title(f"📷 {tr('nav.evidence')}")
st.caption(tr("evidence.intro"))

case_id = journey.require_case()
store = services.get_store()

for level, message in st.session_state.pop(FLASH_KEY, []):
    getattr(st, level)(message)

uploads = st.file_uploader(
    tr("evidence.upload"), type=UPLOAD_TYPES, accept_multiple_files=True, key="evidence.uploader"
)


def start_transcription(item) -> None:
    """Queue a stored recording for the background worker (one recording at a time)."""
    settings = services.get_settings()
    queue_transcription(
        shared_jobs(),
        settings.data_dir,
        case_id,
        item,
        settings,
        services.get_transcriber(),
        key=store.key,  # a locked data dir: the worker's own store needs the session's key
    )


def store_recordings(recordings: list[tuple[str, bytes]]) -> list[tuple[str, str]]:
    """Keep each recording's original file now and transcribe it in the background; flashes."""
    results = keep_recordings(store, case_id, recordings, services.get_settings(),
                              start_transcription)  # fmt: skip
    failed = [item for item in results if isinstance(item, RecordingFailure)]
    flash = [("error", item.error.message(lang)) for item in failed]
    if len(results) > len(failed):
        flash.insert(
            0, ("success", tr("evidence.recording.stored", count=len(results) - len(failed)))
        )
    return flash


if st.button(tr("evidence.read_button"), type="primary", disabled=not uploads):
    chosen = [(upload.name, upload.getvalue()) for upload in uploads or []]
    recordings = [(name, data) for name, data in chosen if is_audio_name(name)]
    images = [(name, data) for name, data in chosen if not is_audio_name(name)]
    flash: list[tuple[str, str]] = []
    if recordings:
        flash += store_recordings(recordings)
    if not images:
        st.session_state[FLASH_KEY] = flash
        st.rerun()
    bar = st.progress(0.0, text=tr("evidence.progress_start"))

    def show_progress(done: int, total: int, file: str) -> None:
        bar.progress(
            done / max(total, 1), text=tr("evidence.progress", done=done, total=total, file=file)
        )

    try:
        items = add_uploads_to_case(store, case_id, images, services.get_settings(), show_progress)
    except ContactShieldError as error:  # Tesseract or chi_sim missing, disk full
        st.error(error.message(lang))
        st.stop()
    failed = [item for item in items if isinstance(item, IntakeFailure)]
    flash += [
        ("success", tr("evidence.progress_done", ok=len(items) - len(failed), failed=len(failed)))
    ]
    flash += [("error", item.error.message(lang)) for item in failed]
    flash += [
        ("warning", tr("evidence.note", file=item.file, note=note))
        for item in items
        if not isinstance(item, IntakeFailure)
        for note in item.notes
    ]
    st.session_state[FLASH_KEY] = flash
    st.rerun()

evidence = store.list_evidence(case_id)
if not evidence:
    st.info(tr("evidence.none_yet"))
    journey.next_step("evidence")
    st.stop()


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


def player(item, start: int = 0) -> None:
    try:
        data, mime = services.playable_recording(case_id, item.id, item.sha256)
        st.audio(data, format=mime, start_time=start)
    except ContactShieldError as error:
        st.error(error.message(lang))


def show_recording(item) -> None:
    """A recording: player, machine-transcript warning, editable timed segments, save."""
    transcript = latest_transcript(store, case_id, item.id)
    lines = [line for line in item.text.splitlines()[1:] if line.strip()]
    failed = False
    if transcript is None and not lines:  # not transcribed yet: in the background, or never
        key = (case_id, item.sha256)
        job = shared_jobs().status(key)
        player(item)
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
            start_transcription(item)
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
        player(item, start)
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
            st.session_state[FLASH_KEY] = [("success", saved)]
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


st.subheader(tr("evidence.list_title", count=len(evidence)))
for item in evidence:
    if item.kind == RECORDING_KIND:
        with st.container(border=True):
            st.markdown(f"**{tr('evidence.item_title', id=item.id, file=item.filename)}**")
            show_recording(item)
            if item.summary:
                st.caption(tr("evidence.summary", summary=item.summary))
        continue
    with st.container(border=True):
        title = tr("evidence.item_title", id=item.id, file=item.filename)
        st.markdown(f"**{title}** {tr('evidence.corrected') if item.corrected_text else ''}")
        left, right = st.columns([2, 3])
        with left:
            preview = services.evidence_preview(case_id, item.id, item.sha256)
            if preview is None:
                st.caption(tr("evidence.no_preview"))
            else:
                st.image(preview, width="stretch")
        with right:
            uncertain = item.entities.get(UNCERTAIN_KEY) or []
            if uncertain and not item.corrected_text:
                st.warning(
                    "\n".join(
                        [tr("evidence.uncertain_title")]
                        + [
                            tr(
                                "evidence.uncertain_line",
                                text=line["text"],
                                confidence=round(line["confidence"]),
                            )
                            for line in uncertain
                        ]
                    ),
                    icon="🔍",
                )
            text = st.text_area(
                tr("evidence.text_label"),
                value=item.text,
                height=260,
                key=f"evidence.text.{item.id}",
            )
            kind = st.selectbox(
                tr("evidence.kind_label"),
                options=SCREENSHOT_KINDS,
                index=SCREENSHOT_KINDS.index(item.kind) if item.kind in SCREENSHOT_KINDS else 0,
                format_func=lambda code: tr(f"evidence.kind.{code}"),
                key=f"evidence.kind.{item.id}",
            )
            if st.button(tr("evidence.save"), key=f"evidence.save.{item.id}"):
                try:
                    correct_evidence(store, case_id, item.id, text, kind)
                    st.session_state[FLASH_KEY] = [("success", tr("evidence.saved", id=item.id))]
                    st.rerun()
                except ContactShieldError as error:
                    st.error(error.message(lang))
            st.caption(
                tr(
                    "evidence.meta",
                    date=journey.day(item.captured_on)
                    if item.captured_on
                    else tr("evidence.unknown_date"),
                    sha=item.sha256,
                )
            )
            if item.summary:
                st.caption(tr("evidence.summary", summary=item.summary))
            roles = date_roles(evidence_item(item))
            if roles.contact_days or roles.mentioned:
                st.caption(
                    tr(
                        "evidence.date_roles",
                        contact="、".join(roles.contact_days) or "—",
                        mentioned="、".join(roles.mentioned) or "—",
                    )
                )
            st.markdown(f"**{tr('evidence.entities_title')}**")
            shown = [
                (key, values)
                for key, values in item.entities.items()
                if values and key not in (UNCERTAIN_KEY, SCREEN_KEY)
            ]
            if not shown:
                st.caption(tr("evidence.no_entities"))
            for key, values in shown:
                st.markdown(
                    tr(
                        "app.labelled_list",
                        label=tr(f"evidence.entity.{key}"),
                        items=tr("app.list_sep").join(journey.entity_text(key, v) for v in values),
                    )
                )

st.subheader(tr("evidence.numbers_title"))
st.caption(tr("evidence.numbers_help"))
number_rows = numbers_for(store, case_id)
if not number_rows:
    st.info(tr("evidence.numbers_none"))
else:
    role_names = {role: tr(f"evidence.role.{role}") for role in ROLES}
    table = pd.DataFrame(
        {
            "sender": [r.sender for r in number_rows],
            "role": [role_names[r.role] for r in number_rows],
            "confirmed": [r.confirmed for r in number_rows],
            "calls": [r.calls for r in number_rows],
            "messages": [r.messages for r in number_rows],
            "night": [r.night for r in number_rows],
            "first": [r.first_seen for r in number_rows],
            "last": [r.last_seen for r in number_rows],
            "exhibits": ["、".join(r.exhibits) for r in number_rows],
            "labels": ["、".join(r.labels) for r in number_rows],
            "reason": [
                tr(f"evidence.reason.{r.reason_code}", detail=r.reason_detail) for r in number_rows
            ],
        }
    )
    # Columns carry their shown (translated) names, so the table reads in the UI language
    # wherever it is displayed; they are mapped back to the field names after editing.
    labels = {name: tr(f"evidence.numbers_col.{name}") for name in table.columns}
    columns = {
        labels[name]: st.column_config.Column(disabled=True)
        for name in table.columns
        if name != "role"
    }
    columns[labels["role"]] = st.column_config.SelectboxColumn(
        options=list(role_names.values()), required=True
    )
    edited = st.data_editor(
        table.rename(columns=labels),
        column_config=columns,
        hide_index=True,
        width="stretch",
        key="evidence.numbers",
    ).rename(columns={label: name for name, label in labels.items()})
    if st.button(tr("evidence.numbers_save"), key="evidence.numbers_save", type="primary"):
        by_name = {name: role for role, name in role_names.items()}
        chosen = dict(zip(edited["sender"], (by_name[n] for n in edited["role"]), strict=True))
        try:
            confirm_roles(store, case_id, chosen)
            merged = merge_case_facts(store, case_id)
            st.session_state[FLASH_KEY] = [
                (
                    "success",
                    tr(
                        "evidence.numbers_saved",
                        collectors=len(merged.harassment.collector_numbers),
                        calls=merged.harassment.calls or 0,
                        messages=merged.harassment.messages or 0,
                    ),
                )
            ]
            st.rerun()
        except ContactShieldError as error:
            st.error(error.message(lang))

st.subheader(tr("evidence.merge_title"))
st.caption(tr("evidence.merge_help"))
if st.button(tr("evidence.merge_button"), key="evidence.merge"):
    try:
        case = merge_case_facts(store, case_id)
        store.set_step(case_id, "evidence", "done")
        harassment = case.harassment
        st.success(
            tr(
                "evidence.merged",
                start=journey.day(harassment.started_on or "") or tr("evidence.unknown_date"),
                end=journey.day(harassment.last_on or "") or tr("evidence.unknown_date"),
                calls=harassment.calls or 0,
                messages=harassment.messages or 0,
                numbers=len(harassment.collector_numbers),
                threats=len(harassment.threats),
            )
        )
    except ContactShieldError as error:
        st.error(error.message(lang))

journey.next_step("evidence")
