"""The facts review as data: every field round-trips, items find their exhibits, marks expire."""

from __future__ import annotations

import dataclasses

from understanding.review import (
    CONFIRM_ACTION,
    SECTIONS,
    apply_review,
    confirmed_sections,
    evidence_range,
    exhibits_for,
    facts_fingerprint,
    parse_action,
    review_values,
    section_fingerprint,
)


def test_every_review_field_round_trips(seeded) -> None:
    store, case_id = seeded
    case = store.get_case(case_id)
    values = review_values(case)
    assert {name for names in SECTIONS.values() for name in names} == set(values)
    assert apply_review(case, values) == case
    assert values["actions_taken"] == "2025-02-11｜联系平台客服｜未答复"
    assert values["third_parties"] == "王小明"


def test_edits_reach_the_case_and_survive_the_store(seeded) -> None:
    store, case_id = seeded
    case = store.get_case(case_id)
    edited = apply_review(
        case,
        {
            "threats": "称要上门\n说要告诉你单位",
            "amount": 6000.0,
            "calls": 7,
            "channels": "电话、短信",
            "actions_taken": "2025-02-15｜到派出所报案｜已受理\n打了12378",
            "third_parties": "",
        },
    )
    store.save_facts(case_id, edited)
    again = store.get_case(case_id)
    assert again.harassment.threats == ("称要上门", "说要告诉你单位")
    assert again.loan.amount == 6000
    assert again.harassment.calls == 7
    assert again.harassment.channels == ("电话", "短信")
    assert again.actions_taken[0].result == "已受理"
    assert again.actions_taken[1].action == "打了12378"
    assert "third_parties" not in again.extra
    assert facts_fingerprint(again) != facts_fingerprint(case)


def test_items_name_the_exhibits_they_came_from(seeded) -> None:
    store, case_id = seeded
    case = store.get_case(case_id)
    assert exhibits_for(case, "phone", "170-0000-1234") == ("E1", "E2", "E3")
    assert exhibits_for(case, "phone", "17000005678") == ("E2",)
    assert exhibits_for(case, "quote", "再不还钱，就上门") == ("E4",)
    assert exhibits_for(case, "quote", "从没说过的话") == ()
    assert evidence_range(case) == ("2025-02-12", "2025-02-14", ("E1", "E3"), ("E4",))


def test_a_confirmation_lapses_when_its_section_changes(seeded) -> None:
    store, case_id = seeded
    case = store.get_case(case_id)
    for section in ("numbers", "dates"):
        store.record(
            case_id,
            CONFIRM_ACTION,
            section=section,
            confirmed=True,
            hash=section_fingerprint(case, section),
        )
    assert confirmed_sections(case, store.audit_log(case_id)) == {"numbers", "dates"}
    changed = dataclasses.replace(
        case, harassment=dataclasses.replace(case.harassment, collector_numbers=("13900000000",))
    )
    assert confirmed_sections(changed, store.audit_log(case_id)) == {"dates"}
    store.record(case_id, CONFIRM_ACTION, section="dates", confirmed=False, hash="")
    assert confirmed_sections(case, store.audit_log(case_id)) == {"numbers"}


def test_an_action_line_without_separators_is_the_action() -> None:
    assert parse_action("联系了客服").action == "联系了客服"
    assert parse_action("2025-02-11 | 联系客服 | 未答复").on == "2025-02-11"
