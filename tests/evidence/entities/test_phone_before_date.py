"""A number printed before a date or a clock ends where the date begins: an SMS row's sender
followed by its day is never one long gateway number."""

from __future__ import annotations

import pytest

from evidence.entities.phones import find_phones


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("16574218830 03-12", "16574218830"),
        ("16574218830 2026-03-12", "16574218830"),
        ("16574218830 14:22", "16574218830"),
        ("16205 8871 009 03-12", "162058871009"),
        ("1069 7998 0306 7 12:30", "1069799803067"),
    ],
)
def test_a_number_stops_before_the_date_after_it(text: str, number: str) -> None:
    assert [digits for _span, digits in find_phones(text)] == [number]


@pytest.mark.parametrize(
    ("text", "number"),
    [("16205 8871 009", "162058871009"), ("106-9799-8030-67", "1069799803067")],
)
def test_a_grouped_gateway_number_is_still_read_whole(text: str, number: str) -> None:
    assert [digits for _span, digits in find_phones(text)] == [number]
