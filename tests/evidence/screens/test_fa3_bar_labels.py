"""A chat's title bar with a smaller label after the name (a role, the folder the thread sits in)
and a row of the bar's buttons under it: the name alone is the counterpart, the buttons are no
one's words."""

from __future__ import annotations

from datetime import date

import pytest

from evidence.ocr.base import OcrLine
from evidence.screens.chat_frame import chat_frame
from evidence.screens.header import title_name
from tests.evidence.screens.boxes import parse_boxes

# A message request in a short-video app: the folder's chip after the name, its accept and
# delete buttons under the bar, a "how long ago" divider (chrome) over the bubbles.
REQUEST = {
    "width": 1082,
    "height": 2258,
    "captured": "2026-03-17",
    "lines": [
        ["16:44 5G 49%", 36, 14, 1008, 55],
        ["<荆楚调解中心 消息请求", 36, 113, 503, 56],
        ["消息请求 接受删除", 34, 223, 408, 59],
        ["14分钟前", 471, 358, 140, 49],
        ["荆 李婷，你的视频俺们都看了，再不", 46, 445, 753, 61],
        ["处理欠款就在你每条视频底下留言", 174, 503, 626, 57],
        ["荆 粉丝都会知道你欠钱不还，你看着", 46, 628, 749, 64],
        ["办", 169, 687, 68, 59],
        ["发送消息", 60, 2157, 165, 56],
    ],
}
# A courier's chat: the role after the name, the card's buttons under the bar, a clock divider.
COURIER = {
    "width": 720,
    "height": 1720,
    "captured": "2026-03-15",
    "lines": [
        ["11:18 5G 81%", 28, 13, 663, 39],
        ["顺达快递-周师傅 派件员", 28, 84, 410, 47],
        ["联系快递员 查看物流", 26, 172, 303, 43],
        ["10:50", 324, 272, 74, 38],
        ["顺 刘洋是吧，你有个件到了，是海贝", 28, 337, 580, 50],
        ["借寄的催收函，签收一下", 135, 385, 351, 41],
        ["我没买东西", 509, 480, 169, 43],
        ["顺 别装了，欠的7500今天不还，下回", 26, 570, 592, 52],
        ["就不是快递上门了，嘛意思你懂", 137, 623, 441, 36],
        ["输入消息 发送", 45, 1630, 653, 58],
    ],
}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("<荆楚调解中心 消息请求", "荆楚调解中心"),
        ("越州资产管理 陌生人私信", "越州资产管理"),
        ("顺达快递-周师傅 派件员", "顺达快递-周师傅"),
        ("< 信息 张三", "信息 张三"),  # as long as the name: an iOS back label, not a chip
        ("张伟 王芳", "张伟 王芳"),
        ("王经理 DING", "王经理 DING"),
    ],
)
def test_a_shorter_label_after_the_name_is_no_part_of_it(text: str, name: str) -> None:
    assert title_name(text) == name


@pytest.mark.parametrize("screen", [REQUEST, COURIER])
def test_the_bars_buttons_under_the_title_are_no_ones_words(screen: dict) -> None:
    record = parse_boxes(screen)
    texts = [m.text for m in record.messages]
    assert record.counterpart in ("荆楚调解中心", "顺达快递-周师傅")
    assert not any(("接受" in t or "查看物流" in t) for t in texts)
    assert texts[0].startswith(("李婷", "刘洋是吧"))


def _line(text: str, x: int, y: int, w: int = 300, h: int = 50) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0)


def test_a_cut_off_bubble_at_the_top_stays_words() -> None:
    # Short words at the edge, but the next incoming bubble shares their edge: a bubble.
    lines = [_line("好的 谢谢", 30, 200), _line("明天再说吧", 30, 320)]
    assert chat_frame(lines, 1000, date(2026, 3, 1)).lines == lines
    # A bubble's words set in from the edge (past an avatar) are never the bar's row.
    lines = [_line("好的 谢谢", 150, 200), _line("12:30", 450, 300)]
    assert chat_frame(lines, 1000, date(2026, 3, 1)).lines == lines
