"""Desk (工作台): one row per case — letters, overdue replies, next step, due date — for staff."""

from __future__ import annotations

import pandas as pd
import streamlit as st

import services
from exports.calendar import desk_calendar
from exports.desk import rows_csv, store_rows
from exports.redact import mask_name
from services import tr
from ui import desk

COLUMNS = ("label", "borrower", "platform", "last_conduct", "time_limit_end", "sent", "answered")
COLUMNS += ("overdue", "next_step", "due")

st.title(f"🗃️ {tr('nav.desk')}")
st.caption(tr("desk.intro"))
today = desk.today()
st.caption(tr("desk.today", day=today.isoformat()))

lang = services.current_lang()
rows = store_rows(services.get_store(), today, lang)
if not rows:
    st.info(tr("desk.empty"))
    st.stop()

left, middle, right = st.columns([1, 1, 2])
show_names = left.toggle(tr("desk.show_names"), key="desk.show_names")
only_overdue = middle.toggle(tr("desk.only_overdue"), key="desk.only_overdue")
needle = right.text_input(tr("desk.filter"), key="desk.filter").strip()
shown = [
    row
    for row in rows
    if (row.overdue or not only_overdue) and (not needle or needle in row.platform + row.label)
]
table = pd.DataFrame(
    {
        tr(f"desk.col.{name}"): [
            (row.borrower if show_names else mask_name(row.borrower) if row.borrower else "")
            if name == "borrower"
            else getattr(row, name)
            for row in shown
        ]
        for name in COLUMNS
    }
)
st.dataframe(table, hide_index=True, key="desk.table")

csv_col, ics_col = st.columns(2)
csv_col.download_button(
    tr("desk.csv"),
    data=rows_csv(shown, lang).encode("utf-8-sig"),  # the BOM lets Excel read the Chinese text
    file_name=f"desk-{today.isoformat()}.csv",
    mime="text/csv",
    key="desk.csv",
)
ics_col.download_button(
    tr("desk.ics"),
    data=desk_calendar(shown, lang=lang).encode("utf-8"),
    file_name=f"desk-{today.isoformat()}.ics",
    mime="text/calendar",
    key="desk.ics",
)

st.subheader(tr("desk.open_case"))
labels = {row.id: f"{row.label} · {row.platform}" if row.platform else row.label for row in rows}
chosen = st.selectbox(tr("desk.open_case"), list(labels), format_func=labels.get, key="desk.case")
if chosen:
    desk.next_step_box(chosen, key="desk.next")
    desk.answered_form(chosen)
