"""A chat whose bubbles include voice calls ("未接听", "通话时长 00:32", "对方已取消") is still a
chat: its time separators say conversation, and its collector's words stay messages
(real OCR boxes in f2_chat_sms_screens.json)."""

from __future__ import annotations

from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("f2_chat_sms_screens.json")


def test_a_chat_with_voice_call_bubbles_is_a_chat() -> None:
    record = parse_boxes(SCREENS["chat_with_voice_call_bubbles"])
    assert record.kind == "chat_1to1"
    assert record.counterpart == "米袋-催收组小李"
    said = [flat(m.text) for m in record.messages if m.side == "in"]
    assert flat("宽限可以，先交500展期费，不然今天下午就开始联系你通讯录") in said
    assert flat("一部分是多少？别跟我讨价还价，cs这边只看结果") in said
