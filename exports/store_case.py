"""Save a case.json and the screenshots it names into the case store, as the app creates a case."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from casefile.model import Case, load_case
from casefile.store import ROLES_FIELD, CaseStore
from errors import UnreadableImage
from evidence.entities import extract_entities
from evidence.intake import add_uploads_to_case
from evidence.summary import summarise_text
from settings import Settings


def case_label(case: Case, fallback: str) -> str:
    """The case list's title: borrower · platform, else the file's name."""
    return " · ".join(part for part in (case.borrower.name, case.platform.name) if part) or fallback


def store_case_file(store: CaseStore, path: Path, settings: Settings) -> str:
    """Create a case from `path` and its evidence files (relative to it); returns the case id.

    An exhibit that carries its recognised text is stored with it; one without text is read
    by OCR, as on the 证据 page. A named file that is missing is a typed error, before any write.
    """
    case = load_case(path)
    files = []
    for item in case.evidence:
        file = (path.parent / item.file) if item.file else None
        if file is None or not file.is_file():
            raise UnreadableImage(
                f"找不到证据文件：{item.file or '（未填写）'}（{item.id}）。",
                f"Evidence file not found: {item.file or '(empty)'} ({item.id}).",
                "证据路径按 case.json 所在的文件夹计算，请检查。",
                "Evidence paths are read relative to case.json; check them.",
            )
        files.append((item, file))
    case_id = store.create_case(case_label(case, path.stem))
    store.save_facts(case_id, replace(case, evidence=()))
    roles = case.extra.get(ROLES_FIELD) or {}
    if isinstance(roles, dict) and roles:
        store.set_contact_roles(case_id, {str(k): str(v) for k, v in roles.items()})
    to_read = []
    for item, file in files:
        data = file.read_bytes()
        if not item.text.strip():
            to_read.append((file.name, data))
            continue
        store.add_evidence(
            case_id,
            file.name,
            data,
            kind=item.kind,
            ocr_text=item.text,
            entities=extract_entities(item.text).to_json(),
            captured_on=item.captured_on,
            summary=item.summary or summarise_text(item.kind, item.text),
        )
    if to_read:
        add_uploads_to_case(store, case_id, to_read, settings)
    return case_id
