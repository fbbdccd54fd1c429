"""Cached factories shared by all pages — the one non-page module that imports streamlit.

Resources cached here are shared by every browser session, so each must be thread-safe
(the llama.cpp backend and the embedder guard themselves with locks).
"""

from __future__ import annotations

import streamlit as st

import settings as settings_module  # first: forces the offline environment
from i18n import translate

LANG_KEY = "ui.lang"


@st.cache_resource
def get_settings() -> settings_module.Settings:
    return settings_module.load_settings()


def current_lang() -> str:
    return st.session_state.get(LANG_KEY, get_settings().language)


def tr(key: str, **values: object) -> str:
    """UI text for `key` in the session's language."""
    return translate(key, current_lang(), **values)


@st.cache_resource(show_spinner=False)
def get_llm():  # noqa: ANN201 - drafting.llm.LLMBackend
    from drafting.llm import build_llm

    return build_llm(get_settings())


@st.cache_resource(show_spinner=False)
def get_embedder():  # noqa: ANN201 - rag.embedder.Embedder
    from rag.embedder import build_embedder

    return build_embedder(get_settings())


@st.cache_data(show_spinner=False, ttl=600)
def doctor_report(lang: str) -> list[dict[str, object]]:
    """The doctor's checks as plain dicts (cached: they load both models)."""
    from doctor import run_checks

    return [
        {**check.as_dict(), "title": check.title} for check in run_checks(get_settings(), lang)
    ]
