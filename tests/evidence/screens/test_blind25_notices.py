"""A lock screen's missed-call card («未接来电 (2)») and a DM app's message-request gate
(«消息请求·对方不是你的关注 回复后对方可继续发消息») are the phone's and the app's words, never
a message of anyone."""

from __future__ import annotations

from evidence.screens.lockscreen import MISSED_CALL_CARD
from tests.evidence.screens.boxes import load_screens, parse_boxes

_SCREENS = load_screens("blind25_notices.json")
_LOCKS = ("Screenshot_2026-11-02-07-10-22.png", "Screenshot_20261111_090233.png")


def test_a_missed_call_card_on_a_lock_screen_is_no_message() -> None:
    for name in _LOCKS:
        record = parse_boxes(_SCREENS[name])
        assert record.kind == "sms_list"
        assert not any("未接来电" in m.text for m in record.messages)
        # The text message's card beside it keeps its words and its sender.
        assert len(record.messages) == 1
        assert record.messages[0].sender.replace(" ", "").isdigit()


def test_a_missed_call_card_counts_its_callers_calls() -> None:
    for name, count in zip(_LOCKS, (2, 3), strict=True):
        calls = parse_boxes(_SCREENS[name]).calls
        assert [(len(c.number) >= 10, c.count, c.direction) for c in calls] == [
            (True, count, "missed")
        ]


def test_missed_call_cards_read_with_or_without_a_count() -> None:
    for text in ("未接来电", "未接来电 (3)", "未接来电（2）", "2个未接来电"):
        assert MISSED_CALL_CARD.match(text)
    assert not MISSED_CALL_CARD.match("未接来电太多了，赶紧回电话")


def test_a_message_request_gate_is_no_message() -> None:
    record = parse_boxes(_SCREENS["Screenshot_2026-11-03-22-40-11.png"])
    assert not any("消息请求" in m.text or "回复后对方" in m.text for m in record.messages)
    assert len(record.messages) == 2
