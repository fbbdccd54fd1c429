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
