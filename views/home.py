"""Home: a calm first screen — the first step, the four steps, help lines — then the doctor."""

from __future__ import annotations

import streamlit as st

import services
from services import tr
from ui import desk, first_start, journey

# The hotlines shown on the first screen, by the number their verified channel row starts with
# (corpus/channels.toml): never a number typed here.
HOTLINES = ("12356", "12348")
STEPS = (
    ("evidence.py", "home.step_evidence", "📷"),
    ("facts.py", "home.step_facts", "✅"),
    ("guidance.py", "home.step_guidance", "📚"),
    ("draft.py", "home.step_draft", "✍️"),
)

st.title(f"🛡️ {tr('app.title')}")
st.markdown(f"**{tr('app.tagline')}**")
first_start.offer()  # a fresh, plain data dir: protect it before the first case
st.info(tr("app.offline_badge"))
st.warning(tr("home.first_step"), icon="📌")

# Where the chosen case stands, and its one next action.
st.subheader(tr("home.where_title"))
state = journey.progress()
case_id = services.current_case_id()
if case_id is None:
    st.markdown(tr("home.where_none"))
else:
    st.markdown(tr("home.where_case", title=services.get_store().case_row(case_id)["title"]))
    st.progress(
        state.count / state.total, text=tr("journey.progress", done=state.count, total=state.total)
    )
    journey.stage_list(state)
    desk.next_step_box(case_id, key="home.next")
journey.continue_button(state)
if len(services.get_store().list_cases()) > 1:  # staff with many cases start from the desk
    st.page_link("views/desk.py", label=tr("home.open_desk"), icon="🗃️")

st.subheader(tr("home.steps_title"))
columns = st.columns(len(STEPS))
for number, (column, (page, key, icon)) in enumerate(zip(columns, STEPS, strict=True), start=1):
    with column, st.container(border=True):
        st.markdown(f"**{number}. {tr(f'{key}_title')}**")
        st.markdown(tr(f"{key}_body"))
        st.page_link(f"views/{page}", label=tr("home.open_step"), icon=icon)

st.subheader(tr("home.what_title"))
st.markdown(tr("home.what_body"))
# Plain text, not st.caption: caption grey is below WCAG AA contrast for notes this important.
st.markdown(f"🔒 {tr('home.privacy')}")
st.markdown(f"⚖️ {tr('app.not_legal_advice')}")

st.subheader(tr("home.wellbeing_title"))
st.markdown(tr("home.wellbeing_body"))
hotlines = [
    channel
    for number in HOTLINES
    for channel in services.guidance_channels()
    if channel["verified"] and str(channel["name"]).startswith(number)
]
for channel in hotlines:
    line = tr("app.labelled_list", label=f"**{channel['name']}**", items=channel["for_what"])
    # A hard line break keeps the channel's note inside its list item.
    st.markdown(f"{line}  \n  {channel['note']}" if channel["note"] else line)
st.caption(tr("home.hotlines_source"))

# Last on the page: the calm content above is already shown while the doctor loads both models.
st.subheader(tr("home.status_title"))
if st.button(tr("home.recheck"), key="home.recheck"):
    services.doctor_report.clear()
with st.spinner(tr("home.checking"), show_time=True):
    checks = services.doctor_report(services.current_lang())
problems = [check for check in checks if not check["ok"]]
if problems:
    st.error(tr("home.status_problems", count=len(problems)))
else:
    st.success(tr("home.status_ok"))
for check in checks:
    mark = "✅" if check["ok"] else "❌"
    st.markdown(f"{mark} **{check['title']}** — {check['detail']}")
