"""A phone's group chat photographed on a laptop's screen: a narrow column of the phone's lines
in the middle of a wide picture, no window title bar over it. The column is the phone's screen,
so each member's name over their bubbles is read as who posted."""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.window_mirror import mirrored_phone
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("blind28_laptop_screens.json")


def test_each_members_name_over_their_bubbles_is_who_posted() -> None:
    record = parse_boxes(SCREENS["laptop_group_card"])
    assert record.kind == "group_chat"
    assert record.counterpart.startswith("宝鸡恒通建材")

    def poster(start: str) -> str:
        return next(m.sender for m in record.messages if flat(m.text).startswith(start))

    assert poster("这是他留的紧急联系人") == "杨帆老同学"
    assert poster("你是哪个") == "张工长"
    assert poster("杨帆这娃实诚") == "李师傅"
    assert all(m.side == "in" for m in record.messages)


def test_the_renamed_members_first_post_is_his_and_the_rename_is_nobodys_words() -> None:
    record = parse_boxes(SCREENS["laptop_group_renamed"])
    assert record.kind == "group_chat"
    first = record.messages[0]
    assert first.sender == "晓峰表哥"
    assert flat(first.text).startswith("各位同事好")
    posted = [m for m in record.messages if m.sender == "邯郸调解中心-刘"]
    assert len(posted) >= 2
    assert not any(m.sender and "修改群昵称" in m.text for m in record.messages)


def _line(text: str, x: int, y: int, w: int, h: int = 32) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0)


def test_a_column_with_words_beside_it_is_no_phone_on_the_screen() -> None:
    # A square watch photo: its clock centred, one wide card line past the narrow column.
    lines = [
        _line("08:03", 255, 62, 90),
        _line("LTE·76%", 256, 101, 88),
        _line("信息·08:02", 230, 141, 140),
        _line("17283910456", 217, 175, 165),
        _line("醒了没？钱准备好了就回个话", 79, 213, 384),
        _line("清除 查看", 228, 263, 144),
    ]
    assert mirrored_phone(lines, 600, 600) is None
