"""Phone, amount and date forms collectors use (pure; no OCR)."""

from __future__ import annotations

from datetime import date

import pytest

from evidence.entities import extract_entities

REF = date(2025, 3, 6)  # a Thursday

PHONES = [
    ("回电1380 013 8000", ["13800138000"]),
    ("回电138 00 138 000", ["13800138000"]),
    ("+86 135 1234 5678", ["13512345678"]),
    ("+86-135-1234-5678", ["13512345678"]),
    ("座机 0755-2345 6789转802", ["075523456789"]),
    ("电话(021)62345678-123", ["02162345678"]),
    ("热线 400 8208 820", ["4008208820"]),
    ("致电800-820-8820", ["8008208820"]),
    ("请致电400-217-\n8674处理", ["4002178674"]),  # broken across a line
    ("客服电话95188咨询", ["95188"]),
    ("拨打96110核实", ["96110"]),
    ("10086\n您的话费余额", ["10086"]),
    ("拨打10086", ["10086"]),
    ("投诉请拨12378", ["12378"]),
    ("1069 7998 0306 7 昨天", ["1069799803067"]),
    ("发件人 1065 5023 8841 2267", ["1065502388412267"]),
    ("106980095188", ["106980095188"]),
    ("10690000000 12:30", ["10690000000"]),
    ("1069 0345 1234 4/12", ["106903451234"]),
    ("欠款95000元", []),
    ("¥10,000", []),
    ("逾期10000元", []),
    ("还款12345元", []),
]


@pytest.mark.parametrize(("text", "expected"), PHONES)
def test_phone_forms(text: str, expected: list[str]) -> None:
    assert sorted(extract_entities(text).phones) == sorted(expected)


AMOUNTS = [
    ("欠款¥3,450.00", [3450.0]),
    ("欠款￥5200", [5200.0]),
    ("共计5200元", [5200.0]),
    ("本金1.2万元", [12000.0]),
    ("欠3千元", [3000.0]),
    ("人民币8800元", [8800.0]),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS)
def test_amount_forms(text: str, expected: list[float]) -> None:
    assert list(extract_entities(text).amounts) == expected


DATES = [
    ("昨天 05:07", ["2025-03-05"]),
    ("星期二", ["2025-03-04"]),
    ("11-03", ["2024-11-03"]),  # a later month than the capture: last year
    ("02-27 未接来电", ["2025-02-27"]),
    ("3月1日逾期", ["2025-03-01"]),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_relative_dates_resolve_against_capture_date(text: str, expected: list[str]) -> None:
    assert list(extract_entities(text, REF).dates) == expected


def test_no_capture_date_keeps_relative_dates_raw() -> None:
    found = extract_entities("昨天 05:07")
    assert found.dates == ()
    assert found.raw_dates == ("昨天",)
