"""Where a case stands on the journey, from what was actually done (no Streamlit).

The journey: create a case → add evidence → review the facts → read the guidance → draft →
export the dossier. Marks live where the work is: evidence rows, the `facts`/`guidance` steps,
draft versions, and `case.export` events in the audit log.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from casefile.store import STEPS, CaseStore
from understanding.review import facts_fingerprint

STAGES = ("case", "evidence", "facts", "guidance", "draft", "export")
EXPORT_ACTION = "case.export"


@dataclass(frozen=True)
class Progress:
    """Done or not for each stage, in journey order, and the draft kinds written."""

    done: tuple[tuple[str, bool], ...]
    drafted: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        return sum(flag for _, flag in self.done)

    @property
    def total(self) -> int:
        return len(self.done)

    @property
    def next_stage(self) -> str | None:
        """The first stage not done yet (None when the whole journey is done)."""
        return next((stage for stage, flag in self.done if not flag), None)

    def is_done(self, stage: str) -> bool:
        return dict(self.done).get(stage, False)


NO_CASE = Progress(done=tuple((stage, False) for stage in STAGES))


def progress_of(
    *,
    steps: Mapping[str, str],
    evidence_count: int,
    draft_kinds: Iterable[str],
    audit: Sequence[Mapping[str, Any]],
) -> Progress:
    """The journey's progress for one existing case (pure)."""
    drafted = tuple(dict.fromkeys(draft_kinds))
    flags = {
        "case": True,
        "evidence": evidence_count > 0,
        "facts": steps.get("facts") == "done",
        "guidance": steps.get("guidance") == "done",
        "draft": bool(drafted),
        "export": any(event.get("action") == EXPORT_ACTION for event in audit),
    }
    return Progress(done=tuple((stage, flags[stage]) for stage in STAGES), drafted=drafted)


def case_progress(store: CaseStore, case_id: str | None) -> Progress:
    """Progress read from the store; NO_CASE when there is no case."""
    if case_id is None:
        return NO_CASE
    summary = store.get_summary(case_id)
    return progress_of(
        steps=summary.steps,
        evidence_count=summary.evidence_count,
        draft_kinds=[draft.kind for draft in store.latest_drafts(case_id)],
        audit=store.audit_log(case_id),
    )


def mark_step(store: CaseStore, case_id: str, step: str) -> None:
    """Mark a step done once (no audit noise when it already is)."""
    if step in STEPS and store.steps(case_id).get(step) != "done":
        store.set_step(case_id, step, "done")


def mark_exported(store: CaseStore, case_id: str, fmt: str) -> None:
    store.record(case_id, EXPORT_ACTION, format=fmt)


def draft_meta(store: CaseStore, case_id: str) -> dict[str, str]:
    """What a new draft version stores about the facts it was written from."""
    return {"facts_hash": facts_fingerprint(store.get_case(case_id))}


def facts_changed_since(meta: Mapping[str, Any], current_hash: str) -> bool:
    """True when a draft records a facts hash that differs from the facts now."""
    written = meta.get("facts_hash")
    return bool(written) and written != current_hash
