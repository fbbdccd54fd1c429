"""Separators in any UI language: an English phone's days and clocks read as the Chinese ones."""

from __future__ import annotations

from datetime import date

import pytest

from evidence.screens.when import is_time_only, when_of

# Captured on a Wednesday.
_ANCHOR = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "day", "clock"),
    [
        ("Yesterday 20:15", "2026-11-24", "20:15"),
        ("Sat 11:30 AM", "2026-11-21", "11:30"),
        ("Nov 20, 10:15 PM", "2026-11-20", "22:15"),
        ("20 Nov 09:00", "2026-11-20", "09:00"),
        ("12:05 AM", "2026-11-25", "00:05"),
        ("Dec 5", "2025-12-05", None),  # no year: the last 5 December before the capture
    ],
)
def test_an_english_separator_is_a_time(text: str, day: str, clock: str | None) -> None:
    assert is_time_only(text)
    assert when_of(text, _ANCHOR) == (day, clock)


@pytest.mark.parametrize("text", ["Maybe 10", "Monkey 10:00", "Sunny day"])
def test_english_words_that_start_like_a_day_are_no_separator(text: str) -> None:
    assert not is_time_only(text)
