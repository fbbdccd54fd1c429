"""A picture of a text thread sent in a chat: its messages are the thread's sender's."""

from __future__ import annotations

from tests.evidence.screens.boxes import load_screens, parse_boxes

SCREENS = load_screens("blind24_chat_pictures.json")


def _by_sender(key: str) -> dict[str, list[str]]:
    record = parse_boxes(SCREENS[key])
    found: dict[str, list[str]] = {}
    for message in record.messages:
        found.setdefault(message.sender, []).append(message.text)
    return found


def test_service_thread_in_a_picture_is_its_numbers_words() -> None:
    found = _by_sender("chat_picture_service_thread")
    shown = found["95013388"]
    assert len(shown) == 2
    assert all(text.startswith("【") for text in shown)
    own = found[""]
    assert not any("【" in text or "%" in text or "95013388" in text for text in own)
    assert any("发给我的" in text for text in own)


def test_mobile_thread_in_a_picture_is_its_numbers_words() -> None:
    found = _by_sender("chat_picture_mobile_thread")
    assert len(found["17785531246"]) == 2
    assert not any("转告" in text for text in found[""])


def test_inbox_picture_is_each_rows_heads_words() -> None:
    found = _by_sender("chat_picture_inbox_list")
    assert found["15283674419"] == ["你好，罗建欠钱不还，麻烦你转告他马上还款。"]
    assert not any("转告" in text or "%" in text for text in found[""])


def test_call_logs_tag_lines_in_a_picture_are_no_messages() -> None:
    record = parse_boxes(SCREENS["chat_picture_call_log"])
    assert not any("标记" in m.text or "疑似催收" in m.text for m in record.messages)
