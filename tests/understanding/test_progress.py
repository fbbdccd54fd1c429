"""Progress moves with what was done: evidence, facts reviewed, guidance, drafts, export."""

from __future__ import annotations

from understanding.progress import (
    NO_CASE,
    STAGES,
    case_progress,
    draft_meta,
    facts_changed_since,
    mark_exported,
    mark_step,
    progress_of,
)


def test_a_new_case_is_one_step_in(store) -> None:
    case_id = store.create_case("新案件")
    progress = case_progress(store, case_id)
    assert progress.count == 1
    assert progress.total == len(STAGES)
    assert progress.next_stage == "evidence"
    assert case_progress(store, None) == NO_CASE
    assert NO_CASE.next_stage == "case"


def test_each_mark_moves_the_progress(seeded) -> None:
    store, case_id = seeded
    counts = [case_progress(store, case_id).count]
    mark_step(store, case_id, "facts")
    counts.append(case_progress(store, case_id).count)
    mark_step(store, case_id, "guidance")
    counts.append(case_progress(store, case_id).count)
    mark_exported(store, case_id, "docx")
    progress = case_progress(store, case_id)
    counts.append(progress.count)
    assert counts == sorted(set(counts)), counts  # strictly rising
    assert progress.next_stage is None
    assert progress.is_done("draft")  # the seeded case has drafts
    assert "platform" in progress.drafted


def test_marking_a_step_twice_writes_one_audit_event(seeded) -> None:
    store, case_id = seeded
    before = len(store.audit_log(case_id))
    mark_step(store, case_id, "guidance")
    mark_step(store, case_id, "guidance")
    mark_step(store, case_id, "not-a-step")
    assert len(store.audit_log(case_id)) == before + 1


def test_progress_is_pure_over_its_inputs() -> None:
    progress = progress_of(
        steps={"facts": "done"}, evidence_count=0, draft_kinds=["police", "police"], audit=[]
    )
    assert dict(progress.done) == {
        "case": True,
        "evidence": False,
        "facts": True,
        "guidance": False,
        "draft": True,
        "export": False,
    }
    assert progress.drafted == ("police",)
    assert progress.next_stage == "evidence"


def test_a_draft_knows_when_the_facts_changed_after_it(seeded) -> None:
    import dataclasses

    store, case_id = seeded
    meta = draft_meta(store, case_id)
    from understanding.review import facts_fingerprint

    case = store.get_case(case_id)
    assert not facts_changed_since(meta, facts_fingerprint(case))
    store.save_facts(
        case_id,
        dataclasses.replace(case, harassment=dataclasses.replace(case.harassment, calls=99)),
    )
    assert facts_changed_since(meta, facts_fingerprint(store.get_case(case_id)))
    assert not facts_changed_since({}, "anything")  # old drafts without a hash say nothing
