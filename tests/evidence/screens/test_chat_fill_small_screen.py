"""A phone's chat shown small in a wide picture (a laptop's photo of it): every bubble's margins
are alike on both sides, so no side is sure by geometry; the owner's bubbles wear the app's
accent, the counterpart's a neutral fill, and that says the sides."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.chat_fill import sides_by_fill
from evidence.screens.parse import parse_screen
from tests.evidence.screens.boxes import flat

_HERE = Path(__file__).parent
BLUE = (69, 132, 244)
GREY = (243, 243, 243)


def _fixture_screen(name: str) -> OcrResult:
    data = json.loads((_HERE / "blind28_bubble_fills.json").read_text(encoding="utf-8"))[name]
    lines = tuple(
        OcrLine(text, (x, y, w, h), 90.0, tuple(fill) if fill else None)
        for text, x, y, w, h, fill in data["lines"]
    )
    return OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, data["width"], data["height"])


def test_with_no_side_sure_the_neutral_bubbles_are_the_counterparts() -> None:
    sides = sides_by_fill(
        ["out", "in", "out", "out"], [GREY, GREY, BLUE, GREY], [False] * 4, [False] * 4
    )
    assert sides == ["in", "in", "out", "in"]


def test_a_chat_shown_small_in_a_wide_picture_takes_its_sides_from_the_fills() -> None:
    record = parse_screen(_fixture_screen("chat_shown_small_in_a_wide_picture"), date(2026, 10, 30))
    sides = {flat(m.text)[-6:]: m.side for m in record.messages}
    assert sides[flat("你也不想你单位的人知道吧，今天处理了大家都省事。")[-6:]] == "in"
    assert sides[flat("那就等着上门核实吧，地址我们已经核实到南阳市宛城区。")[-6:]] == "in"
    assert sides[flat("我今天真的凑不齐两千五，最多一千。")[-6:]] == "out"
    assert sides[flat("王专员您好，我不是不还，能不能分期？每个月还一千五可以吗?")[-6:]] == "out"
