"""Entry point: page config, navigation, sidebar. No logic lives here."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

import services
from services import tr
from ui import journey, unlock

# Not named pages/: Streamlit would also serve a pages/ folder's scripts at their own addresses,
# past the navigation below and the unlock gate above it.
PAGES_DIR = Path(__file__).resolve().parent / "views"

st.set_page_config(page_title="通讯录护盾 ContactShield", page_icon="🛡️", layout="wide")
unlock.gate()  # a locked data dir: nothing below runs until it is unlocked

with st.sidebar:
    st.markdown(f"### 🛡️ {tr('app.title')}")
    st.success(tr("app.offline_badge"))
    st.radio(
        tr("app.language"),
        options=["zh", "en"],
        format_func=lambda code: {"zh": "简体中文", "en": "English"}[code],
        index=0 if services.current_lang() == "zh" else 1,
        horizontal=True,
        key=services.LANG_WIDGET_KEY,
        on_change=services.apply_language_choice,
    )
    services.case_picker()
    journey.sidebar_progress()

# (file, title key, icon) in the order of the journey.
PAGES = [
    ("home.py", "nav.home", "🏠"),
    ("cases.py", "nav.cases", "🗂️"),
    ("desk.py", "nav.desk", "🗃️"),
    ("evidence.py", "nav.evidence", "📷"),
    ("facts.py", "nav.facts", "✅"),
    ("guidance.py", "nav.guidance", "📚"),
    ("draft.py", "nav.draft", "✍️"),
    ("dashboard.py", "nav.dashboard", "📊"),
    ("settings.py", "nav.settings", "⚙️"),
]

navigation = st.navigation(
    [
        st.Page(str(PAGES_DIR / file), title=tr(title), icon=icon, default=(file == "home.py"))
        for file, title, icon in PAGES
    ]
)
navigation.run()
