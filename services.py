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


UNLOCKED_KEY = "store.unlocked"  # a locked data dir's store lives in the session, never shared
ACTIVE_KEY = "store.last_active"


@st.cache_resource(show_spinner=False)
def _plain_store():
    from casefile.store.lock import open_store

    return open_store(get_settings().data_dir)


def store_is_locked() -> bool:
    """True when the data dir is encrypted with a passphrase."""
    from casefile.store.crypto import is_locked

    return is_locked(get_settings().data_dir)


def store_unlocked() -> bool:
    """True when the store can be used now: plain, or unlocked in this session."""
    return not store_is_locked() or UNLOCKED_KEY in st.session_state


def get_store():
    """The case store: shared when plain; this session's unlocked one when locked."""
    if not store_is_locked():
        return _plain_store()
    store = st.session_state.get(UNLOCKED_KEY)
    if store is None:
        from casefile.store.crypto import missing_passphrase

        raise missing_passphrase()
    return store


def unlock_store(passphrase: str) -> None:
    """Unlock the data dir for this session; StoreLocked (nothing changed) when wrong."""
    import time

    from casefile.store.lock import open_store

    st.session_state[UNLOCKED_KEY] = open_store(get_settings().data_dir, passphrase)
    st.session_state[ACTIVE_KEY] = time.monotonic()


def lock_store_now() -> None:
    """Forget the unlocked store and every cached page result made from it."""
    st.session_state.pop(UNLOCKED_KEY, None)
    st.session_state.pop(ACTIVE_KEY, None)
    st.cache_data.clear()


def lock_if_idle() -> None:
    """Auto-lock: past CS_AUTO_LOCK_MINUTES without a rerun, the session locks again."""
    import time

    if UNLOCKED_KEY not in st.session_state:
        return
    from casefile.store.prefs import auto_lock_minutes

    settings = get_settings()  # the settings page's choice wins over CS_AUTO_LOCK_MINUTES
    minutes = auto_lock_minutes(settings.data_dir, settings.auto_lock_minutes)
    last = st.session_state.get(ACTIVE_KEY, time.monotonic())
    if minutes > 0 and time.monotonic() - last > minutes * 60:
        lock_store_now()
    else:
        st.session_state[ACTIVE_KEY] = time.monotonic()


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
