"""The 案件 page's case-bundle parts: import (open or sealed) and export, sealed on request.

A sealed bundle carries the case to a colleague's laptop under a passphrase of its own; the
passphrase never lands in the store, only in the widgets of this run.
"""

from __future__ import annotations

import streamlit as st

import services
from casefile.store import CaseStore
from errors import ContactShieldError
from exports.bundle import export_bundle
from exports.bundle_seal import SEALED_SUFFIX, export_sealed, import_any, is_sealed
from exports.workspace import export_filename
from services import tr
from understanding.progress import mark_exported

BUNDLE_KEY = "cases.bundle_file"  # (case id, file name, bytes) ready to download


def import_part(store: CaseStore) -> None:
    """Uploader, a passphrase field when the bundle is sealed, and the import button."""
    lang = services.current_lang()
    upload = st.file_uploader(
        tr("cases.import_file"), type=["zip", SEALED_SUFFIX], key="cases.import_file"
    )
    if upload is None:
        return
    data = upload.getvalue()
    passphrase = ""
    if is_sealed(data):
        st.info(tr("bundle.sealed_upload"))
        passphrase = st.text_input(
            tr("bundle.passphrase"), type="password", key="bundle.import_passphrase"
        )
    if st.button(tr("cases.import_button"), key="cases.import_button"):
        try:
            with st.spinner(tr("bundle.importing")):
                imported = import_any(store, data, passphrase)
        except ContactShieldError as error:
            st.error(error.message(lang))
            return
        services.set_current_case(imported)
        title = store.case_row(imported)["title"]
        st.session_state["cases.flash"] = tr("cases.imported", title=title)
        st.rerun()


def export_part(store: CaseStore, case_id: str, title: str) -> None:
    """Prepare the bundle (sealed when asked, the passphrase typed twice) and offer it."""
    lang = services.current_lang()
    seal = st.checkbox(
        tr("bundle.seal"), value=True, key="bundle.seal", help=tr("bundle.seal_help")
    )
    first = second = ""
    if seal:
        first = st.text_input(tr("bundle.passphrase"), type="password", key="bundle.pass1")
        second = st.text_input(tr("bundle.passphrase_again"), type="password", key="bundle.pass2")
        st.caption(tr("bundle.seal_note"))
    if st.button(tr("cases.bundle_prepare"), key="cases.bundle_prepare"):
        if seal and first != second:
            st.error(tr("bundle.mismatch"))
        else:
            try:
                with st.spinner(tr("cases.bundle_preparing")):
                    if seal:
                        data = export_sealed(store, case_id, first)
                        name = export_filename(title, SEALED_SUFFIX, redact=False)
                    else:
                        data = export_bundle(store, case_id)
                        name = export_filename(title, "zip", redact=False)
                st.session_state[BUNDLE_KEY] = (case_id, name, data)
                mark_exported(store, case_id, "bundle")
            except ContactShieldError as error:
                st.error(error.message(lang))
    bundle = st.session_state.get(BUNDLE_KEY)
    if bundle and bundle[0] == case_id:
        _, name, data = bundle
        st.download_button(
            tr("cases.bundle_download", name=name),
            data,
            file_name=name,
            mime="application/zip" if name.endswith(".zip") else "application/octet-stream",
            key="cases.bundle_dl",
        )
