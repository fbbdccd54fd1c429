"""Draft (起草): pick a document, check the facts, stream a verified draft, edit, keep versions."""

from __future__ import annotations

import dataclasses

import streamlit as st

import services
from casefile.store.letters import case_with_letters, list_letters
from drafting.backends.base import generated_where
from drafting.checks import KINDS
from drafting.compose import retrieve_passages, stream_draft
from drafting.form import case_with_form, form_values
from drafting.prepare import READ, READING, WAITING, shared_preparer
from drafting.quotes import letter_quotes
from drafting.skeleton import kind_issues
from drafting.why import why_parts
from errors import ContactShieldError
from i18n import translate
from law.issues import find_issues, quote_label
from law.timelimit import (
    ARTICLE_2012,
    ARTICLE_2025,
    TimeLimit,
    time_limit_warning,
    zhian_time_limit,
)
from services import tr
from ui import desk, journey
from ui.draft_marks import backend_label, mark_draft, stale_warning

KIND_KEY = "draft.kind"
FLASH_KEY = "draft.flash"
POLISH_KEY = "draft.polish"
NUMBER_FIELDS = ("contacts_affected", "calls", "messages")
AREA_FIELDS = ("collector_numbers", "threats", "account", "summary", "demands")

st.title(f"✍️ {tr('nav.draft')}")
st.caption(tr("draft.intro"))

case_id = journey.require_case()
store = services.get_store()
settings = services.get_settings()
lang = services.current_lang()

for level, message in st.session_state.pop(FLASH_KEY, []):
    getattr(st, level)(message)

try:
    # Letters sent and their replies (or their absence) are facts every draft may quote.
    stored = store.get_case(case_id)  # what is saved back: without the letters' actions
    case = case_with_letters(stored, list_letters(store, case_id), desk.today())
except ContactShieldError as error:
    st.error(error.message(lang))
    st.stop()


def why_line(why: str, titles_en: dict[str, str]) -> str:
    """Why an issue was found, in the UI's language (the case's own words stay as written)."""
    if lang == "zh":
        return why
    said = []
    for key, values in why_parts(why, titles_en):
        if "where_key" in values:
            values = {**values, "where": tr(values["where_key"], **values)}
        said.append(tr(key, **values) if key else values["text"])
    return "; ".join(said)


def time_limit_text(limit: TimeLimit, today) -> str:
    """The 治安 six-month limit: the last day to report, or what still works after it."""
    if lang == "zh" or limit.reported:
        return time_limit_warning(limit, today)  # the facts page's words, one source
    article = {ARTICLE_2012: "article_2012", ARTICLE_2025: "article_2025"}.get(
        limit.article, "article_both"
    )
    values = {"article": tr(f"draft.time_limit.{article}")}
    if limit.last_conduct is None or limit.ends_on is None:
        return tr("draft.time_limit.unknown", **values)
    values |= {"last": limit.last_conduct.isoformat(), "ends_on": limit.ends_on.isoformat()}
    if not limit.expired:
        return tr("draft.time_limit.open", left=limit.days_left(today), **values)
    return f"{tr('draft.time_limit.expired', **values)}{tr('draft.time_limit.after')}"


today = desk.today()
if limit_warning := time_limit_text(zhian_time_limit(case, today), today):
    st.warning(limit_warning, icon="⏳")

journey.keep_choice(KIND_KEY)
kind = st.selectbox(
    tr("draft.kind_label"),
    KINDS,
    # The language is bound now: a format_func that read it later would label the options in the
    # language of whoever calls it (the label and options must change together on a switch).
    format_func=lambda k, lang=lang: translate(f"draft.kind.{k}", lang),
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
    quotes = letter_quotes(case)
    if quotes:
        st.caption(tr("draft.quotes", quotes="；".join(quote_label(q) for q in quotes)))
    if st.form_submit_button(tr("draft.save_facts")):
        try:
            store.save_facts(case_id, case_with_form(stored, entered))
        except ContactShieldError as error:
            st.error(error.message(lang))
        else:
            st.session_state[FLASH_KEY] = [("success", tr("draft.facts_saved"))]
            st.rerun()

found = find_issues(case) if kind not in ("evidence_list", "contacts") else ()
if found:
    stated = {issue.id: statutes for issue, statutes in kind_issues(kind, case)}
    titles_en = {issue.title: issue.title_en for issue in found}
    with st.expander(tr("draft.issues_title", count=len(found)), expanded=True):
        st.caption(tr("draft.issues_hint"))
        with st.form(f"draft.issues.{case_id}"):
            ticked = {}
            for issue in found:
                ticked[issue.id] = st.checkbox(
                    issue.title_en if lang == "en" else issue.title,
                    value=issue.id not in case.issues_off,
                    key=f"issue.{issue.id}",
                )
                st.caption(tr("draft.issue_why", why=why_line(issue.why, titles_en)))
                statutes = stated.get(issue.id, ())
                if statutes:
                    st.caption(
                        tr("draft.issue_statutes", statutes="、".join(s.label for s in statutes))
                    )
            if st.form_submit_button(tr("draft.issues_save")):
                off = tuple(issue_id for issue_id, on in ticked.items() if not on)
                keep = tuple(i for i in case.issues_off if i not in ticked)
                try:
                    store.save_facts(case_id, dataclasses.replace(stored, issues_off=keep + off))
                except ContactShieldError as error:
                    st.error(error.message(lang))
                else:
                    st.session_state[FLASH_KEY] = [("success", tr("draft.issues_saved"))]
                    st.rerun()

journey.keep_choice("draft.backend_choice")
backend_name = st.radio(
    tr("draft.backend_label"),
    services.draft_backend_choices(),
    format_func=lambda name, lang=lang: translate(f"draft.backend_option.{name}", lang),
    horizontal=True,
    key="draft.backend_choice",
    on_change=journey.remember,
    args=("draft.backend_choice",),
)
llm = services.get_llm_named(backend_name)
where = generated_where(llm)
st.caption(
    tr("draft.where", backend=backend_label(llm.name), where=where or tr("draft.where_template"))
)
passages = ()
retriever = None
if kind != "evidence_list":
    try:
        with st.spinner(tr("draft.loading_guidance")):
            retriever = services.get_retriever()
            passages = retrieve_passages(retriever, kind, case)
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
# "Let the model polish it" after a template draft: the same draft again, without the time budget.
polish = st.session_state.pop(POLISH_KEY, False)
generate = generate or polish
# A click on Stop reruns the script, which ends the running stream (and frees the model).
if right.button(tr("draft.stop"), key="draft.stop"):
    st.info(tr("draft.stopped"))

if not generate and settings.llm_read_ahead:
    # While the user reads the page, the local model reads this draft's prompt (same draft after).
    preparer = shared_preparer()
    others = [other for other in KINDS if other != kind]
    key = preparer.request(llm, case, kind, passages, retriever=retriever, then=others)
    state = preparer.state(key)
    if state == READ:
        st.caption(tr("draft.prompt_read"))
    elif state in (WAITING, READING):
        st.caption(tr("draft.prompt_reading"))

if generate:
    stream = stream_draft(
        case,
        kind,
        llm,
        passages=passages,
        retriever=retriever,  # its embedding model backs the claim-support check
        max_tokens=settings.llm_max_tokens,
        temperature=settings.llm_temperature,
        budget_s=None if polish else settings.llm_budget_s,
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
            "issues": list(result.issues),
            "dropped_claims": list(result.dropped_claims),
            "where": generated_where(llm) if result.repair != "template_fallback" else None,
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
if latest.backend in ("llama", "openai"):
    generated = latest.meta.get("where") or tr("draft.where_template")
    st.caption(tr("draft.generated_at", where=generated))
if kind == "evidence_list" or latest.backend == "template":
    st.caption(tr("draft.repair.deterministic"))
elif repair == "over_budget":
    st.info(tr("draft.repair.over_budget", seconds=int(settings.llm_budget_s)))
elif repair and not (repair == "none" and latest.meta.get("dropped_claims")):
    st.caption(tr(f"draft.repair.{repair}"))
if latest.backend in ("llama", "openai") and repair in ("over_budget", "template_fallback"):
    st.button(
        tr("draft.polish"),
        key="draft.polish_button",
        on_click=lambda: st.session_state.update({POLISH_KEY: True}),
    )
dropped = latest.meta.get("dropped_claims") or []
if dropped:
    lines = "\n".join(tr("draft.dropped_claim", claim=c) for c in dropped)
    st.warning(tr("draft.dropped_claims", claims=lines))
problems = {name: items for name, items in latest.checks.items() if items}
if problems:
    for name, items in problems.items():
        label = tr(f"draft.check.{name}")
        st.error(tr("app.label_value", label=label, value=tr("app.list_sep").join(map(str, items))))
elif dropped:
    # Something was left out: say so instead of a green "all passed".
    st.warning(tr("draft.checks_dropped", n=len(dropped)))
else:
    st.success(tr("draft.checks_verified"))
st.warning(tr("draft.checks_unverified"))

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
desk.sent_form(case_id, kind)

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
