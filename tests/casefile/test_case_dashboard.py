"""Dashboard shaping: per-day counts, collectors, channels, timeline, steps."""

from __future__ import annotations

import pandas as pd

from casefile.dashboard import dashboard_data
from casefile.model import case_from_dict
from casefile.store import CaseStore


def test_dashboard_numbers_for_the_seeded_case(seeded: tuple[CaseStore, str]) -> None:
    store, case_id = seeded
    drafts = [(d.kind, d.created_at) for d in store.list_drafts(case_id)]
    data = dashboard_data(store.get_case(case_id), store.steps(case_id), drafts)
    assert data.metrics["contacts_affected"] == 12
    assert data.metrics["calls"] == 5  # 3 + 2 call times, no confirmed total
    assert data.metrics["messages"] == 3  # 1 sms + 2 chat times
    assert data.metrics["evidence"] == 4
    assert (data.metrics["steps_done"], data.metrics["steps_total"]) == (2, 8)
    per_day = {
        (row.date.strftime("%m-%d"), row.type): row.count for row in data.per_day.itertuples()
    }
    assert per_day == {
        ("02-12", "calls"): 3,
        ("02-12", "messages"): 1,
        ("02-13", "calls"): 2,
        ("02-14", "messages"): 2,
    }
    assert list(data.collectors["number"]) == ["17000001234", "13912345678", "17000005678"]
    assert list(data.collectors["items"]) == [3, 1, 1]
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


def test_mismatched_dates_and_bad_dates_are_tolerated() -> None:
    case = case_from_dict(
        {
            "version": 1,
            "evidence": [
                {
                    "id": "E1",
                    "kind": "sms",
                    "entities": {"dates": ["2025-02-30", "昨天"]},
                    "captured_on": "2025-03-01",
                },
                {
                    "id": "E2",
                    "kind": "chat",
                    "entities": {
                        "dates": ["2025-02-01", "2025-02-02"],
                        "times": ["1:00", "2:00", "3:00"],
                    },
                },
                {"id": "E3", "kind": "other", "entities": {"dates": ["2025-02-01"]}},
            ],
        }
    )
    per_day = dashboard_data(case, {}).per_day
    counts = {row.date.strftime("%m-%d"): row.count for row in per_day.itertuples()}
    assert counts == {"03-01": 1, "02-01": 1, "02-02": 2}
