"""A spam folder's list read from its record: the folder's title the text took for a chat's is
no number, so the record's rows (numbers and whole messages) stay the reading."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.quotes import collector_quotes
from understanding.roles import number_rows

SAID = (
    ("王先生您好，快易花提醒：您的借款已逾期3天，为避免影响征信，请尽快还款。", "2026-10-25T09:00"),
    ("王磊你老婆电话我们已经打了，再不处理，明天打给你们主管李姐。", "2026-10-29T10:20"),
)
TEXT = """07:33
骚扰拦截
短信 电话
19155207731
王先生您好，快易花提醒：您的借款已逾期3天，为避免影响征信，请尽快还款。
10月25日
19155207731
王磊你老婆电话我们已经打了，再不处理，明天打给你们主管李姐。
10月29日"""


def test_a_spam_folders_rows_are_read_from_its_record() -> None:
    record = ScreenRecord(
        "sms_list", "miui",
        messages=tuple(Message("in", text, "19155207731", when) for text, when in SAID),
    )  # fmt: skip
    item = EvidenceItem(
        id="E1", kind="chat", file="E1.png", sha256="1" * 64, text=TEXT,
        captured_on="2026-10-30", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip
    case = Case(borrower=Borrower(name="王磊"), evidence=(item,))
    rows = {row.sender: row for row in number_rows(case)}
    assert "骚扰拦截" not in rows
    assert rows["19155207731"].role == "collector"
    assert rows["19155207731"].first_seen == "2026-10-25"
    assert [quote.text for quote in collector_quotes(case)] == [text for text, _when in SAID]
