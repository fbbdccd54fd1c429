"""A bubble's fill settles its side where geometry is unsure, and never overrules a plain side."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.chat_fill import sides_by_fill
from evidence.screens.messages import chat_parts
from evidence.screens.parse import parse_screen
from tests.evidence.screens.boxes import flat

_HERE = Path(__file__).parent
GREEN = (149, 236, 105)
WHITE = (255, 255, 255)
DAY = date(2026, 11, 10)


def _line(text: str, x: int, y: int, w: int, h: int, fill=None) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0, fill)


def _wide_reply(fill) -> list[OcrLine]:
    """A counterpart's short bubble, the owner's short bubble, then a full-width bubble that
    starts at the counterpart's column: its margins alone cannot say whose it is."""
    return [
        _line("你什么时候还钱", 160, 300, 360, 40, WHITE),
        _line("我在想办法", 620, 420, 300, 40, GREEN),
        _line("我这个月工资还没发下来，下个月十号一定全部还清，", 160, 540, 780, 40, fill),
        _line("请不要再打电话给我的家人和同事了", 160, 590, 600, 40, fill),
    ]


def _sides(lines: list[OcrLine]) -> dict[str, str]:
    messages, _calls = chat_parts(lines, 1080, DAY, False)
    return {m.text[:4]: m.side for m in messages}


def test_a_wide_bubble_in_the_owners_fill_is_the_owners() -> None:
    assert _sides(_wide_reply(GREEN)) == {"你什么时": "in", "我在想办": "out", "我这个月": "out"}


def test_a_wide_bubble_keeps_its_column_side_without_fills_or_in_the_counterparts_fill() -> None:
    assert _sides(_wide_reply(None))["我这个月"] == "in"
    assert _sides(_wide_reply(WHITE))["我这个月"] == "in"


def test_colour_never_overrules_a_plain_side() -> None:
    sides = sides_by_fill(["in", "out"], [GREEN, WHITE], [False, False], [True, True])
    assert sides == ["in", "out"]


def test_one_fill_on_both_sides_says_nothing() -> None:
    fills = [WHITE, WHITE, WHITE]
    assert sides_by_fill(["in", "out", "in"], fills, [False] * 3, [True, True, False]) == [
        "in",
        "out",
        "in",
    ]


def test_a_warm_card_among_the_counterparts_bubbles_stays_theirs() -> None:
    orange = (250, 157, 59)
    sides = sides_by_fill(["in", "in"], [WHITE, orange], [False, False], [True, True])
    assert sides == ["in", "in"]


def test_an_accent_bubble_among_bubbles_drawn_on_the_page_colour_is_the_owners() -> None:
    # A light SMS skin: the collector's grey bubbles read as the page (no fill), the borrower's
    # blue reply hangs from the same left column.
    blue = (13, 132, 255)
    sides = sides_by_fill(
        ["in", "in", "in", "in"], [None, blue, None, None], [False] * 4, [True] * 4
    )
    assert sides == ["in", "out", "in", "in"]


def test_a_lone_accent_bubble_with_no_unfilled_peers_stays_where_it_hangs() -> None:
    blue = (13, 132, 255)
    assert sides_by_fill(["in", "in"], [blue, blue], [False] * 2, [True] * 2) == ["in", "in"]


def _fixture_screen(name: str) -> OcrResult:
    data = json.loads((_HERE / "blind25_bubble_fills.json").read_text(encoding="utf-8"))[name]
    lines = tuple(
        OcrLine(text, (x, y, w, h), 90.0, tuple(fill) if fill else None)
        for text, x, y, w, h, fill in data["lines"]
    )
    return OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, data["width"], data["height"])


def test_an_sms_reply_drawn_on_the_counterparts_column_is_the_owners_by_its_accent() -> None:
    # A dark SMS skin draws the borrower's reply at the collector's x-extent, green on grey.
    record = parse_screen(_fixture_screen("sms_thread_reply_on_the_counterparts_column"), DAY)
    sides = {flat(m.text): m.side for m in record.messages}
    assert sides[flat("我在跑长途，回来就处理，别打我同事。")] == "out"
    assert sides[flat("赶紧的把8640转过来，不hk今天就给你车队的同事挨个打电话。")] == "in"
    assert sides[flat("马晓军你咋了嘛，电话也不接，钱也不还，你当我们是开善堂的？")] == "in"
