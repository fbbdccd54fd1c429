"""The facts form: case → values → case keeps what the form does not show."""

from __future__ import annotations

from drafting.form import case_with_form, form_values

from .conftest import case_named


def test_form_round_trip_is_lossless():
    case = case_named("typical")
    assert case_with_form(case, form_values(case)) == case


def test_form_values_are_parsed():
    case = case_named("minimal")
    values = form_values(case) | {
        "borrower_phone": "138-0000-1111",
        "calls": 0,
        "messages": 7,
        "channels": "电话，短信、微信",
        "collector_numbers": "170 0000 1234\n\n171-0000-5678",
        "demands": "停止联系亲友\n\n删除数据",
    }
    updated = case_with_form(case, values)
    assert updated.borrower.phone == "13800001111"
    assert updated.harassment.calls is None
    assert updated.harassment.messages == 7
    assert updated.harassment.channels == ("电话", "短信", "微信")
    assert updated.harassment.collector_numbers == ("17000001234", "17100005678")
    assert updated.demands == ("停止联系亲友", "删除数据")
