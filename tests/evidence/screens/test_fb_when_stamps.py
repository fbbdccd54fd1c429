"""Time stamps as apps write them: a weekday in brackets after the date, the part of the day
before a 12-hour clock, "N天前", and an English day with a comma after it."""

from __future__ import annotations

from datetime import date

from evidence.screens.when import TRAILING_WHEN, is_time_only, when_of

CAPTURED = date(2026, 3, 13)


def test_a_bracketed_weekday_after_the_date_is_a_separator() -> None:
    assert is_time_only("3月8日(周日) 23:41")
    assert is_time_only("3月9日（周一）23:55")
    assert when_of("3月8日(周日) 23:41", CAPTURED) == ("2026-03-08", "23:41")


def test_the_part_of_the_day_before_a_clock() -> None:
    assert when_of("今天 上午 8:20", CAPTURED) == ("2026-03-13", "08:20")
    assert when_of("3月10日 晚上9:10", CAPTURED) == ("2026-03-10", "21:10")
    assert TRAILING_WHEN.sub("", "大姐 3月10日 晚上9:10") == "大姐"


def test_days_ago_count_back_from_the_capture() -> None:
    assert when_of("2天前", CAPTURED) == ("2026-03-11", None)
    assert is_time_only("2天前")
    # A row's "2天前" is its time, never a digit of the number before it.
    assert TRAILING_WHEN.sub("", "0373-5086 2291 2天前") == "0373-5086 2291"


def test_an_english_day_with_its_comma() -> None:
    assert is_time_only("Yesterday, 23:31")
    assert when_of("Yesterday, 23:31", CAPTURED) == ("2026-03-12", "23:31")
    assert TRAILING_WHEN.sub("", "Mom Yesterday, 23:31") == "Mom"


def test_an_english_month_day_with_at_or_a_comma_is_the_rows_time() -> None:
    # "Mar 10 at 9:41 PM" (iOS) and "Mar 10, 20:02": the day goes with the clock, out of the name.
    assert TRAILING_WHEN.sub("", "老妈 Mar 10 at 9:41 PM") == "老妈"
    assert TRAILING_WHEN.sub("", "轩轩 Mar 5, 20:02") == "轩轩"
    assert TRAILING_WHEN.sub("", "Mary 5 10:00") == "Mary 5"
    assert when_of("Mar 10 at 9:41 PM", CAPTURED) == ("2026-03-10", "21:41")


def test_a_call_rows_name_keeps_none_of_its_english_time() -> None:
    from evidence.ocr.base import OcrLine
    from evidence.screens.calls import call_rows

    lines = [
        OcrLine("199 1842 7735 (3) Mar 10 at 10:18 PM", (183, 478, 978, 59), 90.0),
        OcrLine("Unknown", (183, 540, 200, 40), 90.0),
        OcrLine("老 老妈 Mar 10 at 8:05 PM", (76, 644, 1085, 96), 90.0),
        OcrLine("mobile", (183, 745, 200, 40), 90.0),
    ]
    rows = call_rows(lines, 1170, CAPTURED)
    assert [(r.number, r.name, r.count, r.time) for r in rows] == [
        ("19918427735", "", 3, "2026-03-10T22:18"),
        ("", "老妈", 1, "2026-03-10T20:05"),
    ]


def test_a_clocks_colon_is_no_speakers_colon() -> None:
    import re

    from evidence.screens.comments import _COMMENT
    from evidence.screens.when import SPEAKER_COLON

    speaker = re.compile(rf"^(?P<who>[^\s：:]{{1,16}})\s*{SPEAKER_COLON}\s*(?P<said>\S.*)$")
    # A stamp cut at its clock's colon would name "星期四22" or "晚上10" as a speaker.
    for stamp in ("2026年3月12日星期四22:41", "晚上10:05", "下午 3:20", "3/9 22:41"):
        assert not speaker.match(stamp), stamp
        assert not _COMMENT.match(stamp), stamp
    assert speaker.match("张三：100块明天还").group("who") == "张三"  # type: ignore[union-attr]
    assert speaker.match("客服007: 你好").group("who") == "客服007"  # type: ignore[union-attr]


def test_a_date_with_its_weekday_and_clock_is_read_whole() -> None:
    assert TRAILING_WHEN.sub("", "王经理 2026年3月12日 星期四 22:18") == "王经理"
    assert TRAILING_WHEN.sub("", "王经理 2026年3月12日星期四22:18") == "王经理"
    assert when_of("周三 晚上10:05", CAPTURED) == ("2026-03-11", "22:05")
    assert when_of("3/9 22:41", CAPTURED) == ("2026-03-09", "22:41")


def test_just_now_and_minutes_ago_are_the_capture_day() -> None:
    for text in ("刚刚", "15分钟前", "2小时前"):
        assert when_of(text, CAPTURED) == ("2026-03-13", None), text
        assert is_time_only(text), text
    assert not is_time_only("3分")


def test_a_year_last_date_reads_day_first_unless_that_is_after_the_capture() -> None:
    # WhatsApp (HK/UK skins) centres "03/03/2026" over a day's bubbles: 3 March, not a number.
    captured = date(2026, 3, 5)
    assert is_time_only("03/03/2026")
    assert when_of("04/03/2026", captured) == ("2026-03-04", None)
    assert when_of("01/03/2026 10:00", captured) == ("2026-03-01", "10:00")
    assert when_of("12/25/2025", captured) == ("2025-12-25", None)  # only month first is a date
    assert when_of("2026/03/04", captured) == ("2026-03-04", None)


def test_read_ticks_glued_after_a_clock_leave_it_a_time() -> None:
    assert is_time_only("8:40 PM √V")
    assert is_time_only("9:40 AM√√")
    assert when_of("8:40 PM √V", date(2026, 3, 5)) == ("2026-03-05", "20:40")
    assert not is_time_only("VIP 8:40")
