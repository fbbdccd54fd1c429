"""Widgets of the desk: a case's next step with a button to its draft, the sent/answered forms."""

from __future__ import annotations

from datetime import date, timedelta

import streamlit as st

import services
from casefile.store.letters import KIND_NAMES, list_letters, mark_answered, mark_sent
from errors import ContactShieldError
from exports.desk import (
    DEFAULT_REPLY_DAYS,
    case_time_limit,
    desk_today,
    kind_name,
    next_steps,
)
from services import tr

DRAFT_PAGE = "views/draft.py"
KIND_KEY = "draft.kind"  # the 起草 page's kind widget (views/draft.py)


def today() -> date:
    """The desk's today: CS_TODAY when set, else the local date."""
    return desk_today(services.get_settings().today)


def kind_label(kind: str) -> str:
    """A letter kind's short name in Chinese, the draft page's name of it in English."""
    return kind_name(kind, services.current_lang())


def _open_draft(case_id: str, kind: str) -> None:
    services.set_current_case(case_id)
    st.session_state[KIND_KEY] = kind
    st.session_state[f"{KIND_KEY}.kept"] = kind  # journey.keep_choice hands it back to the widget


def next_step_box(case_id: str, key: str) -> None:
    """The case's next step, its reason and due date, and a button that opens the right draft."""
    store = services.get_store()
    day = today()
    try:
        case = store.get_case(case_id)
        steps = next_steps(case, list_letters(store, case_id), case_time_limit(case, day), day)
    except ContactShieldError as error:  # the rest of the page still works without it
        st.error(error.message(services.current_lang()))
        return
    with st.container(border=True):
        st.markdown(f"**{tr('desk.next_title')}**")
        if not steps:
            st.markdown(tr("desk.next_none"))
            return
        step = steps[0]
        due = tr("desk.next_due", due=step.due.isoformat()) if step.due else ""
        st.markdown(f"👉 {step.reason_in(services.current_lang())}{due}")
        if step.kind:
            label = tr("desk.open_draft", kind=kind_label(step.kind))
            if st.button(label, key=f"{key}.open", type="primary"):
                _open_draft(case_id, step.kind)
                st.switch_page(DRAFT_PAGE)


def sent_form(case_id: str, kind: str) -> None:
    """Mark the draft of `kind` as sent: date, channel, to whom, reference, reply window, file."""
    store = services.get_store()
    with st.form(f"desk.sent.{case_id}.{kind}", clear_on_submit=True):
        st.markdown(f"**{tr('desk.sent_title')}：{kind_label(kind)}**")
        sent_on = st.date_input(tr("desk.sent_on"), value=today(), key=f"desk.sent_on.{kind}")
        channel = st.text_input(tr("desk.channel"), key=f"desk.channel.{kind}")
        recipient = st.text_input(tr("desk.recipient"), key=f"desk.recipient.{kind}")
        reference = st.text_input(tr("desk.reference"), key=f"desk.reference.{kind}")
        days = st.number_input(
            tr("desk.reply_days"),
            min_value=1,
            max_value=365,
            value=DEFAULT_REPLY_DAYS,
            key=f"desk.reply_days.{kind}",
        )
        st.caption(tr("desk.reply_note", days=DEFAULT_REPLY_DAYS))
        upload = st.file_uploader(tr("desk.sent_file"), key=f"desk.sent_file.{kind}")
        if st.form_submit_button(tr("desk.sent_button")):
            try:
                exhibit = ""
                if upload is not None:
                    item = store.add_evidence(
                        case_id, upload.name, upload.getvalue(), kind="other", ocr_text="",
                        entities={}, summary=f"寄出的{KIND_NAMES.get(kind, kind)}",
                    )  # fmt: skip
                    exhibit = item.id
                due = sent_on + timedelta(days=int(days))
                mark_sent(
                    store, case_id, kind, sent_on, due_on=due, channel=channel.strip(),
                    recipient=recipient.strip(), reference=reference.strip(), exhibit=exhibit,
                )  # fmt: skip
                st.success(tr("desk.sent_done", due=due.isoformat()))
            except ContactShieldError as error:
                st.error(error.message(services.current_lang()))


def answered_form(case_id: str) -> None:
    """Record the reply to one of the case's sent letters."""
    store = services.get_store()
    waiting = [letter for letter in list_letters(store, case_id) if not letter.answered]
    if not waiting:
        return
    with st.form(f"desk.answered.{case_id}", clear_on_submit=True):
        st.markdown(f"**{tr('desk.answered_title')}**")
        names = {letter.id: f"{kind_label(letter.kind)} · {letter.sent_on}" for letter in waiting}
        letter_id = st.selectbox(tr("desk.answered_letter"), list(names), format_func=names.get)
        answered_on = st.date_input(tr("desk.answered_on"), value=today())
        answer = st.text_area(tr("desk.answer"))
        upload = st.file_uploader(tr("desk.answer_file"))
        if st.form_submit_button(tr("desk.answered_button")):
            try:
                exhibit = ""
                if upload is not None:
                    item = store.add_evidence(
                        case_id, upload.name, upload.getvalue(), kind="other", ocr_text="",
                        entities={}, summary="对方的答复",
                    )  # fmt: skip
                    exhibit = item.id
                mark_answered(
                    store, case_id, int(letter_id), answered_on, answer=answer.strip(),
                    answer_exhibit=exhibit,
                )  # fmt: skip
                st.success(tr("desk.answered_done"))
            except ContactShieldError as error:
                st.error(error.message(services.current_lang()))
