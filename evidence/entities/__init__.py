"""Entity extraction from OCR text (pure): phones, dates, times, amounts, platforms, threats.

Everything is normalised per SPEC § 3: phones digits only, dates `YYYY-MM-DD` (year-less and
relative dates resolved against the screenshot's own visible date, else kept in `raw_dates`),
times `HH:MM`, amounts in yuan. OCR text is noisy, so patterns are tolerant (`¥` read as `Y`,
digits split across a wrapped line, full-width digits and colons).

The patterns live by kind in `entities_phones`, `entities_dates`, `entities_amounts` and
`entities_platforms`; this module normalises the text and reads them in order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import cn2an

from evidence.entities.amounts import (
    _AMOUNT_CN,
    _AMOUNT_CN_AFTER_WORD,
    _AMOUNT_GROUPED,
    _AMOUNT_SYMBOL,
    _AMOUNT_UNIT,
    _MULTIPLIER,
    _chinese_number,
    _number,
)
from evidence.entities.dates import (
    _CLOCK_WORDS,
    _DASH_DATE,
    _DURATION,
    _FULL_DATE,
    _MONTH_DAY,
    _RELATIVE,
    _SLASH_DATE,
    _TIME,
    _YEAR_HEADER,
    _clock,
    _date_of,
    _resolve_month_day,
    _resolve_relative,
    _standalone_date,
    weekday_dated_line,
)
from evidence.entities.phones import find_phones
from evidence.entities.platforms import KNOWN_PLATFORMS, THREAT_PATTERNS, _platforms, threats_in

__all__ = [
    "KNOWN_PLATFORMS",
    "MAX_PLAUSIBLE_AMOUNT",
    "THREAT_PATTERNS",
    "Entities",
    "event_dates",
    "extract_entities",
    "normalise_text",
    "screenshot_date",
    "threats_in",
]

# --- normalisation ------------------------------------------------------------------------------

_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1"})
# A look-alike letter counts as a digit only between digits ("138O0138000").
_LOOKALIKE_IN_DIGITS = re.compile(r"(?<=\d)[OoDlI|](?=\d)")
# Wrapped bubbles split numbers across lines ("联系电话17\n199488211", "20\n25年").
# Avatar edges leave a junk glyph or two at a line start, so a few are skipped.
_SPLIT_NUMBER = re.compile(
    r"(?<=[\d\-])[ \t]*\n[ \t]*[~\"'`”“‘’。.,，|\[\]【】_]{0,3}[ \t]*(?=[\d\-])"
)


# Tesseract's usual misreadings of 仟/佰 right after a capital numeral (伍仟 -> 伍任, 伍什),
# and of 叁 before a unit (叁仟 -> 参什).
_CAPITAL_LOOKALIKES = re.compile(
    r"(?<=[壹贰叁肆伍陆柒捌玖])([任什仔仠])|(?<=[壹贰叁肆伍陆柒捌玖])([伯栢])"
)
_THREE_LOOKALIKE = re.compile(r"参(?=[仟什任佰拾万元])")
# A thin "1" in a date is often read as ":", "!" or "|" ("5月:日", "3/!").
_ONE_IN_DATE = re.compile(r"(?<=月)[:!|lI](?=日)|(?<=\d/)[!|lI](?![\d/])")
# List columns lose the space between date and time ("2/418:04" is 2/4 18:04).
_GLUED_DATE_TIME = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2}?)((?:[01]?\d|2[0-3]):[0-5]\d)(?!\d)")
# Capital numerals wrapped onto the next line ("壹万\n贰仟元").
_SPLIT_CAPITALS = re.compile(
    r"(?<=[壹贰叁肆伍陆柒捌玖拾佰仟万])[ \t]*\n[^\S\n]*[~\"'`”“。.,，|]{0,3}"
    r"(?=[壹贰叁肆伍陆柒捌玖拾佰仟万])"
)


# 千 after a digit is often read as 干 ("2干元").
_THOUSAND_LOOKALIKE = re.compile(r"(?<=\d)干(?=[元块]|[^\u4e00-\u9fa5]|$)")


def normalise_text(text: str) -> str:
    """NFKC (full-width digits, ：, ￥) plus digit and capital-numeral look-alikes."""
    text = unicodedata.normalize("NFKC", text)
    text = _LOOKALIKE_IN_DIGITS.sub(lambda m: m.group(0).translate(_DIGIT_LOOKALIKES), text)
    text = _THREE_LOOKALIKE.sub("叁", text)
    text = _CAPITAL_LOOKALIKES.sub(lambda m: "仟" if m.group(1) else "佰", text)
    text = _ONE_IN_DATE.sub("1", text)
    text = _GLUED_DATE_TIME.sub(r"\1/\2 \3", text)
    return _THOUSAND_LOOKALIKE.sub("千", text)


# --- result -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entities:
    """Normalised entities of one text; `to_json` gives the SPEC § 3 dict (plus two extras)."""

    phones: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    amounts: tuple[float, ...] = ()
    platforms: tuple[str, ...] = ()
    threats: tuple[str, ...] = ()
    raw_dates: tuple[str, ...] = ()  # dates that could not be resolved, as written
    durations: tuple[int, ...] = ()  # call durations in seconds

    def to_json(self) -> dict:
        """SPEC § 3 keys first; whole-yuan amounts as ints so JSON shows 5000, not 5000.0."""
        return {
            "phones": list(self.phones),
            "dates": list(self.dates),
            "times": list(self.times),
            "amounts": [int(a) if float(a).is_integer() else a for a in self.amounts],
            "platforms": list(self.platforms),
            "threats": list(self.threats),
            "raw_dates": list(self.raw_dates),
            "durations": list(self.durations),
        }

    @classmethod
    def from_json(cls, data: dict) -> Entities:
        """Inverse of to_json (missing keys are empty)."""
        return cls(
            phones=tuple(str(p) for p in data.get("phones", ())),
            dates=tuple(data.get("dates", ())),
            times=tuple(data.get("times", ())),
            amounts=tuple(float(a) for a in data.get("amounts", ())),
            platforms=tuple(data.get("platforms", ())),
            threats=tuple(data.get("threats", ())),
            raw_dates=tuple(data.get("raw_dates", ())),
            durations=tuple(int(d) for d in data.get("durations", ())),
        )


def _unique(values: Iterable) -> tuple:
    return tuple(dict.fromkeys(values))


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Blank out consumed spans so later patterns do not read the same digits again."""
    chars = list(text)
    for start, end in spans:
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)


@dataclass
class _Found:
    phones: list[str]
    dates: list[str]
    raw_dates: list[str]
    times: list[str]
    amounts: list[float]
    durations: list[int]


def _extract_numbers(text: str, anchor: date | None) -> _Found:
    found = _Found([], [], [], [], [], [])
    phones = find_phones(text)
    found.phones = [digits for _, digits in sorted(phones)]
    text = _mask(text, [span for span, _ in phones])

    spans = []
    # Year context for year-less dates: the latest year header or full date before them.
    year_marks: list[tuple[int, int, date | None]] = []
    for match in _FULL_DATE.finditer(text):
        iso = _date_of(match)
        if iso:
            found.dates.append(iso)
            year_marks.append((match.start(), int(iso[:4]), date.fromisoformat(iso)))
            spans.append(match.span())
    for match in _YEAR_HEADER.finditer(text):
        year_marks.append((match.start(), int(match.group(1)), None))
        spans.append(match.span())
    year_marks.sort()
    text = _mask(text, spans)

    def context(position: int) -> tuple[date | None, int | None]:
        before = [mark for mark in year_marks if mark[0] < position]
        if not before:
            return anchor, None
        _, year, full = before[-1]
        return (full or anchor), year

    spans = []
    for pattern in (_MONTH_DAY, _SLASH_DATE, _DASH_DATE):
        for match in pattern.finditer(text):
            month, day = int(match.group(1)), int(match.group(2))
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            near, year = context(match.start())
            iso = _resolve_month_day(month, day, near, year)
            (found.dates if iso else found.raw_dates).append(iso or match.group(0))
            spans.append(match.span())
        text = _mask(text, spans)
    for match in _RELATIVE.finditer(text):
        iso = _resolve_relative(match.group(1), match.group(2), anchor)
        (found.dates if iso else found.raw_dates).append(iso or match.group(1))

    spans = []
    for match in _TIME.finditer(text):
        clock = _clock(int(match.group(2)), int(match.group(3)), match.group(1))
        if clock:
            found.times.append(clock)
            spans.append(match.span())
    for match in _CLOCK_WORDS.finditer(text):
        hour_raw = match.group(2)
        hour = int(hour_raw) if hour_raw.isdigit() else int(cn2an.cn2an(hour_raw, "smart"))
        minute_raw = match.group(3) or ""
        minute = 30 if minute_raw == "半" else int(re.sub(r"\D", "", minute_raw) or 0)
        clock = _clock(hour, minute, match.group(1))
        if clock:
            found.times.append(clock)
            spans.append(match.span())
    text = _mask(text, spans)

    spans = []
    for match in _DURATION.finditer(text):
        hours, minutes, seconds, only_minutes, call_m, call_s = match.groups()
        if only_minutes:
            total = int(only_minutes) * 60
        elif call_m:
            total = int(call_m) * 60 + int(call_s)
        else:
            total = int(hours or 0) * 3600 + int(minutes or 0) * 60 + int(seconds or 0)
        found.durations.append(total)
        spans.append(match.span())
    text = _mask(text, spans)

    spans = []
    for pattern in (_AMOUNT_SYMBOL, _AMOUNT_UNIT, _AMOUNT_GROUPED):
        for match in pattern.finditer(text):
            value = _number(match.group(1))
            if value is not None and value > 0:
                found.amounts.append(value * _MULTIPLIER.get(match.group(2) or "", 1))
                spans.append(match.span())
        text = _mask(text, spans)
    for pattern in (_AMOUNT_CN, _AMOUNT_CN_AFTER_WORD):
        for match in pattern.finditer(text):
            value = _chinese_number(match.group(1))
            if value is not None and value >= 10:  # "一元" is noise, not a debt
                found.amounts.append(value)
                spans.append(match.span())
        text = _mask(text, spans)
    return found


# Larger "amounts" come from two numbers glued across a line break, not from a debt.
MAX_PLAUSIBLE_AMOUNT = 10_000_000


def _merge_amounts(per_line: list[float], rejoined: list[float]) -> tuple[float, ...]:
    """Re-joined amounts win; a per-line amount that is only the tail of one ("贰仟元" of
    "壹万\n贰仟元") is dropped."""
    kept = [amount for amount in rejoined if amount <= MAX_PLAUSIBLE_AMOUNT]
    whole = {f"{amount:g}" for amount in kept}
    tails = [
        amount
        for amount in per_line
        if amount not in kept and not any(w.endswith(f"{amount:g}") for w in whole)
    ]
    return _unique(kept + tails)


def extract_entities(text: str, reference_date: date | None = None) -> Entities:
    """All entities of one screenshot's text.

    Year-less and relative dates resolve against the date the screenshot itself shows (a line
    holding just a date, such as a chat timestamp or list header), else `reference_date`; when
    neither exists they are kept as written in `raw_dates`.
    """
    text = normalise_text(text)
    anchor = _standalone_date(text) or reference_date
    joined = _SPLIT_CAPITALS.sub("", _SPLIT_NUMBER.sub("", text))
    # Read both the lines as shown and with wrapped numbers re-joined; keep the union.
    per_line = _extract_numbers(text, anchor)
    rejoined = _extract_numbers(joined, anchor) if joined != text else per_line
    resolved = set(per_line.dates + rejoined.dates)
    return Entities(
        phones=_unique(per_line.phones + rejoined.phones),
        dates=tuple(sorted(resolved)),
        times=tuple(sorted(set(per_line.times + rejoined.times))),
        amounts=_merge_amounts(per_line.amounts, rejoined.amounts),
        platforms=_unique(_platforms(text)),
        threats=tuple(threats_in(text)),
        raw_dates=_unique(per_line.raw_dates + rejoined.raw_dates),
        durations=_unique(per_line.durations + rejoined.durations),
    )


def screenshot_date(text: str, reference_date: date | None = None) -> str:
    """The date a screenshot shows for itself (a timestamp or list header), ISO; else ''.

    With neither a full date on the screen nor a reference date (no capture date in the file's
    name or EXIF), a year-less day written with its weekday dates it: a lock screen's date, a
    number page's latest day header."""
    text = normalise_text(text)
    day = _standalone_date(text) or reference_date or weekday_dated_line(text, date.today())
    return day.isoformat() if day else ""


_NOT_EVENT_WORDS = re.compile(
    r"[\d\s年月日号星期周礼拜昨今前天凌晨早上午中下傍晚夜里点分秒:/\-+.,<>()]"
)


def event_dates(text: str, reference_date: date | None = None) -> list[str]:
    """Dates of events shown (list rows, chat timestamps), not dates quoted inside messages."""
    text = normalise_text(text)
    anchor = _standalone_date(text) or reference_date
    dates = []
    for line in text.splitlines():
        rest = _NOT_EVENT_WORDS.sub("", line)
        if len(rest) > 2:  # a sentence: "已于2025年1月27日逾期" is a due date, not an event
            continue
        dates.extend(_extract_numbers(line, anchor).dates)
    return sorted(set(dates))
