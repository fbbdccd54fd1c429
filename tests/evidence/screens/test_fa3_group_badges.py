"""A group chat's avatar badges: a lone initial below its member's name (the circle set lower
than the name) is a badge whatever the letter, and a name glued to its badge stays the name
over its bubble when the bubble sits inside the circle's height."""

from __future__ import annotations

from tests.evidence.screens.boxes import parse_boxes

# A family group: each member's name over the bubble, the initial's circle a little lower.
FAMILY = {
    "width": 1082,
    "height": 2258,
    "captured": "2026-03-11",
    "lines": [
        ["< 老王家一家亲(9)", 34, 111, 403, 63],
        ["11:02", 495, 256, 92, 45],
        ["二舅", 147, 313, 80, 54],
        ["晓峰咋回事，群里这人谁啊", 176, 393, 503, 54],
        ["速享法务部", 145, 485, 169, 49],
        ["速", 46, 510, 68, 64],
        ["各位家属好，王晓峰欠速享借6850", 179, 562, 630, 54],
        ["元拒不还款，请家属督促其今天处", 176, 623, 623, 54],
        ["理", 171, 677, 66, 64],
        ["妈妈", 145, 774, 84, 54],
        ["妈", 48, 804, 63, 62],
        ["晓峰快看一下", 174, 854, 263, 56],
        ["速享法务部", 150, 948, 169, 49],
        ["速", 46, 974, 68, 61],
        ["再不还就把他借钱的事发到他们公", 176, 1028, 621, 47],
        ["司群里，大家都别好过", 179, 1089, 415, 47],
        ["这是催收的，大家别理，把他踢了", 396, 1207, 618, 54],
        ["群公告 按住说话发送", 58, 2138, 997, 78],
    ],
}
# A work group: each badge glued to its member's name, the bubble inside the circle's height.
WORK = {
    "width": 595,
    "height": 1241,
    "captured": "2026-03-15",
    "lines": [
        ["<市场部工作群(23)", 17, 61, 238, 33],
        ["13:30", 270, 138, 54, 29],
        ["王 王经理", 24, 172, 118, 53],
        ["下午三点例会，大家准时", 98, 216, 253, 30],
        ["15:12", 270, 274, 55, 28],
        ["债 债务协调员老孙", 25, 308, 182, 47],
        ["各位同事，刘洋借钱不还已逾期，", 98, 352, 327, 25],
        ["人品如何大家心里有数，请转告他", 98, 383, 342, 29],
        ["尽快还钱", 97, 414, 100, 32],
        ["这人谁拉进来的?", 375, 482, 176, 31],
        ["债 债务协调员老孙", 27, 535, 180, 48],
        ["他今天不还，明天我们去你们公司", 96, 578, 342, 30],
        ["前台等他", 94, 610, 101, 32],
        ["王 王经理", 25, 662, 117, 49],
        ["群主把这人移出去", 97, 705, 186, 29],
        ["群公告 按住说话发送", 33, 1175, 546, 43],
    ],
}


def _said(screen: dict) -> list[tuple[str, str]]:
    return [(m.sender, m.text) for m in parse_boxes(screen).messages]


def test_a_members_initial_under_the_name_is_a_badge_and_the_name_the_sender() -> None:
    said = _said(FAMILY)
    assert ("速享法务部", "各位家属好，王晓峰欠速享借6850元拒不还款，请家属督促其今天处理") in said
    assert ("速享法务部", "再不还就把他借钱的事发到他们公司群里，大家都别好过") in said
    assert ("妈妈", "晓峰快看一下") in said
    assert not any(text in ("速", "妈", "速享法务部", "妈妈") for _who, text in said)


def test_a_name_glued_to_its_badge_heads_the_bubble_inside_the_circle() -> None:
    said = _said(WORK)
    expected = "各位同事，刘洋借钱不还已逾期，人品如何大家心里有数，请转告他尽快还钱"
    assert ("债务协调员老孙", expected) in said
    assert ("债务协调员老孙", "他今天不还，明天我们去你们公司前台等他") in said
