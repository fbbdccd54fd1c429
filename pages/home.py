"""Home: what the app does, the first step, and the doctor's findings."""

from __future__ import annotations

import streamlit as st

import services
from services import tr

st.title(f"🛡️ {tr('app.title')}")
st.markdown(f"**{tr('app.tagline')}**")
st.info(tr("app.offline_badge"))
st.warning(tr("home.first_step"))

st.subheader(tr("home.what_title"))
st.markdown(tr("home.what_body"))
st.caption(tr("app.not_legal_advice"))

st.subheader(tr("home.status_title"))
if st.button(tr("home.recheck"), key="home.recheck"):
    services.doctor_report.clear()
with st.spinner(tr("home.checking")):
    checks = services.doctor_report(services.current_lang())
problems = [check for check in checks if not check["ok"]]
if problems:
    st.error(tr("home.status_problems", count=len(problems)))
else:
    st.success(tr("home.status_ok"))
for check in checks:
    mark = "✅" if check["ok"] else "❌"
    st.markdown(f"{mark} **{check['title']}** — {check['detail']}")
