"""A text thread shown in a chat's picture is its sender's, never the chat counterpart's."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.roles import number_rows

SIGNED = "【某某调解】您的同事王小军欠款逾期，今日仍不处理，我方将前往贵单位核实情况。"
CHAT = ScreenRecord(
    "chat_1to1",
    "wechat",
    counterpart="小赵",
    messages=(
        Message("in", "小军，这是发给我的，你看看", time="2026-11-06T12:10"),
        Message("in", "我又不是你的紧急联系人，烦得很", time="2026-11-06T12:12"),
        Message("out", "兄弟对不住，马上处理", time="2026-11-06T12:28"),
        Message("in", SIGNED, sender="95013388", time="2026-11-06T11:00"),
    ),
)


def test_picture_thread_goes_to_its_sender() -> None:
    item = EvidenceItem(
        id="E1", kind="chat", file="E1.jpg", sha256="1" * 64, text="",
        captured_on="2026-11-06", extra={"entities": {"screen": CHAT.to_json()}},
    )  # fmt: skip
    rows = {row.sender: row for row in number_rows(Case(borrower=Borrower(), evidence=(item,)))}
    assert rows["小赵"].role != "collector"
    assert rows["小赵"].messages == 2
    assert rows["95013388"].messages == 1
