"""A number's detail page whose rows put the duration beside the date and the way under it.

Boxes as the real OCR read an Honor-like dark call-details page: "2026/10/26 08:02 2分05秒" over
"呼入". Each row is one call of the page's number, never a caller named by its date; the line
under the row says how the call went.
"""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.calls_pages import detail_calls

_PAGE = [
    ("07:25 5G 67%", (21, 9, 736, 44)),
    ("通话详情", (17, 81, 162, 54)),
    ("19155207731", (35, 206, 284, 52)),
    ("疑似催收", (45, 267, 117, 44)),
    ("安徽合肥", (35, 306, 144, 49)),
    ("2026/10/26 08:02 2分05秒", (23, 417, 733, 51)),
    ("呼入", (21, 462, 71, 46)),
    ("2026/10/25 21:47 响铃 0秒", (23, 541, 735, 55)),
    ("未接来电", (21, 593, 124, 44)),
    ("2026/10/25 14:33 48秒", (23, 675, 734, 51)),
    ("呼入", (19, 717, 79, 53)),
]


def _lines(page: list[tuple[str, tuple[int, int, int, int]]]) -> list[OcrLine]:
    return [OcrLine(text, box, 90.0) for text, box in page]


def test_rows_with_their_way_under_them_are_the_numbers_calls() -> None:
    calls = detail_calls(_lines(_PAGE), None)
    assert calls is not None
    assert [(c.number, c.name, c.direction, c.time) for c in calls] == [
        ("19155207731", "", "incoming", "2026-10-26T08:02"),
        ("19155207731", "", "missed", "2026-10-25T21:47"),
        ("19155207731", "", "incoming", "2026-10-25T14:33"),
    ]
    assert {c.tag for c in calls} == {"疑似催收"}


def test_a_name_between_the_rows_still_makes_them_others_calls() -> None:
    # A saved name where a way line would be: rows of a log, read row by row.
    page = list(_PAGE)
    page[8] = ("妈妈", page[8][1])
    assert detail_calls(_lines(page), None) is None


# A contacts app's number page (boxes as OCR read it): each row a day with its weekday glued to
# its clock, then the way, a "(3)" for three calls at that time.
_WEEKDAY_PAGE = [
    ("11:03", (577, 5, 137, 34)),
    ("170 8593 1146", (229, 243, 274, 44)),
    ("标记为：催收", (311, 304, 112, 28)),
    ("虚拟运营商·158人标记", (261, 351, 212, 29)),
    ("呼叫 短信 视频通话", (97, 476, 558, 32)),
    ("3月9日周一10:42 未接来电(3)", (28, 557, 680, 35)),
    ("3月9日周一09:15 未接来电", (28, 624, 680, 36)),
    ("3月8日(周日) 下午4:20 来电", (28, 692, 681, 37)),
]


def test_rows_naming_their_weekday_are_the_numbers_calls_with_their_counts() -> None:
    from datetime import date

    calls = detail_calls(_lines(_WEEKDAY_PAGE), date(2026, 3, 9))
    assert calls is not None
    assert [(c.number, c.name, c.count, c.direction, c.time) for c in calls] == [
        ("17085931146", "", 3, "missed", "2026-03-09T10:42"),
        ("17085931146", "", 1, "missed", "2026-03-09T09:15"),
        ("17085931146", "", 1, "incoming", "2026-03-08T16:20"),
    ]
