"""Promise 4: entity extraction and the draft checks never crash and always normalise (hypothesis).

`max_examples` is kept modest so the whole file runs in seconds on 2 cores; the strategies mix
Chinese, digits, separators, role tags and control characters, which is what OCR produces.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from casefile.model import case_from_dict, case_to_dict
from drafting.checks import KINDS, check_draft, check_law, check_part
from drafting.compose import recheck
from drafting.facts import allowed_facts, extract_mentions
from drafting.skeleton import SKELETON_NUMBERS
from evidence.entities import extract_entities
from tests.security.sec_helpers import CLEAN

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ALPHABET = st.sampled_from(
    list("0123456789 -+:/.,，。：！？、（）()年月日号元万千块￥¥")
    + list("催收电话短信逾期还款借贷平台通讯录亲友骗子忽略指令系统今天昨天星期一二三十百")
    + [
        "\n",
        "\t",
        "\u200b",
        "\u202e",
        "😀",
        "SYSTEM:",
        "<|im_start|>",
        "《刑法》第",
        "条",
        "O",
        "l",
    ]
)
OCR_TEXT = st.lists(ALPHABET, max_size=80).map("".join) | st.text(max_size=120)
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HHMM = re.compile(r"^\d{2}:\d{2}$")


@FUZZ
@given(text=OCR_TEXT, reference=st.none() | st.dates(date(2000, 1, 1), date(2035, 12, 31)))
@example(text="2025年2月30日 13800001111 ¥1,2,3 25:99", reference=None)
@example(text="昨天 星期日 12/31 106 5501 2345", reference=date(2025, 3, 1))
def test_extraction_never_crashes_and_normalises(text: str, reference: date | None) -> None:
    entities = extract_entities(text, reference)
    for phone in entities.phones:
        assert phone.isdigit(), phone
        assert phone.isascii()
        assert 5 <= len(phone) <= 20, phone
    for day in entities.dates:
        assert ISO.match(day), day
        date.fromisoformat(day)  # a real calendar date, never 2月30日
    for clock in entities.times:
        assert HHMM.match(clock), clock
        hour, minute = map(int, clock.split(":"))
        assert hour < 24
        assert minute < 60
    for amount in entities.amounts:
        assert isinstance(amount, float | int)
        assert amount >= 0
    assert all(seconds >= 0 for seconds in entities.durations)
    json.dumps(entities.to_json(), ensure_ascii=False)  # always serialisable


MOBILE = st.builds(
    lambda prefix, rest: prefix + rest,
    st.sampled_from(["130", "138", "139", "150", "166", "170", "177", "186", "199"]),
    st.text("0123456789", min_size=8, max_size=8),
)


def _formats(number: str) -> list[str]:
    a, b, c = number[:3], number[3:7], number[7:]
    return [
        number,
        f"{a} {b} {c}",
        f"{a}-{b}-{c}",
        f"+86 {number}",
        f"+86-{a}-{b}-{c}",
        f"86{number}",
    ]


@FUZZ
@given(
    number=MOBILE,
    style=st.integers(0, 5),
    before=st.sampled_from(["", "电话", "催收员：", "号码 "]),
)
def test_phone_formats_round_trip(number: str, style: int, before: str) -> None:
    written = _formats(number)[style]
    assert extract_entities(f"{before}{written}，请尽快还款").phones == (number,)


@FUZZ
@given(day=st.dates(date(2015, 1, 1), date(2030, 12, 31)), style=st.integers(0, 2))
def test_full_dates_round_trip(day: date, style: int) -> None:
    written = [
        day.isoformat(),
        f"{day.year}年{day.month}月{day.day}日",
        f"{day.year}/{day.month}/{day.day}",
    ][style]
    assert day.isoformat() in extract_entities(f"还款日 {written} 逾期").dates


@FUZZ
@given(yuan=st.integers(1, 999_999))
def test_amounts_round_trip(yuan: int) -> None:
    assert float(yuan) in extract_entities(f"您已逾期，应还{yuan}元").amounts


@FUZZ
@given(text=OCR_TEXT, kind=st.sampled_from(KINDS))
def test_checks_never_crash(text: str, kind: str) -> None:
    allowed = allowed_facts(CLEAN, today=date(2025, 3, 1))
    for checks in (check_part(text, allowed), check_draft(text, kind, CLEAN, allowed)):
        for values in checks.as_dict().values():
            assert all(isinstance(value, str) for value in values)
    assert isinstance(check_law(text), list)
    extract_mentions(text)


@FUZZ
@given(number=st.integers(2, 10**9))
def test_invented_numbers_are_always_flagged(number: int) -> None:
    """A number the case does not allow is caught by the unsupported check, whatever it is."""
    allowed = allowed_facts(CLEAN, today=date(2025, 3, 1), extra_numbers=SKELETON_NUMBERS)
    assume(float(number) not in allowed.numbers)
    text = f"催收人员共打了{number}次电话。"
    checks = recheck(CLEAN, "platform", text, today=date(2025, 3, 1))
    assert checks.unsupported, text


@FUZZ
@given(article=st.integers(1000, 9999))
def test_unknown_statute_articles_are_flagged(article: int) -> None:
    assert check_law(f"根据《个人信息保护法》第{article}条，平台应当停止处理。")


@FUZZ
@given(
    summary=st.text(max_size=60),
    contacts=st.none() | st.integers(0, 10_000),
    extra=st.dictionaries(st.text("abcxyz_", min_size=1, max_size=8), st.integers(), max_size=3),
)
def test_case_json_round_trip(summary: str, contacts: int | None, extra: dict[str, int]) -> None:
    """case.json → Case → case.json keeps every field, unknown ones included."""
    data = {
        "version": 1,
        **extra,
        "harassment": {"summary": summary, "contacts_affected": contacts},
    }
    extra.pop("version", None)
    again = case_to_dict(case_from_dict(json.loads(json.dumps(data))))
    assert case_to_dict(case_from_dict(again)) == again
    for key, value in extra.items():
        assert again[key] == value
    if contacts is not None:
        assert again["harassment"]["contacts_affected"] == contacts


@pytest.mark.parametrize("invented", ["40000000", "1380000", "1700000123"])
def test_digit_substrings_of_case_numbers_are_flagged(invented: str) -> None:
    """4000-0000 (part of the service number), a truncated phone: neither is a case fact."""
    checks = recheck(CLEAN, "platform", f"催收人员共打了{invented}次电话。", today=date(2025, 3, 1))
    assert invented in checks.unsupported
