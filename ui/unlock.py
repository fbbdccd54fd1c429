"""The unlock screen shown before any page while the data dir is locked; auto-lock when idle."""

from __future__ import annotations

import streamlit as st

import services
from errors import StoreLocked
from services import tr


def gate() -> None:
    """Show the unlock form and stop the run until the store is unlocked (plain: no-op)."""
    was_unlocked = services.UNLOCKED_KEY in st.session_state
    services.lock_if_idle()
    if services.store_unlocked():
        return
    st.title(tr("lock.title"))
    if was_unlocked:
        st.info(tr("lock.idle_locked"))
    st.write(tr("lock.prompt"))
    with st.form("unlock"):
        passphrase = st.text_input(tr("lock.passphrase"), type="password")
        submitted = st.form_submit_button(tr("lock.unlock"), type="primary")
    if submitted:
        try:
            services.unlock_store(passphrase)
        except StoreLocked as error:
            st.error(error.message(services.current_lang()))
        else:
            st.rerun()
    st.stop()
