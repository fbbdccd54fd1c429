"""The guided journey on every page: the one next step, a case right where it is needed, progress.

Pages call `require_case()` at the top and `next_step(here)` at the end; the sidebar and the home
page show `case_progress()`. The logic of what is done lives in understanding/progress.py.
"""

from __future__ import annotations

import streamlit as st

import services
from errors import ContactShieldError
from i18n import format_date, format_datetime
from services import tr
from understanding.progress import NO_CASE, STAGES, Progress, case_progress

# Stage -> the page where it is done; "overview" is where the journey ends.
STAGE_PAGES = {
    "case": "views/cases.py",
    "evidence": "views/evidence.py",
    "facts": "views/facts.py",
    "guidance": "views/guidance.py",
    "draft": "views/draft.py",
    "export": "views/cases.py",
    "overview": "views/dashboard.py",
}
# A page's next step is only offered once its own stage is done (there is nothing to review
# before any evidence exists); other stages may be skipped.
BLOCKING = ("case", "evidence", "draft")


def progress() -> Progress:
    """The current case's progress (NO_CASE without one or when the store fails)."""
    try:
        return case_progress(services.get_store(), services.current_case_id())
    except ContactShieldError:
        return NO_CASE


def when(stamp: str) -> str:
    """A stored UTC timestamp in the user's language and time zone."""
    return format_datetime(stamp, services.current_lang(), services.get_settings().timezone)


def day(iso: str) -> str:
    """An ISO date in the user's language."""
    return format_date(iso, services.current_lang())


def entity_text(key: str, value: object) -> str:
    """One extracted entity as shown: its value (not the dict it may ride in), dates in words."""
    if isinstance(value, dict):
        value = value.get("value") or value.get("date") or value.get("raw") or ""
    text = str(value)
    return day(text) if key == "dates" else text


def target_after(here: str, state: Progress) -> str:
    """The stage the page `here` leads to: the first later stage not done, else the overview."""
    later = STAGES[STAGES.index(here) + 1 :] if here in STAGES else STAGES
    return next((stage for stage in later if not state.is_done(stage)), "overview")


def next_step(here: str) -> None:
    """End a page with its one next action as a primary button (or a pointer on this page)."""
    state = progress()
    _refresh_sidebar(state)
    target = target_after(here, state)
    st.divider()
    label = tr("journey.next", step=tr(f"journey.stage.{target}"))
    if STAGE_PAGES[target] == STAGE_PAGES.get(here):
        st.info(tr(f"journey.here.{target}"), icon="👉")
        return
    blocked = here in BLOCKING and not state.is_done(here)
    if blocked:
        st.caption(tr(f"journey.blocked.{here}"))
    if st.button(label, type="primary", key=f"journey.next.{here}", disabled=blocked):
        st.switch_page(STAGE_PAGES[target])


def continue_button(state: Progress) -> None:
    """The home page's one action: the first stage not done yet."""
    target = state.next_stage or "overview"
    label = tr("journey.continue", step=tr(f"journey.stage.{target}"))
    if st.button(label, type="primary", key="journey.continue"):
        st.switch_page(STAGE_PAGES[target])


def stage_list(state: Progress) -> None:
    """✅/⬜ per stage, with the draft kinds written."""
    for stage, done in state.done:
        line = f"{'✅' if done else '⬜'} {tr(f'journey.stage.{stage}')}"
        if stage == "draft" and state.drafted:
            kinds = tr("app.list_sep").join(tr(f"draft.kind.{k}") for k in state.drafted)
            line += f"（{kinds}）" if services.current_lang() == "zh" else f" ({kinds})"
        st.markdown(line)


SIDEBAR_SLOT = "journey.sidebar_slot"  # this run's sidebar placeholder (never a widget key)


def _show_progress(slot, state: Progress) -> None:
    following = state.next_stage
    text = tr("journey.progress", done=state.count, total=state.total)
    if following:
        text += tr("journey.progress_next", step=tr(f"journey.stage.{following}"))
    slot.progress(state.count / state.total, text=text)


def sidebar_progress() -> None:
    """A progress bar for the chosen case under the case picker (refreshed by `next_step`)."""
    slot = st.empty()
    st.session_state[SIDEBAR_SLOT] = slot
    if services.current_case_id() is not None:
        _show_progress(slot, progress())


def _refresh_sidebar(state: Progress) -> None:
    """Show marks made during this run (a search, an export) without waiting for the next one."""
    slot = st.session_state.get(SIDEBAR_SLOT)
    if slot is not None and services.current_case_id() is not None:
        _show_progress(slot, state)


def _create_case() -> None:
    title = st.session_state.get("journey.new_case", "")
    try:
        created = services.get_store().create_case(title)
    except (ContactShieldError, ValueError):
        st.session_state["journey.create_failed"] = True
        return
    services.set_current_case(created)
    st.session_state.pop("journey.new_case", None)


def require_case() -> str:
    """The current case id; without one, offer to create (or pick) a case here, then stop."""
    case_id = services.current_case_id()
    if case_id is not None:
        return case_id
    st.info(tr("journey.need_case"))
    with st.container(border=True):
        st.text_input(
            tr("journey.new_case"), key="journey.new_case", placeholder=tr("journey.new_case_hint")
        )
        st.button(
            tr("journey.create_here"), type="primary", key="journey.create", on_click=_create_case
        )
        if st.session_state.pop("journey.create_failed", False):
            st.error(tr("journey.create_failed"))
    st.stop()
    raise AssertionError("unreachable")  # st.stop() ends the run


def keep_choice(key: str) -> None:
    """Call before a widget whose label changes with the language: its choice survives a switch.

    A widget's identity includes its label, so a language switch would reset it; the choice is
    kept under `<key>.kept` (written by `remember`) and handed back to the new widget.
    """
    kept = f"{key}.kept"
    if kept in st.session_state:
        st.session_state[key] = st.session_state[kept]


def remember(key: str) -> None:
    """on_change of a widget guarded by `keep_choice`."""
    st.session_state[f"{key}.kept"] = st.session_state[key]
