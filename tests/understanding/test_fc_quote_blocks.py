"""A reply's 引用 block (a name, a colon and the words of a bubble above it) is no new message."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.quotes import collector_quotes
from understanding.roles import number_rows
from understanding.screen_words import is_quote_block


def test_a_block_repeating_a_bubble_above_is_a_quote_block() -> None:
    above = ["陈先生，今天能处理多少？", "先还1000行不行"]
    assert is_quote_block("陈晓峰：先还1000行不行", above)
    assert is_quote_block('陈晓峰：先还1000行不行)) 14"', above)  # a voice bubble's glyphs after
    assert is_quote_block("我：陈先生，今天能…", above)  # a long bubble cut with "…"


def test_a_name_and_a_colon_before_new_words_is_a_message() -> None:
    above = ["先还1000行不行"]
    assert not is_quote_block("王磊：你的欠款今天到期，不还就上门", above)
    assert not is_quote_block("先还1000行不行", above)  # no name and colon: the bubble itself
    assert not is_quote_block("我：先还", ["先还"])  # too short to tell


def test_the_block_under_a_collectors_reply_is_neither_quoted_nor_counted() -> None:
    said = (
        ("in", "陈先生，加你是想和你好好沟通，今天能处理多少？"),
        ("out", "先还1000行不行"),
        ("in", "1000连罚息都不够，你当我们做慈善呢？"),
        ("in", "陈晓峰：先还1000行不行"),
    )
    record = ScreenRecord(
        "chat_1to1", "wechat", counterpart="橙意借-贷后小周",
        messages=tuple(Message(side, text, time="2026-11-14T10:58") for side, text in said),
    )  # fmt: skip
    item = EvidenceItem(
        id="E1", kind="chat", file="E1.png", sha256="1" * 64, text="", captured_on="2026-11-14",
        extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip
    case = Case(borrower=Borrower(name="陈晓峰"), evidence=(item,))
    (row,) = number_rows(case)
    assert (row.role, row.messages) == ("collector", 2)
    assert [quote.text for quote in collector_quotes(case)] == [said[0][1], said[2][1]]
