"""The number table (one row per number or sender): shown on the facts page, edited on 证据."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd
import streamlit as st

from services import tr
from understanding.roles import ROLES, NumberRow

COLUMNS = ("sender", "role", "confirmed", "calls", "messages", "night", "first", "last")
COLUMNS += ("exhibits", "labels", "reason")


def role_names() -> dict[str, str]:
    """{role: its name in the UI language}."""
    return {role: tr(f"evidence.role.{role}") for role in ROLES}


def numbers_frame(rows: Sequence[NumberRow]) -> pd.DataFrame:
    """The rows as a table with field-name columns (roles shown by their UI names)."""
    names = role_names()
    return pd.DataFrame(
        {
            "sender": [r.sender for r in rows],
            "role": [names[r.role] for r in rows],
            "confirmed": [r.confirmed for r in rows],
            "calls": [r.calls for r in rows],
            "messages": [r.messages for r in rows],
            "night": [r.night for r in rows],
            "first": [r.first_seen for r in rows],
            "last": [r.last_seen for r in rows],
            "exhibits": ["、".join(r.exhibits) for r in rows],
            "labels": ["、".join(r.labels) for r in rows],
            "reason": [
                tr(f"evidence.reason.{r.reason_code}", detail=r.reason_detail) for r in rows
            ],
        },
        columns=list(COLUMNS),
    )


def _labels(table: pd.DataFrame) -> dict[str, str]:
    return {name: tr(f"evidence.numbers_col.{name}") for name in table.columns}


def show_numbers(rows: Sequence[NumberRow], key: str) -> None:
    """The table, read-only, its columns named in the UI language."""
    table = numbers_frame(rows)
    st.dataframe(table.rename(columns=_labels(table)), hide_index=True, width="stretch", key=key)


def edit_roles(
    rows: Sequence[NumberRow], key: str, save: Callable[[dict[str, str]], None], save_label: str
) -> None:
    """The table with an editable role column; `save` gets {sender: role} on the button."""
    names = role_names()
    table = numbers_frame(rows)
    # Columns carry their shown (translated) names, so the table reads in the UI language
    # wherever it is displayed; they are mapped back to the field names after editing.
    labels = _labels(table)
    columns = {
        labels[name]: st.column_config.Column(disabled=True)
        for name in table.columns
        if name != "role"
    }
    columns[labels["role"]] = st.column_config.SelectboxColumn(
        options=list(names.values()), required=True
    )
    edited = st.data_editor(
        table.rename(columns=labels),
        column_config=columns,
        hide_index=True,
        width="stretch",
        key=key,
    ).rename(columns={label: name for name, label in labels.items()})
    if st.button(save_label, key=f"{key}_save", type="primary"):
        by_name = {name: role for role, name in names.items()}
        save(dict(zip(edited["sender"], (by_name[n] for n in edited["role"]), strict=True)))
