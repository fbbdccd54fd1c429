"""An SMS thread whose counterpart's wide bubbles start past an unread avatar's band: they end
well short of the edge the owner's bubbles end at, so they are the counterpart's, though their
left margin is as wide as their right."""

from __future__ import annotations

from tests.evidence.screens.boxes import parse_boxes

THREAD = {
    "width": 720,
    "height": 1720,
    "captured": "2026-03-15",
    "lines": [
        ["15264578231", 26, 27, 277, 43],
        ["下午4:01", 305, 129, 109, 43],
        ["刘洋你嘛呢？你同事都知道了，还", 135, 202, 476, 42],
        ["不还", 132, 244, 79, 48],
        ["月底一定还，别再找我同事", 294, 340, 384, 47],
        ["晚上7:44", 305, 425, 110, 37],
        ["月底？你跟我这儿逗闷子呢，明儿", 135, 493, 476, 41],
        ["就去你们公司", 133, 539, 198, 41],
        ["短信/彩信 发送", 43, 1630, 655, 60],
    ],
}


def test_wide_bubbles_short_of_the_owners_edge_are_the_counterparts() -> None:
    sides = [(m.side, m.text) for m in parse_boxes(THREAD).messages]
    assert sides == [
        ("in", "刘洋你嘛呢？你同事都知道了，还不还"),
        ("out", "月底一定还，别再找我同事"),
        ("in", "月底？你跟我这儿逗闷子呢，明儿就去你们公司"),
    ]
