"""A company's 95 line written in two groups ("95040 3318") is one number, read whole; a five
digit 95 line stays five digits, and a sum or a clock after one is not part of it."""

from __future__ import annotations

import pytest

from evidence.entities.phones import find_phones


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("95040 3318 (2) 11:02", "950403318"),
        ("95040 3318 昨天15:40", "950403318"),
        ("95040-3318", "950403318"),
        ("致电95588 客服", "95588"),
        ("95588 12:30", "95588"),
    ],
)
def test_a_95_line_is_read_whole(text: str, number: str) -> None:
    assert [digits for _span, digits in find_phones(text)][:1] == [number]


def test_a_sum_after_a_95_line_is_no_part_of_it() -> None:
    assert all(d != "955881200" for _s, d in find_phones("客服95588 1200元"))
