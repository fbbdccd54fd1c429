"""Forwarded SMS threads (real OCR boxes in f2_chat_sms_screens.json): the avatar's digits
("20", "52") glued before a bubble's first line are the avatar, told by the wrapped line starting
right of them; a bubble's wrapped lines are one message; the place line right under the number
("广西南宁") is the header's second line, never a message."""

from __future__ import annotations

import pytest

from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("f2_chat_sms_screens.json")

WANT = {
    "sms_thread_avatar_digits_ubuntu": (
        "广西南宁",
        [
            "韦建华，米袋速借提醒您：账单已逾期2天，请今日还款，以免影响信用",
            "再不hk我们就按合同走仲裁，到时候仲裁费律师费全部由你承担",
        ],
    ),
    "forwarded_sms_thread_place_line": (
        "江苏宿迁",
        [
            "王芳女士：您表弟刘洋借款逾qi，您作为他的联系人请督促他还款",
            "不然我们会把他的欠款信息发到你们的家族群和朋友圈，别怪我们没提醒",
        ],
    ),
}


@pytest.mark.parametrize("name", list(WANT))
def test_a_forwarded_threads_bubbles_are_whole_and_unprefixed(name: str) -> None:
    place, bubbles = WANT[name]
    record = parse_boxes(SCREENS[name])
    assert record.kind == "sms_thread"
    said = [flat(m.text) for m in record.messages if m.side == "in"]
    assert said == [flat(b) for b in bubbles]
    assert place in record.chrome
    assert all(place not in m.text for m in record.messages)
