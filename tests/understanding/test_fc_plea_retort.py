"""The borrower's excuse thrown back as theirs alone ("工资没发是你的事") is the collector's
voice; the excuse said plainly stays the borrower's plea."""

from __future__ import annotations

from understanding.reply_voices import is_debtors_plea


def test_an_excuse_thrown_back_as_the_borrowers_own_business_is_no_plea() -> None:
    for text in (
        "工资没发是恁的事，合同上写的日子早过了",
        "你没钱是你自己的问题，跟我说没用",
        "工资还没发关我什么事？今天必须处理",
    ):
        assert not is_debtors_plea(text), text
    for text in ("真的在凑，工资还没发", "我现在确实没钱，能不能宽限几天"):
        assert is_debtors_plea(text), text
