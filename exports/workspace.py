"""What the Cases and Dashboard pages call: one function per thing they show or offer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from casefile.model import Case
from casefile.store import CaseStore
from errors import ContactShieldError
from exports.content import DraftDoc
from exports.dossier import DEFAULT_LETTER, build_dossier, pick_letter
from exports.evidence_list import export_case
from exports.recording_exhibits import with_recording_facts
from understanding.dashboard import DashboardData, dashboard_data
from understanding.roles import NumberRow, number_rows


def export_from_store(store: CaseStore, case_id: str, fmt: str, *, redact: bool) -> bytes:
    """The case's evidence list and the latest version of each draft, in one format."""
    drafts = [DraftDoc(d.kind, d.text, d.version) for d in store.latest_drafts(case_id)]
    title = store.case_row(case_id)["title"]
    case = with_recording_facts(store, case_id, store.get_case(case_id))
    return export_case(case, drafts, fmt, redact=redact, title=title)


def dashboard_for(store: CaseStore, case_id: str) -> DashboardData:
    """The dashboard frames of one stored case."""
    drafts = [(d.kind, d.created_at) for d in store.list_drafts(case_id)]
    return dashboard_data(store.get_case(case_id), store.steps(case_id), drafts)


def export_filename(title: str, fmt: str, *, redact: bool) -> str:
    """A download name that is safe on every OS."""
    safe = "".join(c for c in title if c.isalnum() or c in "-_ ").strip().replace(" ", "_")
    return f"{safe or 'case'}{'_redacted' if redact else ''}.{fmt}"


def letter_for(case: Case, drafts: Sequence[DraftDoc], kind: str = DEFAULT_LETTER) -> DraftDoc:
    """The stored draft of `kind`, else one drafted now by the deterministic template backend."""
    found = pick_letter(drafts, kind)
    if found is not None:
        return found
    from drafting.backends.template import TemplateBackend
    from drafting.compose import draft_document

    return DraftDoc(kind, draft_document(case, kind, TemplateBackend()).text)


def render_dossier(
    case: Case,
    pictures: Mapping[str, bytes | None],
    drafts: Sequence[DraftDoc],
    *,
    redact: bool = False,
    title: str = "",
    letter: str = DEFAULT_LETTER,
    fmt: str = "pdf",
) -> bytes:
    """The dossier of a case as PDF (or DOCX) bytes."""
    from exports.dossier_docx import render_dossier_docx
    from exports.dossier_pdf import render_dossier_pdf

    content = build_dossier(
        case, pictures, letter_for(case, drafts, letter), redact=redact, title=title
    )
    return render_dossier_docx(content) if fmt == "docx" else render_dossier_pdf(content)


def dossier_from_store(
    store: CaseStore, case_id: str, *, redact: bool, fmt: str = "pdf", letter: str = DEFAULT_LETTER
) -> bytes:
    """The dossier of a stored case, pictures read from the store (damaged ones are listed)."""
    case = with_recording_facts(store, case_id, store.get_case(case_id))
    pictures: dict[str, bytes | None] = {}
    for item in case.evidence:
        try:
            pictures[item.id] = store.evidence_bytes(case_id, item.id)
        except ContactShieldError:
            pictures[item.id] = None
    drafts = [DraftDoc(d.kind, d.text, d.version) for d in store.latest_drafts(case_id)]
    title = store.case_row(case_id)["title"]
    return render_dossier(
        case, pictures, drafts, redact=redact, title=title, letter=letter, fmt=fmt
    )


def numbers_for(store: CaseStore, case_id: str) -> list[NumberRow]:
    """One row per number or sender in the case's evidence, with the confirmed or guessed role."""
    return number_rows(store.get_case(case_id))


def confirm_roles(store: CaseStore, case_id: str, roles: Mapping[str, str]) -> None:
    """Store every shown sender's role as the user's choice (it wins over any later guess)."""
    store.set_contact_roles(case_id, dict(roles))
