"""What the Cases and Dashboard pages call: one function per thing they show or offer."""

from __future__ import annotations

from casefile.dashboard import DashboardData, dashboard_data
from casefile.export import DraftDoc, export_case
from casefile.store import CaseStore


def export_from_store(store: CaseStore, case_id: str, fmt: str, *, redact: bool) -> bytes:
    """The case's evidence list and the latest version of each draft, in one format."""
    drafts = [DraftDoc(d.kind, d.text, d.version) for d in store.latest_drafts(case_id)]
    title = store.case_row(case_id)["title"]
    return export_case(store.get_case(case_id), drafts, fmt, redact=redact, title=title)


def dashboard_for(store: CaseStore, case_id: str) -> DashboardData:
    """The dashboard frames of one stored case."""
    drafts = [(d.kind, d.created_at) for d in store.list_drafts(case_id)]
    return dashboard_data(store.get_case(case_id), store.steps(case_id), drafts)


def export_filename(title: str, fmt: str, *, redact: bool) -> str:
    """A download name that is safe on every OS."""
    safe = "".join(c for c in title if c.isalnum() or c in "-_ ").strip().replace(" ", "_")
    return f"{safe or 'case'}{'_redacted' if redact else ''}.{fmt}"
