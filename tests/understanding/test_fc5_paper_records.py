"""A paper's photo the screen parser calls a document makes no row of the number table."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import ScreenRecord
from understanding.roles import number_rows


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
