"""Evidence (证据): upload screenshots, read them, correct the text, merge into case facts."""

from __future__ import annotations

import pandas as pd
import streamlit as st

import services
from casefile.contacts import ROLES, date_roles
from casefile.model import EVIDENCE_KINDS
from casefile.store import evidence_item
from casefile.workspace import confirm_roles, numbers_for
from errors import ContactShieldError
from evidence.intake import (
    UNCERTAIN_KEY,
    IntakeFailure,
    add_uploads_to_case,
    correct_evidence,
    merge_case_facts,
)
from services import tr

FLASH_KEY = "evidence.flash"
UPLOAD_TYPES = ["png", "jpg", "jpeg", "webp", "heic", "heif", "gif", "bmp", "tif", "tiff", "pdf"]

lang = services.current_lang()
st.title(f"📷 {tr('nav.evidence')}")
st.caption(tr("evidence.intro"))

case_id = services.current_case_id()
if case_id is None:
    st.info(tr("evidence.no_case"))
    st.stop()
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
                    date=item.captured_on or tr("evidence.unknown_date"),
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
                if values and key != UNCERTAIN_KEY
            ]
            if not shown:
                st.caption(tr("evidence.no_entities"))
            for key, values in shown:
                st.markdown(
                    tr(
                        "app.labelled_list",
                        label=tr(f"evidence.entity.{key}"),
                        items=tr("app.list_sep").join(str(v) for v in values),
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
    columns = {
        name: st.column_config.Column(tr(f"evidence.numbers_col.{name}"), disabled=True)
        for name in table.columns
    }
    columns["role"] = st.column_config.SelectboxColumn(
        tr("evidence.numbers_col.role"), options=list(role_names.values()), required=True
    )
    edited = st.data_editor(
        table, column_config=columns, hide_index=True, width="stretch", key="evidence.numbers"
    )
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
                start=harassment.started_on or tr("evidence.unknown_date"),
                end=harassment.last_on or tr("evidence.unknown_date"),
                calls=harassment.calls or 0,
                messages=harassment.messages or 0,
                numbers=len(harassment.collector_numbers),
                threats=len(harassment.threats),
            )
        )
    except ContactShieldError as error:
        st.error(error.message(lang))
