"""Draft (起草): pick a document, check the facts, stream a verified draft, edit, keep versions."""

from __future__ import annotations

import streamlit as st

import services
from drafting.checks import KINDS
from drafting.compose import retrieve_passages, stream_draft
from drafting.form import case_with_form, form_values
from errors import ContactShieldError
from services import tr
from ui import journey
from ui.draft_marks import backend_label, mark_draft, stale_warning

KIND_KEY = "draft.kind"
FLASH_KEY = "draft.flash"
NUMBER_FIELDS = ("contacts_affected", "calls", "messages")
AREA_FIELDS = ("collector_numbers", "threats", "summary", "demands")

st.title(f"✍️ {tr('nav.draft')}")
st.caption(tr("draft.intro"))

case_id = journey.require_case()
store = services.get_store()
settings = services.get_settings()
lang = services.current_lang()

for level, message in st.session_state.pop(FLASH_KEY, []):
    getattr(st, level)(message)

try:
    case = store.get_case(case_id)
except ContactShieldError as error:
    st.error(error.message(lang))
    st.stop()

journey.keep_choice(KIND_KEY)
kind = st.selectbox(
    tr("draft.kind_label"),
    KINDS,
    format_func=lambda k: tr(f"draft.kind.{k}"),
    key=KIND_KEY,
    on_change=journey.remember,
    args=(KIND_KEY,),
)

st.caption(f"✅ {tr('draft.review_link')}")
with st.expander(tr("draft.facts_title"), expanded=False), st.form(f"draft.facts.{case_id}"):
    values = form_values(case)
    entered = {}
    for name, value in values.items():
        label = tr(f"draft.field.{name}")
        if name in NUMBER_FIELDS:
            entered[name] = st.number_input(label, min_value=0, step=1, value=int(value))
        elif name in AREA_FIELDS:
            entered[name] = st.text_area(label, value=value, height=80)
        else:
            entered[name] = st.text_input(label, value=value)
    if st.form_submit_button(tr("draft.save_facts")):
        try:
            store.save_facts(case_id, case_with_form(case, entered))
        except ContactShieldError as error:
            st.error(error.message(lang))
        else:
            st.session_state[FLASH_KEY] = [("success", tr("draft.facts_saved"))]
            st.rerun()

journey.keep_choice("draft.backend_choice")
backend_name = st.radio(
    tr("draft.backend_label"),
    services.draft_backend_choices(),
    format_func=lambda name: tr(f"draft.backend_option.{name}"),
    horizontal=True,
    key="draft.backend_choice",
    on_change=journey.remember,
    args=("draft.backend_choice",),
)
llm = services.get_llm_named(backend_name)
st.caption(tr("draft.backend", backend=backend_label(llm.name)))
passages = ()
if kind != "evidence_list":
    try:
        with st.spinner(tr("draft.loading_guidance")):
            passages = retrieve_passages(services.get_retriever(), kind)
    except ContactShieldError:
        passages = ()
    if passages:
        with st.expander(tr("draft.passages_title", count=len(passages))):
            for passage in passages:
                st.markdown(f"**{passage.heading}**")
                st.caption(passage.text[:300])
    else:
        st.caption(tr("draft.passages_none"))

left, right = st.columns([1, 1])
generate = left.button(tr("draft.generate"), type="primary", key="draft.generate")
# A click on Stop reruns the script, which ends the running stream (and frees the model).
if right.button(tr("draft.stop"), key="draft.stop"):
    st.info(tr("draft.stopped"))

if generate:
    stream = stream_draft(
        case,
        kind,
        llm,
        passages=passages,
        max_tokens=settings.llm_max_tokens,
        temperature=settings.llm_temperature,
    )
    if kind != "evidence_list" and not getattr(llm, "deterministic", False):
        st.caption(tr("draft.writing"))
    with st.container(border=True):
        st.write_stream(stream)
    result = stream.result
    if result is not None:
        meta = {
            "repair": result.repair,
            "raw_passed": result.raw_passed,
            "citations": list(result.citations),
            "error": result.error,
            "seconds": round(result.seconds, 2),
        }
        store.add_draft(
            case_id,
            kind,
            result.text,
            backend=result.backend,
            checks=result.checks.as_dict(),
            meta=mark_draft(store, case_id, kind, meta),
        )
        st.rerun()

versions = store.list_drafts(case_id, kind)
if not versions:
    st.info(tr("draft.no_versions"))
    journey.next_step("draft")
    st.stop()

latest = versions[0]
repair = latest.meta.get("repair", "")
stale_warning(store, case_id, latest)
st.subheader(tr("draft.checks_title"))
if latest.meta.get("error"):
    st.warning(tr("draft.error", error=latest.meta["error"]))
if kind == "evidence_list" or latest.backend == "template":
    st.caption(tr("draft.repair.deterministic"))
elif repair:
    st.caption(tr(f"draft.repair.{repair}"))
problems = {name: items for name, items in latest.checks.items() if items}
if problems:
    for name, items in problems.items():
        label = tr(f"draft.check.{name}")
        st.error(tr("app.label_value", label=label, value=tr("app.list_sep").join(map(str, items))))
else:
    st.success(tr("draft.checks_ok"))

edited = st.text_area(
    tr("draft.edit_label"),
    value=latest.text,
    height=420,
    key=f"draft.edit.{case_id}.{kind}.{latest.version}",
)
save_col, download_col = st.columns([1, 1])
if save_col.button(tr("draft.save_version"), key="draft.save_version"):
    from drafting.compose import recheck

    checks = recheck(case, kind, edited)
    saved = store.add_draft(
        case_id,
        kind,
        edited,
        backend="edited",
        checks=checks.as_dict(),
        meta=mark_draft(store, case_id, kind, {"repair": repair}),
    )
    st.session_state[FLASH_KEY] = [("success", tr("draft.version_saved", version=saved.version))]
    st.rerun()
download_col.download_button(
    tr("draft.download"),
    data=edited.encode("utf-8"),
    file_name=f"{kind}-v{latest.version}.txt",
    mime="text/plain",
    key="draft.download",
)
st.caption(tr("draft.copy_hint"))
st.code(edited, language=None, wrap_lines=True)
st.caption(tr("draft.not_legal_advice"))

with st.expander(tr("draft.versions_title")):
    for version in versions:
        label = tr(
            "draft.version_label",
            version=version.version,
            created_at=journey.when(version.created_at),
            backend=backend_label(version.backend),
        )
        st.markdown(f"**{label}**")
        st.text(version.text[:400])

journey.next_step("draft")
