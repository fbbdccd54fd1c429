"""Date, time and call-duration patterns in OCR text; how year-less and relative dates resolve."""

from __future__ import annotations

import re
from datetime import date, timedelta

_FULL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|([\-/.])\s*(\d{1,2})\s*\4\s*(\d{1,2}))(?!\d)"
)
_YEAR_HEADER = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
_MONTH_DAY = re.compile(r"(?<![\d年/\-.])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_SLASH_DATE = re.compile(r"(?<![\d/:.\-])(\d{1,2})/(\d{1,2})(?![\d/%])")
# List columns show "11-03" (month-day) for older rows.
_DASH_DATE = re.compile(r"(?<![\d/:.\-])([01]\d)-([0-3]\d)(?![\d/:%\-])")
_RELATIVE = re.compile(r"(今天|今日|昨天|昨日|前天|(?:星期|周|礼拜)([一二三四五六日天]))")
_WEEKDAY_INDEX = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_TIME = re.compile(
    r"(凌晨|早上|上午|中午|下午|傍晚|晚上|夜里)?\s*(?<![\d:.])([01]?\d|2[0-3])\s*[:]\s*([0-5]\d)(?![\d:])"
)
_CLOCK_WORDS = re.compile(
    r"(凌晨|早上|上午|中午|下午|傍晚|晚上|夜里)\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*点\s*(半|\d{1,2}\s*分)?"
)
_AFTERNOON = {"下午", "傍晚", "晚上", "夜里"}
_DURATION = re.compile(
    r"(?:(\d{1,2})\s*小时)?\s*(?:(\d{1,3})\s*分(?:钟)?)?\s*(?:(\d{1,2})\s*秒)"
    r"|(\d{1,3})\s*分钟|通话\s*(\d{1,2}):(\d{2})"
)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# What a screen's own date line may hold besides the date: a weekday, a day word, the part of
# the day, blanks.
_SELF_DATE_EXTRAS = re.compile(
    r"(?:星期|周|礼拜)[一二三四五六日天]?|[今昨前]天|今日|昨日|凌晨|早上|上午|中午|下午|傍晚|晚上|夜里|\s"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _standalone_date(text: str) -> date | None:
    """The screenshot's own date: the latest full date on a line holding little else."""
    latest = None
    for line in text.splitlines():
        match = _FULL_DATE.search(line)
        if not match:
            continue
        rest = line[: match.start()] + line[match.end() :]
        rest = _SELF_DATE_EXTRAS.sub("", _TIME.sub("", rest))
        iso = _date_of(match)
        # A word beside the date ("借款日 2026-09-28", "还款日期") makes it a field's value,
        # not the screen's own date: one stray CJK glyph is OCR noise, two are a label.
        if iso and len(rest) <= 2 and len(_CJK.findall(rest)) <= 1:
            day = date.fromisoformat(iso)
            latest = day if latest is None or day > latest else latest
    return latest


# A line that is a year-less day and its weekday, maybe with a clock: a lock screen's date
# ("12月5日 星期六") or a number page's day header ("11月26日 周四").
_WEEKDAY_DAY_LINE = re.compile(
    r"^\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*(?:星期|周|礼拜)([一二三四五六日天])"
    r"\s*(?:(?:凌晨|早上|上午|中午|下午|傍晚|晚上|夜里)?\s*\d{1,2}[:：]\d{2})?\s*$"
)


def weekday_year_day(month: int, day: int, weekday: str, today: date) -> date | None:
    """A year-less day whose weekday is given: the latest year, up to `today`, in which that
    day falls on that weekday. A screenshot is never from the future, and a day's weekday comes
    back only after five or more years, so a recent screenshot's day is read right."""
    for year in range(today.year, today.year - 12, -1):
        try:
            found = date(year, month, day)
        except ValueError:
            continue  # 2月29日 in a year that has none
        if found <= today and found.weekday() == _WEEKDAY_INDEX[weekday]:
            return found
    return None


def weekday_dated_line(text: str, today: date) -> date | None:
    """The latest day a screen writes on a line of its own as a year-less day with its weekday:
    what dates a screenshot that nothing else dates (an iPhone's "IMG_4483.PNG")."""
    days = [
        found
        for line in text.splitlines()
        if (match := _WEEKDAY_DAY_LINE.match(line))
        and (found := weekday_year_day(int(match[1]), int(match[2]), match[3], today))
    ]
    return max(days, default=None)


def _date_of(match: re.Match[str]) -> str | None:
    year = int(match.group(1))
    if match.group(2):
        return _iso(year, int(match.group(2)), int(match.group(3)))
    return _iso(year, int(match.group(5)), int(match.group(6)))


def _resolve_month_day(month: int, day: int, anchor: date | None, year: int | None) -> str | None:
    """A year-less date: the year of a nearby year header, else the last such day up to anchor."""
    if year is not None and (anchor is None or anchor.year != year):
        return _iso(year, month, day)
    if anchor is None:
        return None
    iso = _iso(anchor.year, month, day)
    if iso and date.fromisoformat(iso) > anchor:  # list screens show past days; Dec seen in Jan
        iso = _iso(anchor.year - 1, month, day)
    return iso


def _resolve_relative(word: str, weekday: str | None, anchor: date | None) -> str | None:
    if anchor is None:
        return None
    if weekday:
        back = (anchor.weekday() - _WEEKDAY_INDEX[weekday]) % 7 or 7
        return (anchor - timedelta(days=back)).isoformat()
    back = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}[word]
    return (anchor - timedelta(days=back)).isoformat()


def _clock(hour: int, minute: int, period: str | None) -> str | None:
    if (period in _AFTERNOON and hour < 12) or (period == "中午" and hour < 6):
        hour += 12
    if period == "凌晨" and hour == 12:
        hour = 0  # a 12-hour clock's small hours: 凌晨12:20 is twenty past midnight
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"
