"""The first-start offer to protect this computer's data, shown once on the home page.

Only while it means something: the data dir is plain and holds no case yet (locking later works
too, but then the sealed backup comes first — the settings page walks through that). "稍后再说"
dismisses it for good (kept in app-settings.json); the settings page always offers it.
"""

from __future__ import annotations

import streamlit as st

import services
from casefile.store.prefs import dismiss_first_start, first_start_dismissed
from services import tr

SETTINGS_PAGE = "views/settings.py"


def should_offer() -> bool:
    """A plain data dir with no case, where the offer was never dismissed."""
    data_dir = services.get_settings().data_dir
    if services.store_is_locked() or first_start_dismissed(data_dir):
        return False
    return not services.get_store().list_cases()


def offer() -> None:
    """A short notice: what protection does, a button to the settings page, "稍后再说"."""
    if not should_offer():
        return
    with st.container(border=True):
        st.markdown(f"#### 🔒 {tr('settings.first_title')}")
        st.markdown(tr("settings.first_body"))
        left, right = st.columns(2)
        if left.button(tr("settings.first_open"), key="first_start.open"):  # home keeps one primary
            st.switch_page(SETTINGS_PAGE)
        if right.button(tr("settings.first_later"), key="first_start.later"):
            try:
                dismiss_first_start(services.get_settings().data_dir)
            except OSError as error:
                st.error(tr("settings.disk_error", error=str(error)))
                return
            st.rerun()
