"""A group member's bubble whose first line OCR read with the avatar's glyph glued on: cut off
the glyph, the line touches the member's name over it, still that member's bubble."""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.messages import _nick_side
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("blind29_senders.json")


def test_a_bubble_with_the_badge_cut_off_keeps_the_name_over_it() -> None:
    record = parse_boxes(SCREENS["group_glued_badge"])
    by_text = {flat(m.text): m.sender for m in record.messages}
    assert (
        by_text[flat("本金加逾期费一共6480，他不还你们这些担保人都跑不脱。")] == "速易借法务-王专员"
    )
    assert by_text[flat("我们哪个给他担保了？莫在这儿乱说，我报警了哈。")] == "幺爸"


def test_a_name_touching_its_bubble_is_still_its_name() -> None:
    name = OcrLine("王专员", (178, 1364, 245, 48), 90.0)
    bubble = OcrLine("本金加逾期费一共6480，他不还你们", (210, 1412, 648, 57), 90.0)
    assert _nick_side(name, bubble, 1224) == "in"
