"""What the 起草 page records and says about a draft: its backend in words, stale facts."""

from __future__ import annotations

from typing import Any

import streamlit as st

from casefile.store import CaseStore
from i18n import catalogue
from services import tr
from understanding.progress import draft_meta, facts_changed_since, mark_step
from understanding.review import facts_fingerprint


def backend_label(name: str) -> str:
    """ "本地模型" for llama, "固定模板" for template …; an unknown backend keeps its name."""
    key = f"draft.backend_name.{name}"
    return tr(key) if key in catalogue() else name


def mark_draft(store: CaseStore, case_id: str, kind: str, meta: dict[str, Any]) -> dict[str, Any]:
    """Mark the kind drafted on the journey; the meta to store gains the facts' fingerprint."""
    mark_step(store, case_id, kind)
    return {**meta, **draft_meta(store, case_id)}


def stale_warning(store: CaseStore, case_id: str, latest: Any) -> None:
    """Say so when the facts changed after this version was written."""
    current = facts_fingerprint(store.get_case(case_id))
    if facts_changed_since(latest.meta, current):
        st.warning(tr("draft.facts_changed"), icon="🔄")
