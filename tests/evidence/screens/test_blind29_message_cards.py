"""A page of message cards (a DING-like 我收到的 page): each card its head's sender's words, the
page's title and the cards' feet nobody's."""

from __future__ import annotations

from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("blind29_senders.json")


def test_a_page_of_message_cards_is_each_cards_senders() -> None:
    record = parse_boxes(SCREENS["ding_cards"])
    assert record.counterpart == ""  # the page's title names no one
    assert [m.sender for m in record.messages] == ["贷后部-陈主管", "贷后部-陈主管"]
    assert flat(record.messages[0].text).endswith(flat("否则今日起联系你单位领导。"))
    assert record.messages[0].time.endswith("T10:05")
    assert not any("确认收到" in m.text for m in record.messages)  # the card's foot
    assert "1人未确认 确认收到" in record.chrome
