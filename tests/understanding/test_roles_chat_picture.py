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


_SEARCH_TEXT = (
    "13:00 4G 75%\nQ阿龙 取消\n搜索聊天记录\n催 催收阿龙 09:15\n拉黑我也没用，你弟弟的微信我都有"
)


def test_a_chats_messages_headed_by_its_counterpart_stay_the_chats() -> None:
    # A chat-history search lists the counterpart's own messages under his name: the chat's
    # words, never a thread shown in a picture (its search box is no sender).
    found = ScreenRecord(
        "chat_1to1",
        "wechat",
        counterpart="催收阿龙",
        messages=(
            Message("in", "拉黑我也没用，你弟弟的微信我都有", sender="催收阿龙",
                    time="2026-06-08T09:15"),
        ),
        chrome=("13:00 4G 75%", "Q阿龙 取消", "搜索聊天记录"),
    )  # fmt: skip
    item = EvidenceItem(
        id="E2", kind="chat", file="E2.jpg", sha256="2" * 64, text=_SEARCH_TEXT,
        captured_on="2026-06-08", extra={"entities": {"screen": found.to_json()}},
    )  # fmt: skip
    rows = {row.sender: row for row in number_rows(Case(borrower=Borrower(), evidence=(item,)))}
    assert set(rows) == {"催收阿龙"}
    assert rows["催收阿龙"].messages == 1
