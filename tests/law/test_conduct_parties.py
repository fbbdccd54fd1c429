"""Whose words a letter may call the collectors': a saved name is its number's party, and the
app's own text in a collector's thread is nobody's words."""

from __future__ import annotations

from drafting.quotes import QUOTE_LIMIT
from drafting.skeleton.slots import facts_lines
from evidence.screens.records import Message, ScreenRecord
from law.conduct import collector_said, sender_roles
from tests.understanding.test_case_records import case_of, item

DEMAND = "今天必须还清欠款，否则明天联系你单位的领导。"
PHOTO = "你再不还钱就把你的照片发到你们公司群里。"


def _case():
    thread = ScreenRecord(
        "sms_thread", counterpart="王经理 176 2045 8831",
        messages=(Message("in", DEMAND, time="2026-10-02T10:00"), Message("in", "⊕ 输入信息 ☺")),
    )  # fmt: skip
    chat = ScreenRecord(
        "chat_1to1", "wechat", counterpart="王经理",
        messages=(Message("in", PHOTO, time="2026-10-03T10:00"),),
    )  # fmt: skip
    return case_of(
        item("E1", thread), item("E2", chat, kind="chat"), roles={"17620458831": "collector"}
    )


def test_the_saved_name_of_a_collectors_number_is_a_collector():
    roles = sender_roles(_case())
    assert roles["17620458831"] == "collector"
    assert roles["王经理"] == "collector"


def test_a_chat_under_the_saved_name_is_the_collectors_words():
    said = {s.text: s for s in collector_said(_case())}
    assert said[PHOTO].where == "证据E2（催收方 王经理）"  # not "发送方未识别"
    assert said[DEMAND].exhibit == "E1"


def test_an_input_box_in_a_collectors_thread_is_nobodys_words():
    assert not [s for s in collector_said(_case()) if "输入信息" in s.text]


def test_a_letter_says_how_many_collector_messages_it_left_out():
    many = tuple(
        Message("in", f"第{n}次通知：今天必须还清欠款，否则明天联系你单位的领导和同事。",
                time=f"2026-10-{n % 28 + 1:02d}T{n % 12 + 8:02d}:00")
        for n in range(1, QUOTE_LIMIT + 6)
    )  # fmt: skip
    thread = ScreenRecord("sms_thread", counterpart="176 2045 8831", messages=many)
    lines = facts_lines(case_of(item("E1", thread), roles={"17620458831": "collector"}))
    assert "另有5条对方消息未列出，见所附证据。" in lines
    few = ScreenRecord("sms_thread", counterpart="176 2045 8831", messages=many[:3])
    lines = facts_lines(case_of(item("E1", few), roles={"17620458831": "collector"}))
    assert not [line for line in lines if line.startswith("另有")]
