"""Call lists of every kind, on real OCR boxes (blind7_calls.json, capture_blind7_calls.py).

A dialer whose row heads span the width in large type, one shot overlapping another, a fraud
app's missed-call alerts, a long capture with 上午/凌晨 clocks, a call recorder's list: each row is
one call entry of its number or saved name with its "(n)" count; a voicemail list holds none.
"""

from __future__ import annotations

import re

import pytest

from tests.evidence.screens.boxes import load_screens, parse_boxes

SCREENS = load_screens("blind7_calls.json")
_WAYS = {"missed": "missed", "in": "incoming", "out": "outgoing"}


def _drawn(ring: list) -> tuple[str, int, str]:
    number, name, count, _way, at, _secs = ring
    return (name or re.sub(r"\D", "", number), count, at[:10])


def _read(name: str) -> list[tuple[str, int, str]]:
    record = parse_boxes(SCREENS[name])
    assert record.kind == "call_log"
    return [(c.name or c.number, c.count, c.time[:10]) for c in record.calls]


@pytest.mark.parametrize(
    "name",
    [
        "call_log_rows_across_the_width",
        "call_log_overlapping_shot",
        "call_log_long_capture_ampm",
        "fraud_alert_missed_calls",
        "call_recordings",
    ],
)
def test_every_row_of_a_call_list_is_read(name: str) -> None:
    assert _read(name) == [_drawn(ring) for ring in SCREENS[name]["rings"]]


def test_a_row_head_spanning_the_width_is_no_contact_card_name() -> None:
    # "王经理 昨天" in large type over "呼入159…": a saved name's row, never a card of 王经理.
    record = parse_boxes(SCREENS["call_log_rows_across_the_width"])
    assert record.kind == "call_log"
    assert not record.fields.get("name")


def test_clocks_and_directions_of_a_long_capture() -> None:
    data = SCREENS["call_log_long_capture_ampm"]
    record = parse_boxes(data)
    assert [c.direction for c in record.calls] == [_WAYS[r[3]] for r in data["rings"]]
    night = record.calls[0]  # "凌晨1:12": the clock the row shows beside today's row
    assert night.time == data["rings"][0][4]


def test_recordings_are_incoming_calls_with_their_clocks() -> None:
    data = SCREENS["call_recordings"]
    record = parse_boxes(data)
    assert [(c.time, c.direction) for c in record.calls] == [
        (r[4], _WAYS[r[3]]) for r in data["rings"]
    ]


def test_a_voicemail_list_is_no_call() -> None:
    record = parse_boxes(SCREENS["voicemail_list"])
    assert not record.calls
