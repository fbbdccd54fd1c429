"""Evidence (证据): upload screenshots, read them, correct the text, merge into case facts."""

from __future__ import annotations

import streamlit as st

import services
from casefile.model import EVIDENCE_KINDS
from errors import ContactShieldError
from evidence.intake import (
    IntakeFailure,
    add_uploads_to_case,
    correct_evidence,
    merge_case_facts,
)
from services import tr
from ui import journey

FLASH_KEY = "evidence.flash"
UPLOAD_TYPES = ["png", "jpg", "jpeg", "webp", "heic", "heif", "gif", "bmp", "tif", "tiff", "pdf"]

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
if st.button(tr("evidence.read_button"), type="primary", disabled=not uploads):
    bar = st.progress(0.0, text=tr("evidence.progress_start"))

    def show_progress(done: int, total: int, file: str) -> None:
        bar.progress(
            done / max(total, 1), text=tr("evidence.progress", done=done, total=total, file=file)
        )

    try:
        items = add_uploads_to_case(
            store,
            case_id,
            [(upload.name, upload.getvalue()) for upload in uploads or []],
            services.get_settings(),
            show_progress,
        )
    except ContactShieldError as error:  # Tesseract or chi_sim missing, disk full
        st.error(error.message(lang))
        st.stop()
    failed = [item for item in items if isinstance(item, IntakeFailure)]
    flash = [
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

st.subheader(tr("evidence.list_title", count=len(evidence)))
for item in evidence:
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
            text = st.text_area(
                tr("evidence.text_label"),
                value=item.text,
                height=260,
                key=f"evidence.text.{item.id}",
            )
            kind = st.selectbox(
                tr("evidence.kind_label"),
                options=list(EVIDENCE_KINDS),
                index=list(EVIDENCE_KINDS).index(item.kind) if item.kind in EVIDENCE_KINDS else 0,
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
            st.markdown(f"**{tr('evidence.entities_title')}**")
            shown = [(key, values) for key, values in item.entities.items() if values]
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
