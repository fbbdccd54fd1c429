"""A number's own call page drawn with each row on two lines.

Boxes as the real OCR read them: a Pixel-like page lists a landline's calls as "12月4日 周五
未接来电" over the clock alone ("09:15"); each pair is one dated call of the page's number.
"""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.calls_pages import detail_calls

_NUMBER_PAGE = [
    ("13:15 4G76%", (36, 24, 1003, 52)),
    ("0633-8217460", (325, 400, 427, 66)),
    ("山东日照固话", (424, 488, 234, 48)),
    ("疑似催收·31人标记", (395, 587, 290, 49)),
    ("呼叫 发信息 视频通话", (142, 807, 825, 53)),
    ("通话记录", (68, 941, 149, 51)),
    ("12月4日 周五 未接来电", (72, 1036, 936, 49)),
    ("09:15", (70, 1092, 92, 44)),
    ("12月2日 周三 未接来电", (70, 1316, 938, 51)),
    ("16:40", (70, 1372, 89, 44)),
    ("12月1日周二 呼入0分42秒", (70, 1455, 938, 49)),
    ("10:05", (72, 1511, 87, 44)),
    ("加入黑名单", (444, 1638, 188, 51)),
]


def _lines(page: list[tuple[str, tuple[int, int, int, int]]]) -> list[OcrLine]:
    return [OcrLine(text, box, 90.0) for text, box in page]


def test_a_day_and_way_over_a_bare_clock_is_one_call_of_the_pages_number() -> None:
    calls = detail_calls(_lines(_NUMBER_PAGE), date(2026, 12, 4))
    assert calls is not None
    assert [(c.number, c.direction, c.time) for c in calls] == [
        ("06338217460", "missed", "2026-12-04T09:15"),
        ("06338217460", "missed", "2026-12-02T16:40"),
        ("06338217460", "incoming", "2026-12-01T10:05"),
    ]
    assert {c.count for c in calls} == {1}


def test_a_clock_under_anything_but_a_dated_way_joins_no_row() -> None:
    # A bare clock under the page's title is no call: nothing dates it.
    page = [*_NUMBER_PAGE[:6], ("09:15", (70, 1000, 92, 44))]
    assert not detail_calls(_lines(page), date(2026, 12, 4))
