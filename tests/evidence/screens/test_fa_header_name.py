"""A header's name without what the bar draws beside it: a shop's badge after the name, a
group's menu button after its member count."""

from __future__ import annotations

import pytest

from evidence.screens.header import title_name
from tests.evidence.screens.boxes import load_screens, parse_boxes

SCREENS = load_screens("fa_screens.json")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("速易貸官方客服 小店", "速易貸官方客服"),
        ("优品速贷客服 小店", "优品速贷客服"),
        ("黃氏一家親(12) 群聊…", "黃氏一家親(12)"),
        ("张总 ⋮", "张总"),
        ("< 微信(3) 张三", "张三"),
        ("小店", "小店"),
    ],
)
def test_the_bars_badge_and_menu_button_are_no_part_of_the_name(text: str, name: str) -> None:
    assert title_name(text) == name


def test_a_shop_chats_counterpart_is_the_shops_name_alone() -> None:
    assert parse_boxes(SCREENS["shop_badge_header"]).counterpart == "速易貸官方客服"
    assert parse_boxes(SCREENS["shop_badge_header_zh"]).counterpart == "优品速贷客服"


def test_a_group_title_keeps_its_member_count_out_of_the_name() -> None:
    record = parse_boxes(SCREENS["group_tall_badges_hant"])
    assert record.kind == "group_chat"
    assert record.counterpart == "黃氏一家親"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("返回 湘信法务・周律 聊天详情", "湘信法务・周律"),
        ("返回 蚌埠调解-老孙 聊天详情", "蚌埠调解-老孙"),
        ("张 经理 公司", "张 经理 公司"),  # a person saved under three words keeps them all
        ("返回 张三 详情", "返回 张三 详情"),  # a middle word no longer than a button's is left
    ],
)
def test_the_bars_button_words_at_its_ends_are_not_the_name(text: str, name: str) -> None:
    assert title_name(text) == name


_FRAMED_BAR = {
    "captured": "2026-03-16",
    "width": 780,
    "height": 1688,
    "lines": [
        ["21:15", 28, 16, 85, 39],
        ["返回 湘信法务・周律 聊天详情", 14, 93, 750, 46],
        ["本周一20:40", 320, 197, 141, 35],
        ["律 曾小军，你在金橙分期的9600冒得", 37, 267, 558, 44],
        ["还，案子已经转到我这里咯", 131, 315, 367, 35],
        ["我在想办法，莫打我爸爸电话 我", 247, 403, 498, 44],
        ["律 你莫霸蛮，再拖下去我们直接去你", 35, 494, 553, 46],
        ["屋里，找你爸爸当面谈", 131, 538, 308, 40],
    ],
}


def test_a_bar_read_edge_to_edge_names_the_counterpart_between_its_buttons() -> None:
    assert parse_boxes(_FRAMED_BAR).counterpart == "湘信法务・周律"
