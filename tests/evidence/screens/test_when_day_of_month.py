"""A stamp that writes only the day of the month before its clock ("27日10:30")."""

from __future__ import annotations

from datetime import date

from evidence.screens.when import is_time_only, when_of

CAPTURED = date(2026, 12, 3)


def test_a_day_of_the_month_is_the_latest_such_day_up_to_the_capture() -> None:
    assert when_of("27日10:30", CAPTURED) == ("2026-11-27", "10:30")
    assert when_of("2日16:18", CAPTURED) == ("2026-12-02", "16:18")
    assert when_of("28日 下午3:12", CAPTURED) == ("2026-11-28", "15:12")
    # A month without that day is skipped: 31 October, November having no 31st.
    assert when_of("31日 09:00", CAPTURED) == ("2026-10-31", "09:00")
    assert is_time_only("27日10:30")


def test_weekdays_and_dates_with_a_month_keep_their_reading() -> None:
    assert when_of("星期日 10:00", CAPTURED) == ("2026-11-29", "10:00")
    assert when_of("11月5日 10:00", CAPTURED) == ("2026-11-05", "10:00")
    assert when_of("12:30", CAPTURED) == ("2026-12-03", "12:30")
