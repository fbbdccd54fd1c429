"""A picture of a text thread forwarded in a chat, its title number read by OCR in one box with
the picture's status bar, under a bubble that speaks without a mark: the thread is the
number's, the chat's title stays the contact's."""

from __future__ import annotations

from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("blind29_senders.json")


def test_a_pictures_title_joined_to_its_status_bar_names_the_thread() -> None:
    # The bubble over the picture speaks without a mark ("你看看这是啥人给我发的短信"); the
    # picture's title number sits in its status bar's box.
    record = parse_boxes(SCREENS["chat_picture_joined_title"])
    assert record.counterpart == "媳妇"
    said = [flat(m.text) for m in record.messages if m.sender == "15393701264"]
    assert len(said) == 2
    assert said[0].startswith(flat("你是马建军的老婆吧"))
    assert said[1].startswith(flat("让他今天下午五点前"))
    # The contact's own bubbles stay hers, the picture's lines out of them.
    own = [flat(m.text) for m in record.messages if m.sender == ""]
    assert flat("吓得我手都在抖，你到底欠了多少？") in own
    assert not any("马建军" in text for text in own)
