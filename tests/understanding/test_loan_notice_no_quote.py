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


def test_a_reminder_naming_the_due_date_ahead_is_no_quote() -> None:
    """The sum borrowed and the due day written out as a date still ahead, asking to pay on
    time: the loan's term, told before it falls due."""
    assert only_states_the_loan(
        "【某某花】尊敬的王五，您的借款6000.00元将于2026年11月21日到期，应还7460.00元，请按时还款。"
    )
    assert only_states_the_loan(
        "【某某贷】王先生，您的借款10000.00元将于11月26日到期，应还12000.00元，请确保余额充足。"
    )


def test_a_due_date_already_passed_or_a_threat_with_it_is_still_a_quote() -> None:
    assert not only_states_the_loan("您的借款6350元已于10月25日到期，请今日内还清。")
    assert not only_states_the_loan("你的借款5000元将于11月21日到期，不还就上门找你家人")
    assert not only_states_the_loan("您的借款5000元已逾期，原将于11月21日到期，今天必须还清")
