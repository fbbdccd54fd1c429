"""A lender's plain notice of the loan is no collector quote."""

from understanding.quotes import only_states_the_loan


def test_a_notice_of_the_loans_sums_and_due_day_is_no_quote() -> None:
    """The sums borrowed, paid out and owed with the due day, asking nothing now and
    threatening nobody, are the loan's terms, not harassing words."""
    assert only_states_the_loan(
        "【某某贷】张三您好，您于2026年3月2日借款5000元，到账4200元，应还总额6500元，还款日为4月2日。"
    )


def test_a_demand_or_threat_with_the_loans_sums_is_still_a_quote() -> None:
    """The same sums with the debt overdue, a deadline or a threat are pressure: quoted."""
    assert not only_states_the_loan("你借款5000元已逾期8天，到账4200元也是你签的，今天必须还清")
    assert not only_states_the_loan("你借款5000元，到账4200元，再不还我们就上门找你家里人")
    assert not only_states_the_loan("你的欠款今天到期，请今日内还清。")
