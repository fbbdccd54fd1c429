"""A notice naming the borrower's overdue debt and a step announced against them or their
family (a lawyer, a visit, the family contacted) collects, even when it asks for no payment."""

from understanding.demands import is_collecting


def test_overdue_debt_handed_to_a_lawyer_who_will_call_the_family_collects() -> None:
    text = "【某某资产】王小明您好，您的逾期账款已委托属地律师处理，律师将于今日联系您及您的家属。"
    assert is_collecting(text, channel=True)


def test_overdue_debt_with_a_visit_announced_collects() -> None:
    text = "【某某金融】您的欠款已逾期30天，我司将于明日安排人员上门核实。"
    assert is_collecting(text, channel=True)


def test_plain_due_date_reminder_stays_a_notice() -> None:
    text = "【某某借款】您的账单将于12月5日到期，到期日当天系统自动扣款，可登录APP查看详情。"
    assert not is_collecting(text, channel=True)


def test_offer_of_legal_help_for_overdue_debt_is_no_pressure() -> None:
    text = "【某某法务】逾期了怎么办？专业律师帮您协商分期，回T退订。"
    assert not is_collecting(text, channel=True)


def test_step_without_any_debt_is_no_pressure() -> None:
    text = "【某某医院】您的体检报告已出，工作人员将通知您的家属领取。"
    assert not is_collecting(text, channel=True)
