"""A due-day reminder from a number that collects: a contact the table counts, never conduct."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.account_notices import is_due_reminder
from understanding.figures import conduct_span
from understanding.quotes import collector_quotes
from understanding.roles import number_rows

DUE = "王浩然，某某贷后部提醒：您在本平台的借款今日到期，应还6230元，请按时还款。"
THREAT = "已逾期两天，今晚12点前不还，明早我们就开始联系你认识的人，别说没提醒过你。"


def _case(*messages: Message, counterpart: str = "150 5671 3390") -> Case:
    record = ScreenRecord("sms_thread", "ios", counterpart=counterpart, messages=messages)
    item = EvidenceItem(
        id="E1", kind="sms", file="E1.jpg", sha256="e" * 64, text="",
        captured_on="2026-11-06", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip
    return Case(borrower=Borrower(name="王浩然", phone="13600001111"), evidence=[item])


def test_a_due_day_reminder_is_a_template_on_the_bill_alone() -> None:
    assert is_due_reminder(DUE)
    assert is_due_reminder("【港易借】您的借款今日到期，應還6,960.00元，請按時還款以免影響信用。")
    assert is_due_reminder("【逾期通知】借款金额8,000.00元，到账6,800.00元，当前应还9,360.00元。")
    assert not is_due_reminder(THREAT)  # overdue, with a deadline and the borrower's people
    assert not is_due_reminder("您的借款今日到期，今天不还明天就去你单位找你领导。")
    assert not is_due_reminder("今天到期了我跟你说，赶紧还，别逼我。")  # a person's voice
    assert not is_due_reminder("【某贷】您的借款已逾期3天，请尽快还款。")  # past the due day


def test_a_collectors_due_reminder_counts_but_opens_no_span_and_is_no_quote() -> None:
    case = _case(
        Message(side="in", text=DUE, time="2026-11-02T09:15"),
        Message(side="in", text=THREAT, time="2026-11-04T20:12"),
        Message(side="out", text="明天一定处理", time="2026-11-04T20:30"),
    )
    rows = {row.sender: row for row in number_rows(case)}
    row = rows["15056713390"]
    assert row.role == "collector"
    assert row.messages == 2  # the reminder is still a contact in the number table
    assert conduct_span(case) == ("2026-11-04", "2026-11-04")
    assert [q.text for q in collector_quotes(case)] == [THREAT]


def test_a_papers_photo_the_parser_calls_a_document_makes_no_row() -> None:
    # Where the screen parser tells a paper's photo from a chat, its record is a document, and
    # its title ("公安协查通知") is no one who wrote. (A paper it still reads as a chat is told
    # by understanding.papers_posts.is_paper_photo.)
    text = "公安协查通知\n汪志远同志：经查，你名下网络借款长期逾期。\n安庆市公安局经侦支队（章)"
    record = ScreenRecord("document", fields={"title": "公安协查通知", "issuer": "公安局"})
    item = EvidenceItem(
        id="E1", kind="chat", file="E1.jpg", sha256="d" * 64, text=text,
        captured_on="2026-05-19", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip
    case = Case(borrower=Borrower(name="汪志远", phone="13600001111"), evidence=[item])
    assert number_rows(case) == []
