"""Evidence (证据): upload screenshots and call recordings, read or transcribe them, correct the
text, merge into case facts."""

from __future__ import annotations

import streamlit as st

import services
from casefile.model import EVIDENCE_KINDS
from casefile.store import evidence_item
from casefile.store.recordings import RECORDING_KIND
from corrections import OWNERS, mark_owner
from errors import ContactShieldError
from evidence.audio.decode import AUDIO_SUFFIXES, is_audio_name
from evidence.intake import (
    SCREEN_KEY,
    UNCERTAIN_KEY,
    IntakeFailure,
    add_uploads_to_case,
    correct_evidence,
)
from exports.workspace import confirm_roles, numbers_for
from services import tr
from ui import journey
from ui.numbers import edit_roles
from ui.recordings import show_recording, store_recordings
from ui.screens import show_picture
from understanding.build import merge_case_facts
from understanding.headline import headline
from understanding.roles import date_roles

FLASH_KEY = "evidence.flash"
IMAGE_TYPES = ["png", "jpg", "jpeg", "webp", "heic", "heif", "gif", "bmp", "tif", "tiff", "pdf"]
UPLOAD_TYPES = IMAGE_TYPES + list(AUDIO_SUFFIXES)
SCREENSHOT_KINDS = [kind for kind in EVIDENCE_KINDS if kind != RECORDING_KIND]

lang = services.current_lang()
st.title(f"📷 {tr('nav.evidence')}")
st.caption(tr("evidence.intro"))

case_id = journey.require_case()
store = services.get_store()

for level, message in st.session_state.pop(FLASH_KEY, []):
    getattr(st, level)(message)

uploads = st.file_uploader(
    tr("evidence.upload"), type=UPLOAD_TYPES, accept_multiple_files=True, key="evidence.uploader"
)

# Screenshots forwarded from someone's phone: that person is one of the borrower's contacts.
owner_left, owner_right = st.columns(2)
owner = owner_left.selectbox(
    tr("evidence.owner_label"),
    OWNERS,
    format_func=lambda code: tr(f"screens.phone_of.{code}"),
    key="evidence.owner",
    help=tr("evidence.owner_help"),
)
owner_name = owner_right.text_input(
    tr("screens.owner_name_label"),
    key="evidence.owner_name",
    placeholder=tr("screens.owner_name_placeholder"),
    disabled=owner == "borrower",
)

if st.button(tr("evidence.read_button"), type="primary", disabled=not uploads):
    chosen = [(upload.name, upload.getvalue()) for upload in uploads or []]
    recordings = [(name, data) for name, data in chosen if is_audio_name(name)]
    images = [(name, data) for name, data in chosen if not is_audio_name(name)]
    flash: list[tuple[str, str]] = []
    if recordings:
        flash += store_recordings(store, case_id, recordings, lang)
    if not images:
        st.session_state[FLASH_KEY] = flash
        st.rerun()
    bar = st.progress(0.0, text=tr("evidence.progress_start"))

    def show_progress(done: int, total: int, file: str) -> None:
        bar.progress(
            done / max(total, 1), text=tr("evidence.progress", done=done, total=total, file=file)
        )

    try:
        items = add_uploads_to_case(store, case_id, images, services.get_settings(), show_progress)
    except ContactShieldError as error:  # Tesseract or chi_sim missing, disk full
        st.error(error.message(lang))
        st.stop()
    failed = [item for item in items if isinstance(item, IntakeFailure)]
    read = [item.sha256 for item in items if not isinstance(item, IntakeFailure)]
    if owner != "borrower" and read:
        try:
            marked = mark_owner(store, case_id, read, owner, owner_name)
        except ContactShieldError as error:
            st.error(error.message(lang))
            st.stop()
        flash += [("info", tr("evidence.owner_marked", ids="、".join(marked)))] if marked else []
    flash += [
        ("success", tr("evidence.progress_done", ok=len(items) - len(failed), failed=len(failed)))
    ]
    flash += [("error", item.error.message(lang)) for item in failed]
    flash += [
        ("warning", tr("evidence.note", file=item.file, note=note))
        for item in items
        if not isinstance(item, IntakeFailure)
        for note in item.notes
    ]
    st.session_state[FLASH_KEY] = flash
    st.rerun()

evidence = store.list_evidence(case_id)
if not evidence:
    st.info(tr("evidence.none_yet"))
    journey.next_step("evidence")
    st.stop()


st.subheader(tr("evidence.list_title", count=len(evidence)))
for item in evidence:
    if item.kind == RECORDING_KIND:
        with st.container(border=True):
            st.markdown(f"**{tr('evidence.item_title', id=item.id, file=item.filename)}**")
            show_recording(store, case_id, item, lang, FLASH_KEY)
            if item.summary:
                st.caption(tr("evidence.summary", summary=item.summary))
        continue
    with st.container(border=True):
        title = tr("evidence.item_title", id=item.id, file=item.filename)
        st.markdown(f"**{title}** {tr('evidence.corrected') if item.corrected_text else ''}")
        left, right = st.columns([2, 3])
        with left:
            show_picture(case_id, item)
        with right:
            uncertain = item.entities.get(UNCERTAIN_KEY) or []
            if uncertain and not item.corrected_text:
                st.warning(
                    "\n".join(
                        [tr("evidence.uncertain_title")]
                        + [
                            tr(
                                "evidence.uncertain_line",
                                text=line["text"],
                                confidence=round(line["confidence"]),
                            )
                            for line in uncertain
                        ]
                    ),
                    icon="🔍",
                )
            text = st.text_area(
                tr("evidence.text_label"),
                value=item.text,
                height=260,
                key=f"evidence.text.{item.id}",
            )
            kind = st.selectbox(
                tr("evidence.kind_label"),
                options=SCREENSHOT_KINDS,
                index=SCREENSHOT_KINDS.index(item.kind) if item.kind in SCREENSHOT_KINDS else 0,
                format_func=lambda code: tr(f"evidence.kind.{code}"),
                key=f"evidence.kind.{item.id}",
            )
            if st.button(tr("evidence.save"), key=f"evidence.save.{item.id}"):
                try:
                    correct_evidence(store, case_id, item.id, text, kind)
                    st.session_state[FLASH_KEY] = [("success", tr("evidence.saved", id=item.id))]
                    st.rerun()
                except ContactShieldError as error:
                    st.error(error.message(lang))
            st.caption(
                tr(
                    "evidence.meta",
                    date=journey.day(item.captured_on)
                    if item.captured_on
                    else tr("evidence.unknown_date"),
                    sha=item.sha256,
                )
            )
            if item.summary:
                st.caption(tr("evidence.summary", summary=item.summary))
            roles = date_roles(evidence_item(item))
            if roles.contact_days or roles.mentioned:
                st.caption(
                    tr(
                        "evidence.date_roles",
                        contact="、".join(roles.contact_days) or "—",
                        mentioned="、".join(roles.mentioned) or "—",
                    )
                )
            st.markdown(f"**{tr('evidence.entities_title')}**")
            shown = [
                (key, values)
                for key, values in item.entities.items()
                if values and key not in (UNCERTAIN_KEY, SCREEN_KEY)
            ]
            if not shown:
                st.caption(tr("evidence.no_entities"))
            for key, values in shown:
                st.markdown(
                    tr(
                        "app.labelled_list",
                        label=tr(f"evidence.entity.{key}"),
                        items=tr("app.list_sep").join(journey.entity_text(key, v) for v in values),
                    )
                )

st.subheader(tr("evidence.numbers_title"))
st.caption(tr("evidence.numbers_help"))
number_rows = numbers_for(store, case_id)


def save_roles(chosen: dict[str, str]) -> None:
    """The user's roles win over every guess; the facts are derived again from them."""
    try:
        confirm_roles(store, case_id, chosen)
        merged = merge_case_facts(store, case_id)
    except ContactShieldError as error:
        st.error(error.message(lang))
        return
    shown = headline(merged)
    saved = tr(
        "evidence.numbers_saved",
        collectors=len(merged.harassment.collector_numbers),
        calls=shown.calls,
        messages=shown.messages,
    )
    st.session_state[FLASH_KEY] = [("success", saved)]
    st.rerun()


if not number_rows:
    st.info(tr("evidence.numbers_none"))
else:
    edit_roles(number_rows, "evidence.numbers", save_roles, tr("evidence.numbers_save"))

st.subheader(tr("evidence.merge_title"))
st.caption(tr("evidence.merge_help"))
if st.button(tr("evidence.merge_button"), key="evidence.merge"):
    try:
        case = merge_case_facts(store, case_id)
        store.set_step(case_id, "evidence", "done")
        harassment = case.harassment
        shown = headline(case)
        st.success(
            tr(
                "evidence.merged",
                start=journey.day(harassment.started_on or "") or tr("evidence.unknown_date"),
                end=journey.day(harassment.last_on or "") or tr("evidence.unknown_date"),
                calls=shown.calls,
                messages=shown.messages,
                numbers=len(harassment.collector_numbers),
                threats=len(harassment.threats),
            )
        )
    except ContactShieldError as error:
        st.error(error.message(lang))

journey.next_step("evidence")
