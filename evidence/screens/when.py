"""Times on a screen ("昨天 22:10", "10月12日 09:15", "星期三") resolved at the capture date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from evidence.entities.dates import (
    _DASH_DATE,
    _FULL_DATE,
    _MONTH_DAY,
    _RELATIVE,
    _SLASH_DATE,
    _TIME,
    _WEEKDAY_INDEX,
    _clock,
    _date_of,
    _resolve_month_day,
    _resolve_relative,
    weekday_year_day,
)

# A day as lists write it beside a row: a weekday, a relative day ("昨天", "3天前") or a
# month/day.
DAY_WORDS = (
    r"(?:昨天|前天|今天|(?<!\d)\d{1,2}天前|星期[一二三四五六日天]|周[一二三四五六日]"
    r"|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日|(?:19|20)\d{2}(?:/\d{1,2}/|\.\d{1,2}\.|-\d{1,2}-)\d{1,2}"
    r"|\d{1,2}[/\-]\d{1,2})"
)
# The time at a list row's right end ("昨天 22:10", "星期五", "10月10日", "09:32").
# The part of the day a 12-hour clock is written after ("晚上9:10").
PERIOD = r"(?:凌晨|早上|上午|中午|下午|傍晚|晚上|夜里)"
# "Nov 20", "November 20," and "20 Nov" as an English UI writes a day.
_MONTH_NAME = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# An English list's day before its clock: "Mar 10 at 9:41 PM", "Mar 10, 20:02", "5 Mar".
_ENGLISH_ROW_DAY = (
    rf"(?i:(?<![A-Za-z])(?:(?:{_MONTH_NAME})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH_NAME})\.?)"
    r"(?:\s*,|\s+at\b)?)"
)
# A row's day may repeat its weekday in brackets ("3月8日(周日)") or be English ("Yesterday,").
_ROW_DAY = (
    rf"(?:{DAY_WORDS}(?:\s*[(（]?(?:周|星期)[一二三四五六日天][)）]?)?|(?i:yesterday|today),?"
    rf"|{_ENGLISH_ROW_DAY})"
)
# A 12-hour clock's AM/PM after it ("9:41 PM").
_AM_PM = r"(?:\s*[AaPp]\.?[Mm]\.?)?"
TRAILING_WHEN = re.compile(
    rf"\s*(?:{_ROW_DAY}\s*)?(?:{PERIOD}\s*)?\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?{_AM_PM}$"
    rf"|\s*{_ROW_DAY}$"
)
# The colon after a speaker's name ("张三：还钱", "客服007: 你好"), never the one inside a clock
# ("星期四22:41", "晚上10:05"): a digit before it and a minute after it are a time, not a name.
SPEAKER_COLON = r"(?:(?<!\d)[：:]|[：:](?![0-5]\d(?!\d)))"
_FILLER = re.compile(
    r"[\s:：/.\-年月日号今昨前天星期周礼拜一二三四五六日凌晨早上午中下傍晚夜里刚分钟小时\d]"
)


# An English UI's day words (WeChat, Telegram set to English), read as the Chinese ones.
_ENGLISH_DAYS = {
    "yesterday": "昨天", "today": "今天",
    "monday": "星期一", "tuesday": "星期二", "wednesday": "星期三", "thursday": "星期四",
    "friday": "星期五", "saturday": "星期六", "sunday": "星期日",
    "mon": "星期一", "tue": "星期二", "wed": "星期三", "thu": "星期四",
    "fri": "星期五", "sat": "星期六", "sun": "星期日",
}  # fmt: skip
# "Yesterday, 23:31": the comma after the day is punctuation, not part of the time.
_ENGLISH_DAY = re.compile(rf"^\s*({'|'.join(_ENGLISH_DAYS)})\b\.?,?", re.I)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ENGLISH_MONTH = re.compile(
    rf"^\s*(?:(?P<m1>{_MONTH_NAME})\.?\s+(?P<d1>\d{{1,2}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_NAME})\.?),?(?=\s|$)",
    re.I,
)
# "10:15 PM": the period after the clock, read as "下午10:15" ("12:05 AM" is 00:05).
_ENGLISH_CLOCK = re.compile(r"(\d{1,2})[:：](\d{2})\s*([AaPp])\.?[Mm]\.?(?![A-Za-z])")


# A full date OCR glued to its clock ("2026-11-2415:20"): the day takes two digits, the clock
# the rest. A day can not pass 31, so "2026-11-2415:20" reads 24 15:20, never 2 41:5…
_GLUED_CLOCK = re.compile(
    r"((?:19|20)\d{2}[-/.]\d{1,2}[-/.])([0-2]\d|3[01])(\d{1,2}[:：][0-5]\d)(?!\d)"
)


# A list's month-day glued to its clock ("05-2712:00"): the same split, the day two digits. A
# full date's tail is left alone (its year's glue is taken first).
_GLUED_MONTH_DAY = re.compile(
    r"(?<![\d/.\-])((?:0\d|1[0-2])[-/])([0-2]\d|3[01])(\d{1,2}[:：][0-5]\d)(?!\d)"
)


# A clock with its seconds after a day ("2026-03-19 15:02:11", "03-12 11:02:15"): an exported
# record or a carrier's list stamps them; the minute is the time. A clock with no day before it
# keeps them (a duration, "00:01:12", is no time of day).
_DAY_CLOCK_SECONDS = re.compile(
    rf"({DAY_WORDS}\s*(?:{PERIOD}\s*)?\d{{1,2}}[:：][0-5]\d)[:：][0-5]\d(?!\d)"
)


def _month_day(match: re.Match) -> str:
    month = (match.group("m1") or match.group("m2"))[:3].lower()
    return f"{_MONTHS.index(month) + 1}月{match.group('d1') or match.group('d2')}日"


def _clock_of(match: re.Match) -> str:
    hour, minute, period = int(match.group(1)), match.group(2), match.group(3).lower()
    if period == "a":
        return f"{hour % 12:02d}:{minute}"
    return f"下午{hour}:{minute}"


# "3月8日(周日) 23:41": a weekday in brackets after a date says the same day again.
_BRACKET_WEEKDAY = re.compile(r"([日号])\s*[(（]\s*(?:周|星期|礼拜)[一二三四五六日天]\s*[)）]\s*")
# "2天前": a list's day written as days before the capture.
_DAYS_AGO = re.compile(r"(?<!\d)(\d{1,2})\s*天前")
# A stamp that writes the day of the month before its clock and no month ("27日 10:30",
# "2日16:18"): the latest such day up to the capture, a month back past the month's start.
_DAY_OF_MONTH = re.compile(
    rf"(?<![\d月])([1-9]|[12]\d|3[01])\s*[日号]\s*(?={PERIOD}?\s*\d{{1,2}}[:：]\d{{2}})"
)
# "刚刚", "15分钟前", "3小时前": a time just before the capture, on the capture's day (its
# clock is not known: the capture names its day only).
_JUST_NOW = re.compile(r"刚刚|(?<!\d)\d{1,2}\s*(?:分钟|小时)前")


# OCR reads the one stroke of 一 as a dash: "周— 9:20 AM" is Monday, "星期-" too.
_DASH_ONE = re.compile(r"(周|星期)[—–―‐\-－]")


# A date with its year last ("03/03/2026", "04.03.2026"), as WhatsApp and UK/HK skins write it.
_YEAR_LAST = re.compile(r"(?<![\d/.\-])(\d{1,2})[/.\-](\d{1,2})[/.\-]((?:19|20)\d{2})(?![\d/.\-])")
# The read ticks OCR reads glued after a sent bubble's clock ("8:40 PM √V", "9:40 AM√√").
_TICKS = re.compile(r"(\d[:：][0-5]\d(?:\s*[AaPp]\.?[Mm]\.?)?)\s*[√✓✔Vv]{1,2}\s*$")


def _year_last(match: re.Match, anchor: date | None) -> str:
    """A year-last date as "YYYY年M月D日": day first ("04/03/2026" is 4 March) unless only the
    month-first reading is a date; where both are, the latest one not after the capture."""
    first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    readings = []
    for month, day in ((second, first), (first, second)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    if not readings:
        return match.group(0)
    past = [d for d in readings if anchor is None or d <= anchor]
    chosen = (max(past) if anchor is not None else past[0]) if past else readings[0]
    return f"{chosen.year}年{chosen.month}月{chosen.day}日"


def _chinese_day(text: str, anchor: date | None = None) -> str:
    """English days and clocks read as the Chinese ones: "Yesterday 20:15" as "昨天 20:15",
    "Nov 20, 10:15 PM" as "11月20日 下午10:15". One reading for every UI language."""
    text = _TICKS.sub(r"\1", text)
    text = _YEAR_LAST.sub(lambda m: _year_last(m, anchor), text)
    text = _DASH_ONE.sub(r"\1一", text)
    text = _BRACKET_WEEKDAY.sub(r"\1 ", text)
    text = _GLUED_CLOCK.sub(r"\1\2 \3", text)
    text = _GLUED_MONTH_DAY.sub(r"\1\2 \3", text)
    text = _DAY_CLOCK_SECONDS.sub(r"\1", text)
    text = _ENGLISH_DAY.sub(lambda m: _ENGLISH_DAYS[m.group(1).lower()], text)
    text = _ENGLISH_MONTH.sub(_month_day, text)
    return _ENGLISH_CLOCK.sub(_clock_of, text)


def _capture_weekday(weekday: str | None, anchor: date | None) -> bool:
    """A weekday that is the capture's own: that day, never the same weekday a week before.
    Phones name a day by its weekday only within the last six days (a week back they write the
    date, as "周二" would then say two days at once), and some write it for today's times too."""
    return bool(weekday) and anchor is not None and _WEEKDAY_INDEX[weekday] == anchor.weekday()


# The weekday a page prints right after a year-less day ("11月21日 周六", "11月20日星期五").
_WEEKDAY_AFTER = re.compile(r"\s*(?:周|星期|礼拜)([一二三四五六日天])")


def _weekday_dated(match: re.Match, text: str, today: date | None = None) -> str | None:
    """A year-less day with its weekday beside it, on a screen nothing else dates (no capture
    day: an iPhone's "IMG_4134.PNG"): the latest year, up to this one, in which that day falls
    on that weekday."""
    weekday = _WEEKDAY_AFTER.match(text, match.end())
    if weekday is None:
        return None
    month, day = int(match.group(1)), int(match.group(2))
    found = weekday_year_day(month, day, weekday.group(1), today or date.today())
    return found.isoformat() if found else None


def _day_of_month(day: int, anchor: date) -> str | None:
    """The latest `day` of a month up to `anchor`: this month's, else the last month's that has
    it (a "31日" seen on 3 May is 31 March, April having none)."""
    year, month = anchor.year, anchor.month
    for _back in range(3):
        try:
            found = date(year, month, day)
        except ValueError:
            found = None
        if found is not None and found <= anchor:
            return found.isoformat()
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def when_of(text: str, anchor: date | None) -> tuple[str | None, str | None]:
    """(ISO day or None, HH:MM or None) written in `text`, year-less days resolved at `anchor`."""
    text = _chinese_day(text, anchor)
    day = None
    if match := _FULL_DATE.search(text):
        day = _date_of(match)
    elif match := _MONTH_DAY.search(text):
        day = _resolve_month_day(int(match.group(1)), int(match.group(2)), anchor, None)
        if day is None:
            day = _weekday_dated(match, text)
    elif match := _RELATIVE.search(text):
        day = _resolve_relative(match.group(1), match.group(2), anchor)
        if _capture_weekday(match.group(2), anchor):
            day = anchor.isoformat()  # type: ignore[union-attr]
    elif match := _SLASH_DATE.search(text) or _DASH_DATE.search(text):
        day = _resolve_month_day(int(match.group(1)), int(match.group(2)), anchor, None)
    elif (match := _DAY_OF_MONTH.search(text)) and anchor is not None:
        day = _day_of_month(int(match.group(1)), anchor)
    elif (match := _DAYS_AGO.search(text)) and anchor is not None:
        day = (anchor - timedelta(days=int(match.group(1)))).isoformat()
    elif _JUST_NOW.search(text) and anchor is not None:
        day = anchor.isoformat()
    clock = None
    if match := _TIME.search(text):
        clock = _clock(int(match.group(2)), int(match.group(3)), match.group(1))
        if day is None and anchor is not None and not _RELATIVE.search(text):
            day = anchor.isoformat()  # a bare clock on a list or chat means the capture day
    return day, clock


def is_time_only(text: str) -> bool:
    """A line that is nothing but a date/time separator (never a number with a time beside it)."""
    stripped = _chinese_day(text).strip()
    rest = stripped
    patterns = (_FULL_DATE, _MONTH_DAY, _SLASH_DATE, _DASH_DATE, _RELATIVE, _DAYS_AGO, _JUST_NOW)
    for pattern in (*patterns, _TIME):
        rest = pattern.sub(" ", rest)
    has_when = rest != stripped
    # Digits left once the dates and times are taken out belong to something else (a phone).
    return has_when and not re.search(r"\d{3,}", rest) and not _FILLER.sub("", stripped)


def iso_time(day: str | None, clock: str | None) -> str:
    """SPEC § 3 time: `YYYY-MM-DDTHH:MM` when both are known, else what is known."""
    if day and clock:
        return f"{day}T{clock}"
    return day or clock or ""
