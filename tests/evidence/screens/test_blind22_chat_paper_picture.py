"""A chat whose collector sends a picture of a paper («催收告知书» over its lines), the avatar
beside it (real OCR boxes of blindgen22): the screen stays the chat, each avatar's bubble is a
message of its own, and the reply chips under an input box holding a draft are the phone's,
nobody's words."""

from __future__ import annotations

from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

_SCREENS = load_screens("blind2225_chat_heads.json")


def test_a_paper_sent_in_a_chat_leaves_the_screen_a_chat() -> None:
    record = parse_boxes(_SCREENS["chat_with_paper_picture"])
    assert record.kind == "chat_1to1"
    assert record.counterpart == "阿强-债务专员"
    texts = [flat(m.text) for m in record.messages]
    # The bubbles around the picture are the collector's words.
    assert any(t.startswith("睇清楚未") for t in texts)
    assert any(t.startswith("t讯录") for t in texts)
    assert [m.side for m in record.messages].count("out") == 1


def test_each_avatar_heads_a_bubble_of_its_own() -> None:
    record = parse_boxes(_SCREENS["chat_with_paper_picture"])
    first = next(m for m in record.messages if "我手上" in m.text)
    assert "催收告知书" not in first.text
    assert any(m.text.startswith("催收告知书") for m in record.messages)


def test_reply_chips_under_a_draft_are_nobodys_words() -> None:
    record = parse_boxes(_SCREENS["chat_with_paper_picture"])
    assert record.messages
    assert flat(record.messages[-1].text).startswith("t讯录")
    assert all("收到" not in m.text and "发送" not in m.text for m in record.messages)
