"""Blind set 27: an iPhone's "IMG_4134.PNG" names no day, so a number's call page read on it
had its rows' days dropped (their month and day carry no year). The page prints each day's
weekday beside it ("11月21日 周六"), which names the year among recent ones."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.calls_pages import detail_calls
from evidence.screens.when import _MONTH_DAY as MONTH_DAY
from evidence.screens.when import _weekday_dated, when_of

# IMG_4134.PNG as the real OCR read it: no capture day for it.
_NUMBER_PAGE = [
    ("22:49 5G 76%", (79, 35, 1039, 58)),
    ("还款提醒", (445, 418, 289, 91)),
    ("13304168852", (461, 522, 257, 45)),
    ("呼叫 发信息 视频通话", (150, 738, 913, 58)),
    ("通话记录", (68, 865, 174, 64)),
    ("11月21日 周六 未接来电", (68, 961, 1040, 61)),
    ("14:20", (68, 1017, 111, 56)),
    ("11月20日周五 未接来电", (71, 1100, 1040, 64)),
    ("19:03", (71, 1161, 105, 48)),
    ("11月19日周四 呼入0分42秒", (68, 1240, 1037, 62)),
    ("11:30", (71, 1302, 103, 48)),
    ("加入黑名单", (482, 1422, 218, 64)),
]


def test_an_undated_pages_rows_take_their_year_from_their_weekdays() -> None:
    lines = [OcrLine(text, box, 90.0) for text, box in _NUMBER_PAGE]
    calls = detail_calls(lines[1:], None)
    assert calls is not None
    assert [c.time for c in calls] == ["2026-11-21T14:20", "2026-11-20T19:03", "2026-11-19T11:30"]


def test_the_weekday_year_is_the_latest_one_not_after_today() -> None:
    match = MONTH_DAY.search("11月21日 周六")
    assert match is not None
    assert _weekday_dated(match, "11月21日 周六", date(2027, 3, 1)) == "2026-11-21"
    assert _weekday_dated(match, "11月21日 周六", date(2026, 12, 7)) == "2026-11-21"
    # Before that Saturday came, the last 11月21日 that was one.
    assert _weekday_dated(match, "11月21日 周六", date(2026, 11, 1)) == "2020-11-21"
    # No weekday beside the day: nothing says its year.
    assert when_of("11月21日 14:20", None) == (None, "14:20")
    # A capture day still resolves the day as before, whatever the weekday says.
    assert when_of("11月21日 周六 14:20", date(2026, 12, 1)) == ("2026-11-21", "14:20")
