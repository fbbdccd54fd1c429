"""Call lists of every kind, on real OCR boxes (blind7_calls.json, capture_blind7_calls.py).

A dialer whose row heads span the width in large type, one shot overlapping another, a fraud
app's missed-call alerts, a long capture with 上午/凌晨 clocks, a call recorder's list: each row is
one call entry of its number or saved name with its "(n)" count; a voicemail list holds none.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from evidence.ocr.base import OcrLine
from evidence.screens.calls import call_rows
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
        "call_log_saved_number_with_way",
        "elder_dialer_avatar_glyph_before_number",
        "call_log_avatar_letter_before_name",
    ],
)
def test_every_row_of_a_call_list_is_read(name: str) -> None:
    assert _read(name) == [_drawn(ring) for ring in SCREENS[name]["rings"]]


def test_a_row_head_spanning_the_width_is_no_contact_card_name() -> None:
    # "王经理 昨天" in large type over "呼入159…": a saved name's row, never a card of 王经理.
    record = parse_boxes(SCREENS["call_log_rows_across_the_width"])
    assert record.kind == "call_log"
    assert not record.fields.get("name")


def test_a_saved_names_number_under_it_is_that_rows_number() -> None:
    # "13978012256·呼入" under "妈妈 昨天": the name's own number and the call's way, one row.
    data = SCREENS["call_log_saved_number_with_way"]
    record = parse_boxes(data)
    named = [(c.name, c.number) for c in record.calls if c.name]
    assert named == [(r[1], re.sub(r"\D", "", r[0])) for r in data["rings"] if r[1]]


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


def _lines(rows: list[tuple[str, int, int, int, int]]) -> list[OcrLine]:
    return [OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in rows]


def test_a_saved_names_time_with_the_part_of_day_and_its_arrow_glyph() -> None:
    # A HiOS-like log: "11月18日晚上7:00" at the row's right end, the outgoing arrow before the
    # name read as "7": the row is 老公's, at 19:00 that day.
    lines = _lines([
        ("133 4418 0952 (6) 11月19日上午1:15", 108, 281, 866, 75),
        ("疑似催收・广东深圳", 106, 338, 360, 51),
        ("7 老公 11月18日晚上7:00", 40, 621, 936, 83),
        ("呼出", 101, 684, 97, 58),
        ("表哥 11月5日 晚上9:03", 100, 2883, 874, 82),
        ("来电", 100, 2943, 101, 62),
    ])  # fmt: skip
    rows = call_rows(lines, 1080, date(2026, 11, 19))
    got = [(r.name or r.number, r.count, r.time, r.direction) for r in rows]
    assert got == [
        ("13344180952", 6, "2026-11-19T01:15", ""),
        ("老公", 1, "2026-11-18T19:00", "outgoing"),
        ("表哥", 1, "2026-11-05T21:03", "incoming"),
    ]


def test_a_suspected_harassment_tag_is_the_rows_tag() -> None:
    # "疑似骚扰" under a landline: the phone's crowd mark on that number, kept as the row's tag.
    lines = _lines([
        ("0511-85527730", 108, 281, 420, 60),
        ("疑似骚扰 江苏镇江", 106, 345, 330, 44),
        ("3月9日 14:20", 800, 300, 200, 44),
    ])  # fmt: skip
    rows = call_rows(lines, 1080, date(2026, 3, 16))
    assert [(r.number, r.tag) for r in rows] == [("051185527730", "疑似骚扰")]
