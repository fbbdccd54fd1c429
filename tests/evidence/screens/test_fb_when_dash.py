"""OCR reads the single stroke of 一 as a dash: a separator "周— 9:20 AM" is Monday's."""

from __future__ import annotations

from datetime import date

from evidence.screens.when import is_time_only, when_of


def test_a_dash_for_monday_is_a_separator() -> None:
    assert is_time_only("周— 9:20 AM")
    assert is_time_only("星期- 12:41")
    # 2026-12-02 is a Wednesday: the Monday before it.
    assert when_of("周— 9:20 AM", date(2026, 12, 2)) == ("2026-11-30", "09:20")


def test_a_dash_elsewhere_is_no_day() -> None:
    assert not is_time_only("周末-加班")


def test_a_month_day_glued_to_its_clock_is_split_at_a_two_digit_day() -> None:
    # A list row's "05-27 12:00" read with its space lost.
    assert when_of("05-2712:00", date(2026, 6, 3)) == ("2026-05-27", "12:00")
    assert when_of("138 0013 8000 05-2712:00", date(2026, 6, 3)) == ("2026-05-27", "12:00")
    assert is_time_only("05-2712:00")
    # A full date's tail is the year's split, not a second one.
    assert when_of("2026-05-2712:00", None) == ("2026-05-27", "12:00")
