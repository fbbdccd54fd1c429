"""Cases (案件): create, rename, step status, delete, exports and case bundles."""

from __future__ import annotations

import pandas as pd
import streamlit as st

import services
from casefile.store import STEPS
from errors import ContactShieldError
from exports.content import FORMATS, MIME_TYPES
from exports.workspace import dossier_from_store, export_filename, export_from_store
from services import tr
from ui import bundle, desk, journey
from understanding.progress import mark_exported

EXPORT_KEY = "cases.export_file"  # (name, mime, bytes) ready to download
DOSSIER_KEY = "cases.dossier_file"  # (case id, name, mime, bytes) ready to download
LETTER_KINDS = ("police", "platform", "regulator", "deletion", "contacts")
BUNDLE_KEY = bundle.BUNDLE_KEY

store = services.get_store()
lang = services.current_lang()


def show_error(error: ContactShieldError) -> None:
    st.error(error.message(lang))


st.title(f"🗂️ {tr('nav.cases')}")
st.caption(tr("cases.intro"))

with st.form("cases.create_form", clear_on_submit=True):
    st.subheader(tr("cases.create_title"))
    new_title = st.text_input(tr("cases.create_name"), key="cases.create_name")
    if st.form_submit_button(tr("cases.create_button"), type="primary"):
        try:
            created = store.create_case(new_title)
            services.set_current_case(created)
            title = store.case_row(created)["title"]
            st.session_state["cases.flash"] = tr("cases.created", title=title)
            st.rerun()
        except ContactShieldError as error:
            show_error(error)

if flash := st.session_state.pop("cases.flash", None):
    st.success(flash)

st.subheader(tr("cases.list_title"))
cases = store.list_cases()
if cases:
    st.dataframe(
        pd.DataFrame(
            {
                tr("cases.col_title"): [c.title for c in cases],
                tr("cases.col_evidence"): [c.evidence_count for c in cases],
                tr("cases.col_steps"): [
                    f"{sum(s == 'done' for s in c.steps.values())}/{len(STEPS)}" for c in cases
                ],
                tr("cases.col_updated"): [journey.when(c.updated_at) for c in cases],
            }
        ),
        hide_index=True,
        width="stretch",
    )
else:
    st.info(tr("cases.none"))

with st.expander(tr("cases.import_title"), expanded=not cases):
    bundle.import_part(store)  # open or sealed bundles

case_id = services.current_case_id()
if case_id is None:
    st.stop()
try:
    summary = store.get_summary(case_id)
    drafts = store.latest_drafts(case_id)
except ContactShieldError as error:
    show_error(error)
    st.stop()

st.divider()
st.header(tr("cases.current_title", title=summary.title))
done = sum(status == "done" for status in summary.steps.values())
columns = st.columns(3)
columns[0].metric(tr("cases.metric_evidence"), summary.evidence_count)
columns[1].metric(tr("cases.metric_steps"), f"{done}/{len(STEPS)}")
columns[2].metric(tr("cases.metric_drafts"), len(drafts))
# What the case needs next (a reply overdue, a time limit running) and a button to its draft.
desk.next_step_box(case_id, key="cases.next")

with st.form(f"cases.rename_form.{case_id}"):
    title = st.text_input(tr("cases.rename"), value=summary.title, key=f"cases.rename.{case_id}")
    if st.form_submit_button(tr("cases.rename_button")):
        try:
            store.rename_case(case_id, title)
            st.session_state["cases.flash"] = tr("cases.renamed")
            st.rerun()
        except ContactShieldError as error:
            show_error(error)
        except ValueError:  # the store refuses an empty title
            st.error(tr("cases.rename_empty"))


def toggle_step(step: str) -> None:
    """Save a step's checkbox as soon as it changes."""
    checked = st.session_state[f"cases.step.{case_id}.{step}"]
    store.set_step(case_id, step, "done" if checked else "todo")


st.subheader(tr("cases.steps_title"))
step_columns = st.columns(4)
for index, step in enumerate(STEPS):
    step_columns[index % 4].checkbox(
        tr(f"cases.step.{step}"),
        value=summary.steps[step] == "done",
        key=f"cases.step.{case_id}.{step}",
        on_change=toggle_step,
        args=(step,),
    )

st.subheader(tr("cases.export_title"))
left, right = st.columns([1, 3])
journey.keep_choice("cases.export_format")
fmt = left.selectbox(
    tr("cases.export_format"),
    FORMATS,
    format_func=lambda code: tr(f"cases.format.{code}"),
    key="cases.export_format",
    on_change=journey.remember,
    args=("cases.export_format",),
)
redact = right.checkbox(tr("cases.export_redact"), key="cases.export_redact")
if st.button(tr("cases.export_prepare"), key="cases.export_prepare"):
    try:
        with st.spinner(tr("cases.export_preparing", format=fmt.upper())):
            data = export_from_store(store, case_id, fmt, redact=redact)
        name = export_filename(summary.title, fmt, redact=redact)
        st.session_state[EXPORT_KEY] = (case_id, name, MIME_TYPES[fmt], data)
        mark_exported(store, case_id, fmt)
    except ContactShieldError as error:
        show_error(error)
prepared = st.session_state.get(EXPORT_KEY)
if prepared and prepared[0] == case_id:
    _, name, mime, data = prepared
    st.download_button(
        tr("cases.export_download", name=name), data, file_name=name, mime=mime, key="cases.dl"
    )

st.subheader(tr("cases.dossier_title"))
st.caption(tr("cases.dossier_help"))
left, middle, right = st.columns([2, 1, 2])
letter = left.selectbox(
    tr("cases.dossier_letter"),
    LETTER_KINDS,
    format_func=lambda kind: tr(f"cases.letter.{kind}"),
    key="cases.dossier_letter",
)
dossier_fmt = middle.selectbox(
    tr("cases.dossier_format"),
    ("pdf", "docx"),
    format_func=lambda code: tr(f"cases.format.{code}"),
    key="cases.dossier_fmt",
)
dossier_redact = right.checkbox(tr("cases.dossier_redact"), key="cases.dossier_redact")
if st.button(tr("cases.dossier_prepare"), key="cases.dossier_prepare", type="primary"):
    try:
        with st.spinner(tr("cases.dossier_preparing")):
            data = dossier_from_store(
                store, case_id, redact=dossier_redact, fmt=dossier_fmt, letter=letter
            )
        name = export_filename(f"{summary.title}_dossier", dossier_fmt, redact=dossier_redact)
        st.session_state[DOSSIER_KEY] = (case_id, name, MIME_TYPES[dossier_fmt], data)
    except ContactShieldError as error:
        show_error(error)
prepared_dossier = st.session_state.get(DOSSIER_KEY)
if prepared_dossier and prepared_dossier[0] == case_id:
    _, name, mime, data = prepared_dossier
    st.download_button(
        tr("cases.export_download", name=name),
        data,
        file_name=name,
        mime=mime,
        key="cases.dossier_dl",
    )

st.subheader(tr("cases.bundle_title"))
bundle.export_part(store, case_id, summary.title)

with st.expander(tr("cases.delete_title")):
    st.warning(tr("cases.delete_warning"))
    confirmed = st.checkbox(
        tr("cases.delete_confirm", title=summary.title), key=f"cases.delete_confirm.{case_id}"
    )
    if st.button(
        tr("cases.delete_button"), type="primary", disabled=not confirmed, key="cases.delete"
    ):
        try:
            store.delete_case(case_id)
            services.set_current_case(None)
            for key in (EXPORT_KEY, BUNDLE_KEY, DOSSIER_KEY):
                st.session_state.pop(key, None)
            st.session_state["cases.flash"] = tr("cases.deleted")
            st.rerun()
        except ContactShieldError as error:
            show_error(error)

journey.next_step("case")
