"""A landline the phone library rejects for its length ("0317-8856-2014") is still the number:
a call row's head stops before the day written after it, and a ringing screen showing it alone in
large type is a ringing screen (its tag's crowd count is no caller)."""

from __future__ import annotations

from datetime import date

import pytest

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.calls import _row_head
from evidence.screens.parse import parse_screen


@pytest.mark.parametrize(
    ("head", "when"),
    [
        ("0317-8856-2014 (2) 3月9日10:05", "3月9日10:05"),
        ("0317-8856-2014 3/9 10:05", "3/9 10:05"),
        ("0317 8856 2014 03-09", "03-09"),
        ("0317-8856-2014 (4) 昨天13:20", "昨天13:20"),
        ("0317-8856 2014 2天前", "2天前"),
        ("0317-8856-2014 (3) 12天前", "12天前"),
    ],
)
def test_a_row_head_number_stops_before_its_day(head: str, when: str) -> None:
    row = _row_head(head)
    assert row["number"] == "031788562014"
    assert row["details"] == [when]


_RINGING = [
    ("14:05 5G 66%", 34, 14, 1010, 55),
    ("0317-8856-2014", 184, 414, 712, 94),
    ("标记为催收2315人", 362, 574, 350, 56),
    ("河北沧州 固话", 406, 661, 268, 63),
    ("拒接 接听 短信回复", 114, 1952, 845, 71),
]


def test_a_ringing_landline_is_no_chat() -> None:
    lines = tuple(OcrLine(t, (x, y, w, h), 95.0) for t, x, y, w, h in _RINGING)
    result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 1082, 2340)
    record = parse_screen(result, date(2026, 3, 11))
    assert record.kind == "other"
    assert record.counterpart == ""
    assert record.messages == ()
    assert record.fields["number"] == "0317-8856-2014"
    assert "2315" in record.fields["label"]
