"""What a text states (phones, dates, times, numbers, names) and what the case allows it to state.

Pure functions: the checks compare the mentions in a draft against the facts of its case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import cn2an

from casefile.model import Case, case_to_dict
from evidence.sanitize import neutralise
from understanding.headline import headline

# Statute citations carry article numbers that are not case facts; the law check owns them.
_CITATION = re.compile(
    r"《[^《》\n]{1,40}》(?:[（(][^（）()\n]{0,24}[）)])?[\u4e00-\u9fff]{0,6}?"
    r"(?:第[0-9零〇一二两三四五六七八九十百千]+条(?:之[一二三四五六七八九十0-9]+)?"
    r"(?:第[0-9一二三四五六七八九十]+[款项])?(?:[（(][0-9一二三四五六七八九十]+[)）])?[、，,和及与或至]?)+"
)
_PHONE = re.compile(r"(?<![\d.])(?:\+?86[- ]?)?\d(?:[\d\- ]{5,14})\d(?![\d.])")
_FULL_DATE = re.compile(
    r"(?<!\d)(\d{4})(?:-(\d{1,2})-(\d{1,2})|/(\d{1,2})/(\d{1,2})|\.(\d{1,2})\.(\d{1,2})"
    r"|年(\d{1,2})月(\d{1,2})[日号]?)(?!\d)"
)
_YEAR_MONTH = re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(?!\d)")
_MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})[日号]")
_YEAR = re.compile(r"(?<!\d)(\d{4})年")
_TIME = re.compile(r"(?<!\d)(\d{1,2})\s*[:：]\s*(\d{2})(?!\d)")
_NUMBER = re.compile(r"(?<![\d.])(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万)?")
_CN_NUMBER = re.compile(
    r"(?<![第零一二两三四五六七八九十百千万])([零一二两三四五六七八九十百千万]{1,8})"
    r"(?=[个次条位人名元块天日周年通家份张])"
)
# Common surnames: a name is a surname + 先生/女士/… or + 某 ("李某").
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严覃武戴莫孔汤"
)
_PERSON = re.compile(rf"[{_SURNAMES}](?:先生|女士|小姐|警官|律师)")
_SURNAME_MOU = re.compile(rf"[{_SURNAMES}]某{{1,2}}")
_COMPANY = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,30}?(?:有限责任公司|有限公司|股份公司|银行)")
_COMPANY_SUFFIXES = ("有限责任公司", "有限公司", "股份公司", "银行")
# Counting words that read as numbers but carry no fact ("一次", "一位").
_TRIVIAL_NUMBERS = frozenset({0.0, 1.0})


@dataclass(frozen=True)
class Mentions:
    """Facts a text states, normalised so they compare with the case's."""

    phones: tuple[str, ...] = ()
    dates: tuple[tuple[int | None, int | None, int | None], ...] = ()
    times: tuple[str, ...] = ()
    numbers: tuple[float, ...] = ()
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class AllowedFacts:
    """Everything a draft of this case may state without inventing it."""

    phones: frozenset[str]
    dates: frozenset[tuple[int, int, int]]
    years: frozenset[int]
    months: frozenset[tuple[int, int]]
    month_days: frozenset[tuple[int, int]]
    times: frozenset[str]
    numbers: frozenset[float]
    text: str
    quotable: tuple[str, ...] = ()  # the collectors' words, which a draft may quote
    companies: tuple[str, ...] = ()  # company names the case contains
    verbatim: str = ""  # exhibit text and stored quotes: what a 「…」 quote must come from


def strip_citations(text: str) -> str:
    """Text with statute citations blanked out (their numbers are checked by the law check)."""
    return _CITATION.sub(" ", text)


def _cn_value(numeral: str) -> float | None:
    try:
        return float(cn2an.cn2an(numeral.replace("两", "二"), "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def extract_mentions(text: str) -> Mentions:
    """Phones, dates, times, numbers and names stated in `text` (citations excluded)."""
    work = strip_citations(text)
    phones: list[str] = []

    def take_phone(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(0))
        if digits.startswith("86") and len(digits) == 13:
            digits = digits[2:]
        if len(digits) >= 7 and not _FULL_DATE.fullmatch(match.group(0).strip()):
            phones.append(digits)
            return " "
        return match.group(0)

    work = _PHONE.sub(take_phone, work)
    dates: list[tuple[int | None, int | None, int | None]] = []

    def take(pattern: re.Pattern[str], shape: str) -> None:
        nonlocal work

        def repl(match: re.Match[str]) -> str:
            parts = [int(g) for g in match.groups() if g is not None]
            if shape == "ymd":
                dates.append((parts[0], parts[1], parts[2]))
            elif shape == "ym":
                dates.append((parts[0], parts[1], None))
            elif shape == "md":
                dates.append((None, parts[0], parts[1]))
            else:
                dates.append((parts[0], None, None))
            return " "

        work = pattern.sub(repl, work)

    take(_FULL_DATE, "ymd")
    take(_YEAR_MONTH, "ym")
    take(_MONTH_DAY, "md")
    take(_YEAR, "y")
    times: list[str] = []

    def take_time(match: re.Match[str]) -> str:
        times.append(f"{int(match.group(1)):02d}:{match.group(2)}")
        return " "

    work = _TIME.sub(take_time, work)
    numbers: list[float] = []
    for match in _NUMBER.finditer(work):
        value = float(match.group(1).replace(",", ""))
        numbers.append(value * 10000 if match.group(2) else value)
    for match in _CN_NUMBER.finditer(work):
        value = _cn_value(match.group(1))
        if value is not None:
            numbers.append(value)
    names = [m.group(0) for m in _PERSON.finditer(work)]
    names += [m.group(0) for m in _SURNAME_MOU.finditer(work)]
    names += [m.group(0) for m in _COMPANY.finditer(work)]
    return Mentions(
        phones=tuple(dict.fromkeys(phones)),
        dates=tuple(dict.fromkeys(dates)),
        times=tuple(dict.fromkeys(times)),
        numbers=tuple(dict.fromkeys(n for n in numbers if n not in _TRIVIAL_NUMBERS)),
        names=tuple(dict.fromkeys(names)),
    )


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, int | float):
        return [str(int(value)) if float(value).is_integer() else str(value)]
    return [neutralise(str(value))]


def allowed_facts(
    case: Case, *, today: date, extra_numbers: tuple[float, ...] = ()
) -> AllowedFacts:
    """What the case (and the letter's own date and fixed deadlines) lets a draft state."""
    # The case's one set of figures (understanding.headline) may be stated: where the user was
    # silent they are counted from the evidence, so they are not in the case's own fields.
    head = headline(case)
    figures = [head.first_day, head.last_day]
    figures += [n for n in head.collectors if re.fullmatch(r"\+?\d{5,15}", n)]
    figures += [str(n) for n in (head.calls, head.messages, head.contacts) if n]
    text = "\n".join(_strings(case_to_dict(case)) + figures)
    mentions = extract_mentions(text)
    full = {(y, m, d) for y, m, d in mentions.dates if y and m and d}
    full.add((today.year, today.month, today.day))
    years = {y for y, _, _ in mentions.dates if y} | {y for y, _, _ in full}
    months = {(y, m) for y, m, _ in mentions.dates if y and m} | {(y, m) for y, m, _ in full}
    month_days = {(m, d) for _, m, d in mentions.dates if m and d}
    numbers = set(mentions.numbers) | set(extra_numbers)
    counts = (
        len(case.evidence),
        len(case.harassment.collector_numbers),
        len(case.harassment.channels),
        len(case.harassment.threats),
        len(case.demands),
        len(case.actions_taken),
    )
    numbers |= {float(c) for c in counts}
    phones = set(mentions.phones) | {re.sub(r"\D", "", p) for p in _phone_fields(case)}
    return AllowedFacts(
        phones=frozenset(p for p in phones if p),
        dates=frozenset(full),
        years=frozenset(years),
        months=frozenset(months),
        month_days=frozenset(month_days | {(m, d) for _, m, d in full}),
        times=frozenset(mentions.times),
        numbers=frozenset(numbers),
        text=text,
        quotable=_quotable(case),
        companies=_companies(case, text),
        verbatim=_flat(
            "\n".join(
                [item.text for item in case.evidence] + [q.text for q in case.harassment.quotes]
            )
        ),
    )


def _quotable(case: Case) -> tuple[str, ...]:
    """The collectors' recorded words and categories, as written and without quote marks."""
    texts = [t for t in case.harassment.threats if t.strip()]
    texts += [q.text for q in case.harassment.quotes if q.text.strip()]
    out = []
    for text in texts:
        clean = neutralise(text)
        out += [clean, re.sub(r"[「」『』“”\"]", "", clean).rstrip("。；;")]
    return tuple(dict.fromkeys(t for t in out if t))


def _flat(text: str) -> str:
    """Text with blanks removed and quote marks unified, for finding a quote inside it."""
    return re.sub(r"\s+", "", neutralise(text)).replace("「", "“").replace("」", "”")


def unverbatim_quotes(text: str, allowed: AllowedFacts) -> list[str]:
    """Each 「…」 quote in `text` that is not word for word in an exhibit or a stored quote."""
    problems = []
    for match in re.finditer(r"「([^「」]{2,80})」", text):
        inner = _flat(match.group(1))
        if inner and inner not in allowed.verbatim:
            problems.append(f"引文不在证据原文中：「{match.group(1)}」")
    return problems


def _companies(case: Case, text: str) -> tuple[str, ...]:
    found = [case.platform.company] if case.platform.company else []
    found += [match.group(0) for match in _COMPANY.finditer(text)]
    return tuple(dict.fromkeys(found))


def _phone_fields(case: Case) -> list[str]:
    return [
        case.borrower.phone,
        case.platform.service_phone,
        *case.harassment.collector_numbers,
    ]


def _whole_digit_runs(text: str) -> set[str]:
    """Every number written in `text`, with the spaces and dashes phones carry removed."""
    return {re.sub(r"[\s-]", "", run) for run in re.findall(r"\d(?:[\d-]|\s(?=\d))*", text)}


def unsupported_mentions(text: str, allowed: AllowedFacts) -> list[str]:
    """Each phone, date, time, number or name in `text` that the case does not support."""
    mentions = extract_mentions(text)
    problems: list[str] = []
    written_numbers = _whole_digit_runs(allowed.text)
    for phone in mentions.phones:
        # A whole number the case wrote (spaces/dashes inside allowed), never a piece of one:
        # "4000000" cut out of 400-000-0000 is an invented number.
        if phone not in allowed.phones and phone not in written_numbers:
            problems.append(phone)
    for year, month, day in mentions.dates:
        if year and month and day:
            ok = (year, month, day) in allowed.dates
        elif year and month:
            ok = (year, month) in allowed.months
        elif month and day:
            ok = (month, day) in allowed.month_days
        else:
            ok = year in allowed.years
        if not ok:
            problems.append(_date_label(year, month, day))
    problems += [t for t in mentions.times if t not in allowed.times]
    problems += [_number_label(n) for n in mentions.numbers if n not in allowed.numbers]
    problems += [name for name in mentions.names if not _name_supported(name, allowed)]
    return list(dict.fromkeys(problems))


def _name_supported(name: str, allowed: AllowedFacts) -> bool:
    # A company match may start mid-sentence ("本人向某某贷款有限公司…"): it names a company of the
    # case when it ends with one (or is a shortened tail of one).
    if name.endswith(_COMPANY_SUFFIXES):
        return any(name.endswith(known) or known.endswith(name) for known in allowed.companies)
    return name in allowed.text


def _date_label(year: int | None, month: int | None, day: int | None) -> str:
    if year and month and day:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if year and month:
        return f"{year:04d}年{month}月"
    if month and day:
        return f"{month}月{day}日"
    return f"{year}年"


def _number_label(value: float) -> str:
    return str(int(value)) if value.is_integer() else str(value)
