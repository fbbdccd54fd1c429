"""Dashboard shaping: per-day counts, collectors, channels, timeline, steps."""

from __future__ import annotations

import pandas as pd

from casefile.model import case_from_dict
from casefile.store import CaseStore
from understanding.dashboard import dashboard_data


def test_dashboard_numbers_for_the_seeded_case(seeded: tuple[CaseStore, str]) -> None:
    store, case_id = seeded
    drafts = [(d.kind, d.created_at) for d in store.list_drafts(case_id)]
    data = dashboard_data(store.get_case(case_id), store.steps(case_id), drafts)
    assert data.metrics["contacts_affected"] == 12
    assert data.metrics["calls"] == 5  # a "(3)" row + two labelled rows; no confirmed total
    assert data.metrics["messages"] == 2  # the collector's SMS and chat; not the mother's
    assert data.metrics["evidence"] == 4
    assert (data.metrics["steps_done"], data.metrics["steps_total"]) == (2, 8)
    per_day = {
        (row.date.strftime("%m-%d"), row.type): row.count for row in data.per_day.itertuples()
    }
    assert per_day == {
        ("02-12", "calls"): 3,
        ("02-12", "messages"): 1,
        ("02-13", "calls"): 2,
        ("02-14", "messages"): 1,
    }
    assert list(data.collectors["number"]) == ["17000001234", "13912345678", "17000005678"]
    assert list(data.collectors["count"]) == [5, 1, 1]
    assert list(data.collectors["items"]) == [3, 1, 1]
    # The facts state 12; both tiles show that one figure, the evidence alone counts 1 (the mother).
    assert data.metrics["contacts_reached"] == data.metrics["contacts_affected"] == 12
    assert data.metrics["contacts_counted"] == 1
    assert data.evidence_range == ("2025-02-12", "2025-02-14")
    assert dict(zip(data.channels["kind"], data.channels["items"], strict=True)) == {
        "call_log": 2,
        "chat": 1,
        "sms": 1,
    }
    events = list(data.timeline["event"])
    assert events[:2] == ["loan.borrowed", "loan.due"]
    assert "action" in events
    assert events.count("draft") == 3
    assert pd.api.types.is_datetime64_any_dtype(data.timeline["date"])


def test_confirmed_facts_win_and_empty_case_works() -> None:
    case = case_from_dict({"version": 1, "harassment": {"calls": 35, "messages": 80}})
    data = dashboard_data(case, {})
    assert (data.metrics["calls"], data.metrics["messages"]) == (35, 80)
    assert data.metrics["calls_counted"] == 0
    assert data.per_day.empty
    assert data.collectors.empty
    assert data.timeline.empty
    assert data.metrics["contacts_affected"] is None


def test_mentioned_and_bad_dates_are_not_contact_days() -> None:
    case = case_from_dict(
        {
            "version": 1,
            "evidence": [
                {
                    "id": "E1",
                    "kind": "sms",
                    "text": (
                        "信息\n2025年3月1日\n17000001234 2/28\n欠款已于2025年2月30日逾期，速还款"
                    ),
                    "captured_on": "2025-03-01",
                },
                {"id": "E2", "kind": "other", "entities": {"dates": ["2025-02-01"]}},
            ],
        }
    )
    data = dashboard_data(case, {})
    counts = {row.date.strftime("%m-%d"): row.count for row in data.per_day.itertuples()}
    assert counts == {"02-28": 1}  # the row's own date; the (impossible) due date is ignored
    assert data.evidence_range == ("2025-02-28", "2025-03-01")
