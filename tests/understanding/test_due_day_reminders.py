"""A reminder that the debt falls due today is collecting once its sender collects, even when it
recounts the loan; a notice of the loan paid out stays the platform's notice."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.due_reminders import due_day_ahead, reminds_of_due_day
from understanding.figures import conduct_span
from understanding.quotes import collector_quotes

CHANNEL = "95123456"
REMINDER = (
    "【某某分期】张三您好，您10月20日借款3000元（实际到账2460元，已扣服务费540元）今日到期，"
    "应还3960元，请按时还款。"
)
PRESSING = "【某某分期】您已被移交贷后部门处理，贷后人员将联系您的紧急联系人核实情况。"
PAID_OUT = "【某某分期】您借款3000元已放款，实际到账2460元，11月20日到期应还3960元，请按时还款。"


def _case(*messages: Message) -> Case:
    record = ScreenRecord("sms_thread", "miui", counterpart=CHANNEL, messages=messages)
    item = EvidenceItem(
        id="E1", kind="chat", file="E1.jpg", sha256="E1" * 32, text="",
        captured_on="2026-12-02", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip
    return Case(borrower=Borrower(name="张三", phone="13600001111"), evidence=[item])


def test_the_due_day_named_as_today_or_soon_is_a_reminder_and_a_written_date_is_not() -> None:
    assert reminds_of_due_day(REMINDER)
    assert reminds_of_due_day("【某某借】您的借款將於今日到期，請按時還款，謝謝。")
    assert reminds_of_due_day("亲，您的借款后天就到期啦，记得提前准备好还款哦")
    assert not reminds_of_due_day(PAID_OUT)
    assert not reminds_of_due_day("到期日 2026-11-20")


def test_a_collecting_channels_reminder_recounting_the_loan_starts_the_span_and_is_quoted() -> None:
    case = _case(
        Message("in", PAID_OUT, time="2026-10-20T10:00"),
        Message("in", REMINDER, time="2026-11-20T10:00"),
        Message("in", PRESSING, time="2026-12-01T23:10"),
    )
    roles = {CHANNEL: "collector"}
    assert conduct_span(case, roles) == ("2026-11-20", "2026-12-01")
    quotes = [q.text for q in collector_quotes(case, roles=roles)]
    assert any("今日到期" in q for q in quotes)
    assert not any("已放款" in q for q in quotes)


TERM = "【某某分期】张三您好，您的借款3000元将于2026年11月21日到期，应还3960元，请按时还款。"
OVERDUE = "【某某分期】张三，您已逾期1天，应还3960元，请今日内还清，逾期将上报征信。"


def test_a_due_day_written_after_the_message_is_a_term_not_yet_owed() -> None:
    assert due_day_ahead(TERM, "2026-11-20")
    assert due_day_ahead("您本期应还6350元将于3月8日到期，请按时还款。", "2026-03-06")
    assert not due_day_ahead(TERM, "2026-11-22")  # told once overdue: the day has passed
    assert not due_day_ahead(TERM, "")
    assert not due_day_ahead(OVERDUE, "2026-11-22")


def test_a_channels_term_sent_before_the_due_day_does_not_start_the_span() -> None:
    case = _case(
        Message("in", TERM, time="2026-11-20T10:00"),
        Message("in", OVERDUE, time="2026-11-22T09:30"),
        Message("in", PRESSING, time="2026-12-01T23:10"),
    )
    roles = {CHANNEL: "collector"}
    assert conduct_span(case, roles) == ("2026-11-22", "2026-12-01")
    assert not any("将于" in q.text for q in collector_quotes(case, roles=roles))
