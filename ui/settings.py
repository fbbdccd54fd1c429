"""The settings page's parts: protecting the data dir with a passphrase, changing it, auto-lock.

Turning protection on says plainly what a forgotten passphrase means, offers a sealed backup of
every case first, takes the passphrase twice and then locks in place with the atomic migration
(casefile.store.relock). The unlocked store goes straight into this session, as unlocking does.
"""

from __future__ import annotations

import time

import streamlit as st

import services
from casefile.store import CaseStore
from casefile.store.prefs import MAX_AUTO_LOCK_MINUTES, auto_lock_minutes, save_auto_lock_minutes
from casefile.store.relock import change_passphrase, lock_existing
from errors import ContactShieldError
from exports.bundle_seal import export_all_sealed
from services import tr

MIN_PASSPHRASE = 6  # characters: a short Chinese phrase is fine, "1234" is not
BACKUP_KEY = "settings.backup_file"
FLASH_KEY = "settings.flash"


def _two_match(first: str, second: str) -> bool:
    """Error shown (and False) unless the two entries agree and are long enough."""
    if first != second:
        st.error(tr("settings.mismatch"))
        return False
    if len(first) < MIN_PASSPHRASE:
        st.error(tr("settings.too_short", n=MIN_PASSPHRASE))
        return False
    return True


def _adopt(key) -> None:
    """This session now works on the locked store (no second unlock after locking)."""
    st.session_state[services.UNLOCKED_KEY] = CaseStore(services.get_settings().data_dir, key)
    st.session_state[services.ACTIVE_KEY] = time.monotonic()


def flash() -> None:
    if message := st.session_state.pop(FLASH_KEY, None):
        st.success(message)


def protect_part() -> None:
    """The on switch; once on, the change-passphrase part instead."""
    locked = services.store_is_locked()
    on = st.toggle(tr("settings.protect"), value=locked, disabled=locked, key="settings.protect")
    if locked:
        st.success(tr("settings.protect_is_on"))
        change_part()
        return
    st.caption(tr("settings.protect_what"))
    if not on:
        return
    st.warning(tr("settings.forgotten_means_gone"), icon="⚠️")
    with st.expander(tr("settings.backup_title"), expanded=True):
        backup_part()
    first = st.text_input(tr("settings.new"), type="password", key="settings.lock_pass1")
    second = st.text_input(tr("settings.new_again"), type="password", key="settings.lock_pass2")
    understood = st.checkbox(tr("settings.understood"), key="settings.understood")
    clicked = st.button(
        tr("settings.lock_button"), type="primary", disabled=not understood, key="settings.lock"
    )
    if not clicked or not _two_match(first, second):
        return
    try:
        with st.spinner(tr("settings.locking")):
            key = lock_existing(services.get_settings().data_dir, first)
    except (ContactShieldError, OSError) as error:
        st.error(_message(error))
        return
    st.cache_data.clear()  # nothing computed from the plain store outlives the switch
    _adopt(key)
    st.session_state.pop(BACKUP_KEY, None)
    st.session_state[FLASH_KEY] = tr("settings.locked_done")
    st.rerun()


def backup_part() -> None:
    """Every case as sealed bundles in one zip, under a passphrase of its own."""
    st.write(tr("settings.backup_what"))
    first = st.text_input(tr("settings.backup_pass"), type="password", key="settings.backup1")
    second = st.text_input(tr("settings.new_again"), type="password", key="settings.backup2")
    if st.button(tr("settings.backup_button"), key="settings.backup") and _two_match(first, second):
        try:
            with st.spinner(tr("settings.backup_preparing")):
                st.session_state[BACKUP_KEY] = export_all_sealed(services.get_store(), first)
        except ContactShieldError as error:
            st.error(_message(error))
    if data := st.session_state.get(BACKUP_KEY):
        st.download_button(
            tr("settings.backup_download"),
            data,
            file_name="contactshield-backup.zip",
            mime="application/zip",
            key="settings.backup_dl",
        )


def change_part() -> None:
    """Re-key under a new passphrase; a wrong current one changes nothing."""
    st.subheader(tr("settings.change_title"))
    old = st.text_input(tr("settings.current"), type="password", key="settings.old")
    first = st.text_input(tr("settings.new"), type="password", key="settings.change1")
    second = st.text_input(tr("settings.new_again"), type="password", key="settings.change2")
    if not st.button(tr("settings.change_button"), key="settings.change"):
        return
    if not _two_match(first, second):
        return
    try:
        with st.spinner(tr("settings.changing")):
            key = change_passphrase(services.get_settings().data_dir, old, first)
    except (ContactShieldError, OSError) as error:
        st.error(_message(error))
        return
    _adopt(key)
    st.session_state[FLASH_KEY] = tr("settings.changed")
    st.rerun()


def auto_lock_part() -> None:
    """Idle minutes before a locked data dir locks again in the app (0: never)."""
    settings = services.get_settings()
    st.subheader(tr("settings.auto_lock_title"))
    current = auto_lock_minutes(settings.data_dir, settings.auto_lock_minutes)
    minutes = st.number_input(
        tr("settings.auto_lock_minutes"),
        min_value=0,
        max_value=MAX_AUTO_LOCK_MINUTES,
        value=round(current),
        step=5,
        key="settings.auto_lock",
        help=tr("settings.auto_lock_help"),
    )
    if st.button(tr("settings.auto_lock_save"), key="settings.auto_lock_save"):
        try:
            save_auto_lock_minutes(settings.data_dir, float(minutes))
        except OSError as error:
            st.error(_message(error))
            return
        st.success(tr("settings.auto_lock_saved", minutes=int(minutes)))


def _message(error: Exception) -> str:
    if isinstance(error, ContactShieldError):
        return error.message(services.current_lang())
    return tr("settings.disk_error", error=str(error))
