"""Phone numbers in OCR text: mobiles, 400/800 lines, SMS gateways, landlines, service numbers."""

from __future__ import annotations

import re

import phonenumbers

_SEP = r"[ \-]?"
# Mobiles in any grouping ("138 0013 8000", "1380 013 8000", "+86 138-0013-8000").
_MOBILE = re.compile(r"(?<![\d+])(?:\+?86[ \-]?)?(1[3-9](?:[ \-]?\d){9})(?![\d\-])")
_SERVICE = re.compile(r"(?<![\d+])([48]00(?:[ \-]?\d){7})(?![\d\-])")
# SMS gateways: 106x plus 6–16 more digits, grouped any way ("1069 7998 0306 7").
# Platforms also send from long 16x numbers ("16205 8871 009"): 12 digits or more, never a mobile.
# A number never runs across a space into the date or clock printed after it ("16574218830 03-12").
_NO_DATE_NEXT = r"(?!\s(?:\d{4}[\-/.年])?(?:[01]?\d[\-/.月][0-3]?\d|[0-2]?\d:[0-5]\d)(?!\d))"
_GROUPED_DIGIT = rf"(?:{_NO_DATE_NEXT}[ \-]?\d)"
_SMS_SENDER = re.compile(
    rf"(?<![\d+])(106[ \-]?\d{_GROUPED_DIGIT}{{6,16}}|16\d{_GROUPED_DIGIT}{{9,17}})"
    r"(?![\d/月年:.\-])"
)
# Five-digit service numbers: banks and insurers (95xxx, 96xxx), carriers (10086, 10010),
# public hotlines (12315, 12345, 12378). Not when they are money, a code or part of a number.
_SHORT_SERVICE = re.compile(
    r"(?<![\d+¥Y.,:/\-])((?:9[56]|10|12)\d{3})(?![\d.,:/\-]|\s*(?:元|块|万|千|%|岁|天|年|个|条|次|分|秒))"
)
# A company's 95 line past five digits, written in two groups ("95040 3318", "9510-1234"): the
# whole is one number. Not a money sum, a date or a clock after it.
_SERVICE_95 = re.compile(
    r"(?<![\d+¥Y.,:/\-])(95\d{3}[ \-]\d{3,5})"
    r"(?![\d.,:/\-]|\s*(?:元|块|万|千|%|岁|天|年|月|日|个|条|次|分|秒))"
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


def find_phones(text: str) -> list[tuple[tuple[int, int], str]]:
    """Every phone number written in a text: (its span, its digits), by kind of number."""
    found = []
    for pattern in (_MOBILE, _SERVICE, _SMS_SENDER, _SERVICE_95):
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


def phone_digits(raw: str) -> str:
    """Digits of a phone as written, without +86."""
    only = re.sub(r"\D", "", raw)
    if len(only) == 13 and only.startswith("86"):
        return only[2:]
    return only
