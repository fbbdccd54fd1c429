"""Entity extraction from OCR text (pure): phones, dates, times, amounts, platforms, threats.

Everything is normalised per SPEC § 3: phones digits only, dates `YYYY-MM-DD` (year-less and
relative dates resolved against the screenshot's own visible date, else kept in `raw_dates`),
times `HH:MM`, amounts in yuan. OCR text is noisy, so patterns are tolerant (`¥` read as `Y`,
digits split across a wrapped line, full-width digits and colons).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import cn2an
import phonenumbers

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


# --- phones ---------------------------------------------------------------------------------

_SEP = r"[ \-]?"
# Mobiles in any grouping ("138 0013 8000", "1380 013 8000", "+86 138-0013-8000").
_MOBILE = re.compile(r"(?<![\d+])(?:\+?86[ \-]?)?(1[3-9](?:[ \-]?\d){9})(?![\d\-])")
_SERVICE = re.compile(r"(?<![\d+])([48]00(?:[ \-]?\d){7})(?![\d\-])")
# SMS gateways: 106x plus 6–16 more digits, grouped any way ("1069 7998 0306 7").
_SMS_SENDER = re.compile(r"(?<![\d+])(106\d(?:[ \-]?\d){6,16})(?![\d/月年:.\-])")
# Five-digit service numbers: banks and insurers (95xxx, 96xxx), carriers (10086, 10010),
# public hotlines (12315, 12345, 12378). Not when they are money, a code or part of a number.
_SHORT_SERVICE = re.compile(
    r"(?<![\d+¥Y.,:/\-])((?:9[56]|10|12)\d{3})(?![\d.,:/\-]|\s*(?:元|块|万|千|%|岁|天|年|个|条|次|分|秒))"
)
_LANDLINE = re.compile(
    r"(?<![\d+])(?:\+?86[ \-]?)?\(?(0\d{2,3})\)?[ \-]?(\d{3,4})[ \-]?(\d{4})"
    r"(?:\s*(?:转|分机|ext\.?|-)\s*\d{1,5})?(?!\d)"
)
# Words that make a five-digit number a service number rather than a code or a count.
_SHORT_CONTEXT = re.compile(r"电话|热线|客服|致电|拨打|回电|来电|号码|呼叫|短信|发件人|服务|投诉")


def _valid_landline(digits: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(digits, "CN"))
    except phonenumbers.NumberParseException:
        return False


def _find_phones(text: str) -> list[tuple[tuple[int, int], str]]:
    found = []
    for pattern in (_MOBILE, _SERVICE, _SMS_SENDER):
        for match in pattern.finditer(text):
            digits = re.sub(r"\D", "", match.group(1))
            found.append((match.span(), digits))
    for match in _LANDLINE.finditer(text):
        digits = "".join(match.groups())
        if 10 <= len(digits) <= 12 and _valid_landline(digits):
            found.append((match.span(), digits))
    taken = [span for span, _ in found]
    for match in _SHORT_SERVICE.finditer(text):
        start, end = match.span()
        if any(a < end and start < b for a, b in taken):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        # Alone on its line (a list row or sender) or named as a number in the sentence.
        alone = not re.sub(
            r"[\s\d:/\-昨天今星期周一二三四五六日]", "", line.replace(match.group(1), "")
        )
        if alone or _SHORT_CONTEXT.search(line) or line.lstrip().startswith(match.group(1)):
            found.append((match.span(), match.group(1)))
    return found


# --- dates and times --------------------------------------------------------------------------

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


def _standalone_date(text: str) -> date | None:
    """The screenshot's own date: the latest full date on a line holding little else."""
    latest = None
    for line in text.splitlines():
        match = _FULL_DATE.search(line)
        if not match:
            continue
        rest = line[: match.start()] + line[match.end() :]
        rest = _TIME.sub("", rest)
        rest = re.sub(r"[\s星期周一二三四五六日天今昨]", "", rest)
        iso = _date_of(match)
        if iso and len(rest) <= 2:
            day = date.fromisoformat(iso)
            latest = day if latest is None or day > latest else latest
    return latest


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
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


# --- amounts ----------------------------------------------------------------------------------

_CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
_MONEY_WORDS = r"(?:欠款|借款|还款|金额|本金|利息|罚息|逾期费|共计|合计|应还|欠|还)"
# ¥ is often read as Y, y or 羊; a comma-grouped number ("2,500") is money even when ¥ is lost.
_AMOUNT_SYMBOL = re.compile(
    r"(?<![A-Za-z])(?:[¥Yy羊]|RMB|人民币)\s*(\d[\d,]*(?:\.\d+)?)\s*(万|千|元)?"
)
_AMOUNT_GROUPED = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?)(?!\d|,\d)()")
_AMOUNT_UNIT = re.compile(r"(?<![\d.])(\d[\d,]*(?:\.\d+)?)\s*(万元|万|千元|千|元|块钱|块)")
_AMOUNT_CN = re.compile(rf"([{_CN_NUMERAL}]{{1,12}})\s*(元|块|圆)")
_AMOUNT_CN_AFTER_WORD = re.compile(
    rf"{_MONEY_WORDS}\s*([{_CN_NUMERAL}]{{2,12}})(?![{_CN_NUMERAL}])"
)
_MULTIPLIER = {"万": 10000, "万元": 10000, "千": 1000, "千元": 1000}


def _number(raw: str) -> float | None:
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None


def _chinese_number(raw: str) -> float | None:
    raw = raw.strip("零〇")
    if not raw or raw in {"十", "百", "千", "万"}:
        return None
    try:
        return float(cn2an.cn2an(raw, "smart"))
    except (ValueError, KeyError):
        return None


# --- platforms and threats --------------------------------------------------------------------

KNOWN_PLATFORMS = (
    "借呗", "花呗", "微粒贷", "京东金条", "京东白条", "360借条", "分期乐", "安逸花", "招联金融",
    "美团借钱", "度小满", "有钱花", "拍拍贷", "你我贷", "洋钱罐", "小赢卡贷", "宜人贷", "玖富",
    "省呗", "还呗", "来分期", "榕树贷款", "平安普惠", "马上消费", "中邮钱包", "羊小咩",
)  # fmt: skip
_PLATFORM_SUFFIX = r"(?:贷款|贷|借款|借条|借钱|借|钱包|分期|白条|金条|金融|花|钱庄|卡贷)"
_PLATFORM_NAME = rf"([\u4e00-\u9fa5A-Za-z0-9]{{1,5}}?{_PLATFORM_SUFFIX})"
_PLATFORM_CONTEXT = (
    re.compile(
        rf"(?:在|是|从|向|【|\[)\s*{_PLATFORM_NAME}\s*(?:的|催收|平台|客服|APP|App|app|法务|】|\]|上)"
    ),
    re.compile(
        rf"(?:^|[\s,，。!！:：【\[])\s*{_PLATFORM_NAME}\s*(?:提醒|法务部|催收|客服|通知|温馨提示|[:：】\]])"
    ),
)
_NOT_PLATFORMS = {"借款", "贷款", "网贷", "借", "贷", "借钱", "欠款", "分期", "的借款", "小额贷款"}
_NOT_PLATFORM_START = set("的在是你我他她们这那把被给了还欠")

THREAT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("爆通讯录", re.compile(
        r"通讯录|所有联系人|全部联系人|群发|爆你|发给你.{0,6}(?:朋友|联系人|好友)"
    )),
    ("联系亲友", re.compile(
        r"(?:联系|打电话|通知|告诉|找|发给|问问).{0,8}"
        r"(?:父母|爸妈|家人|亲戚|亲友|家里人|老婆|老公|孩子|朋友|兄弟|姐妹)"
    )),
    ("联系单位", re.compile(r"单位|领导|同事|公司(?:老板|人事|负责人)|老板|工作的地方")),
    ("上门", re.compile(r"上门|(?<![寄送])到你家|去你家|找到你家|家访|去你(?:公司|单位)找你|当面")),
    ("起诉", re.compile(r"起诉|法院|传票|立案|律师函|判决|坐牢|拘留|刑事|强制执行|征信")),
    ("曝光照片", re.compile(r"曝光|通缉令|P图|P成|P你|照片|朋友圈|悬赏")),
    ("辱骂", re.compile(r"老赖|垃圾|去死|畜生|不要脸|人渣|废物|骗子|死全家|狗东西")),
)  # fmt: skip


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
    phones = _find_phones(text)
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


def _platforms(text: str) -> list[str]:
    names = [name for name in KNOWN_PLATFORMS if name in text]
    for pattern in _PLATFORM_CONTEXT:
        for line in text.splitlines():
            for match in pattern.finditer(line):
                name = match.group(1)
                if name in _NOT_PLATFORMS or name[0] in _NOT_PLATFORM_START:
                    continue
                names.append(name)
    # Context names never start with a function word, so the longer of two overlapping names
    # is the real one ("快来分期" over the known "来分期").
    unique = list(dict.fromkeys(names))
    return [n for n in unique if not any(o != n and n in o for o in unique)]


def threats_in(text: str) -> list[str]:
    """Threat / harassment categories mentioned in the text, in a fixed order."""
    flat = text.replace("\n", "")
    return [label for label, pattern in THREAT_PATTERNS if pattern.search(flat)]


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
    """The date a screenshot shows for itself (a timestamp or list header), ISO; else ''."""
    day = _standalone_date(normalise_text(text)) or reference_date
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
