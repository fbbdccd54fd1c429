"""Settings (设置): protect the data dir with a passphrase, change it, auto-lock minutes."""

from __future__ import annotations

import streamlit as st

from services import tr
from ui import settings

st.title(f"⚙️ {tr('nav.settings')}")
settings.flash()
st.header(tr("settings.protect_title"))
settings.protect_part()
st.divider()
settings.auto_lock_part()
