"""A stitched long capture of a call log repeats rows at its seam: a timed row that repeats an
earlier one of the same image counts once; rows without a clock are left as they are."""

from __future__ import annotations

from evidence.screens.calls_seam import seam_repeats_dropped
from evidence.screens.records import CallRow


def test_a_timed_row_drawn_twice_counts_once() -> None:
    first = CallRow(number="18600001111", count=2, direction="missed", time="2027-01-05T06:12")
    mum = CallRow(name="爸爸", time="2027-01-04T19:30")
    other = CallRow(number="18600001111", count=1, time="2027-01-03T22:41")
    rows = [first, mum, first, mum, other]
    assert seam_repeats_dropped(rows) == (first, mum, other)


def test_rows_without_a_clock_are_calls_of_their_own() -> None:
    row = CallRow(number="02100001111", time="2027-01-02")
    assert seam_repeats_dropped([row, row]) == (row, row)
