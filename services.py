"""Cached factories shared by all pages — the one non-page module that imports streamlit.

Resources cached here are shared by every browser session, so each must be thread-safe
(the llama.cpp backend and the embedder guard themselves with locks).
"""

from __future__ import annotations

import streamlit as st

import settings as settings_module  # first: forces the offline environment
from i18n import translate

LANG_KEY = "ui.lang"
LANG_WIDGET_KEY = "ui.lang_choice"


@st.cache_resource
def get_settings() -> settings_module.Settings:
    return settings_module.load_settings()


def current_lang() -> str:
    return st.session_state.get(LANG_KEY, get_settings().language)


def apply_language_choice() -> None:
    """on_change of the sidebar language radio: the choice becomes the session's language."""
    st.session_state[LANG_KEY] = st.session_state[LANG_WIDGET_KEY]


def tr(key: str, **values: object) -> str:
    """UI text for `key` in the session's language."""
    return translate(key, current_lang(), **values)


@st.cache_resource(show_spinner=False)
def get_llm():
    from drafting.backends.factory import build_llm

    return build_llm(get_settings())


@st.cache_resource(show_spinner=False)
def get_embedder():
    from rag.embedder import build_embedder

    return build_embedder(get_settings())


@st.cache_resource(show_spinner=False)
def get_transcriber():
    """Whisper for call recordings (loaded on first use; guards itself with a lock)."""
    from evidence.audio.transcribe import build_transcriber

    return build_transcriber(get_settings())


@st.cache_data(show_spinner=False, max_entries=8)
def playable_recording(case_id: str, evidence_id: str, sha256: str) -> tuple[bytes, str]:
    """(bytes, MIME) of a stored recording a browser can play (AMR converted once, cached).

    Keyed by sha256 too, so a replaced file never plays stale audio.
    """
    from evidence.audio.decode import playable

    filename = get_store().get_evidence(case_id, evidence_id).filename
    return playable(get_store().evidence_bytes(case_id, evidence_id), filename)


@st.cache_data(show_spinner=False, ttl=600)
def doctor_report(lang: str) -> list[dict[str, object]]:
    """The doctor's checks as plain dicts (cached: they load both models)."""
    from doctor import run_checks

    return [{**check.as_dict(), "title": check.title} for check in run_checks(get_settings(), lang)]


# --- case workspace ------------------------------------------------------------------------------

CASE_KEY = "case.id"
CASE_PICKER_KEY = "case.picker"  # the widget's own key; CASE_KEY is never a widget key


@st.cache_resource(show_spinner=False)
def get_store():
    from casefile.store import CaseStore

    return CaseStore(get_settings().data_dir)


def current_case_id() -> str | None:
    """The case chosen in the sidebar picker, or None."""
    return st.session_state.get(CASE_KEY)


def set_current_case(case_id: str | None) -> None:
    """Make `case_id` the session's case (the picker follows on the next run)."""
    st.session_state[CASE_KEY] = case_id
    st.session_state.pop(CASE_PICKER_KEY, None)


def _picked() -> None:
    st.session_state[CASE_KEY] = st.session_state.get(CASE_PICKER_KEY)


def case_picker() -> None:
    """Sidebar select box of cases; keeps CASE_KEY pointing at an existing case or None."""
    from errors import ContactShieldError

    try:
        cases = get_store().list_cases()
    except ContactShieldError as error:
        st.error(error.message(current_lang()))
        return
    ids = [case.id for case in cases]
    titles = {case.id: case.title for case in cases}
    current = current_case_id()
    if current not in titles:
        current = ids[0] if ids else None
        st.session_state[CASE_KEY] = current
    if not ids:
        st.caption(tr("cases.picker_empty"))
        return
    if st.session_state.get(CASE_PICKER_KEY) != current:
        st.session_state[CASE_PICKER_KEY] = current
    st.selectbox(
        tr("cases.picker"),
        options=ids,
        format_func=lambda case_id: titles.get(case_id, case_id),
        key=CASE_PICKER_KEY,
        on_change=_picked,
    )


# --- guidance ------------------------------------------------------------------------------------


@st.cache_resource(show_spinner=False)
def get_retriever():
    """The hybrid retriever; builds the guidance index on first use when it is missing or stale."""
    from rag.retrieval import build_retriever

    return build_retriever(get_settings(), get_embedder())


@st.cache_data(show_spinner=False, ttl=600)
def guidance_channels() -> list[dict[str, object]]:
    """The channel table of corpus/channels.toml as plain dicts (for the 指南 page)."""
    from dataclasses import asdict

    from rag.corpus import load_channels

    return [asdict(channel) for channel in load_channels()]


# --- evidence ------------------------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=256)
def evidence_preview(case_id: str, evidence_id: str, sha256: str):
    """A browser-safe preview of a stored upload (HEIC and PDF included); None if unreadable.

    Keyed by sha256 too, so a replaced file never shows a stale preview.
    """
    from errors import ContactShieldError
    from evidence.images import load_image

    settings = get_settings()
    try:
        data = get_store().evidence_bytes(case_id, evidence_id)
        loaded = load_image(
            data,
            evidence_id,
            max_pixels=settings.max_image_pixels,
            max_bytes=settings.max_upload_mb * 1024 * 1024,
        )
    except ContactShieldError:
        return None
    page = loaded.pages[0]
    page.thumbnail((720, 1600))
    return page


# --- drafting backend choice ---------------------------------------------------------------------


def draft_backend_choices() -> tuple[str, ...]:
    """Backends the 起草 page offers: the configured one, and the template as a fast fallback."""
    return tuple(dict.fromkeys((get_settings().llm_backend, "template")))


@st.cache_resource(show_spinner=False)
def get_llm_named(name: str):
    """The LLM backend called `name`; the configured one is the shared `get_llm()` instance."""
    from dataclasses import replace

    from drafting.backends.factory import build_llm

    settings = get_settings()
    if name == settings.llm_backend:
        return get_llm()
    return build_llm(replace(settings, llm_backend=name))
