"""A chat whose title a notification banner hides takes the title of another screenshot of the
same conversation; never the banner's sender, and never a title the messages do not share."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.quotes import all_collector_quotes
from understanding.roles import number_rows

NAME = "某某花-调解中心王主任"
FIRST = "王女士你好，我是调解中心王主任，你的案件今天下午将转交律师事务所。"
SECOND = "给你最后一个方案，今天先还五千，剩下的分两期，不同意就按流程走。"
THIRD = "三千不够，下午三点前凑不到五千，我们就通知你们领导和你所有同事。"
BANNER = "李经理小王，你来我办公室一趟"

TITLED = ScreenRecord(
    "chat_1to1",
    "qq",
    counterpart=NAME,
    messages=(
        Message("in", FIRST, time="2026-12-05T11:20"),
        Message("in", SECOND, time="2026-12-05T11:21"),
        Message("out", "我只能先还三千", time="2026-12-05T11:50"),
    ),
)
# The same thread scrolled on, under a banner that covers its title: the banner's two lines read
# as a bubble over the thread's.
COVERED = ScreenRecord(
    "chat_1to1",
    "qq",
    counterpart="",
    messages=(
        Message("in", BANNER, time="2026-12-05"),
        Message("in", FIRST, time="2026-12-05"),
        Message("in", SECOND, time="2026-12-05"),
        Message("out", "我只能先还三千", time="2026-12-05"),
        Message("in", THIRD, time="2026-12-05"),
    ),
)


def _case(*records: ScreenRecord) -> Case:
    items = tuple(
        EvidenceItem(
            id=f"E{i}", kind="chat", file=f"E{i}.png", sha256=str(i) * 64, text="",
            captured_on="2026-12-05", extra={"entities": {"screen": r.to_json()}},
        )
        for i, r in enumerate(records, 1)
    )  # fmt: skip
    return Case(borrower=Borrower(), evidence=items)


def test_a_covered_chat_is_its_titled_twins() -> None:
    case = _case(TITLED, COVERED)
    rows = {row.sender: row for row in number_rows(case)}
    assert set(rows) == {NAME}
    # The two shared messages count once; the one only the covered screen shows is hers too.
    assert rows[NAME].messages == 3
    assert rows[NAME].role == "collector"
    quotes = [q.text for q in all_collector_quotes(case)]
    assert THIRD in quotes
    # The banner over the thread is another chat's: never the counterpart's words.
    assert not any("办公室" in text for text in quotes)


def test_one_shared_message_names_no_twin() -> None:
    lone = ScreenRecord(
        "chat_1to1", "qq", counterpart="", messages=(Message("in", FIRST), Message("in", THIRD))
    )
    other = ScreenRecord(
        "chat_1to1", "qq", counterpart="别人", messages=(Message("in", FIRST), Message("in", "好"))
    )
    rows = {row.sender for row in number_rows(_case(other, lone))}
    assert NAME not in rows
    assert all(THIRD not in q.text for q in all_collector_quotes(_case(other, lone)))
