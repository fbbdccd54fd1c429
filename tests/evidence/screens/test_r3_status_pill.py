"""A status bar OCR split: a skin's pill ("第二空间") and a photo's bar set in a margin."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen

_DAY = date(2026, 4, 3)


def _parse(rows: list[tuple[str, tuple[int, int, int, int]]], width: int, height: int) -> object:
    lines = tuple(OcrLine(t, box, 90.0) for t, box in rows)
    text = "\n".join(ln.text for ln in lines)
    return parse_screen(OcrResult(text, lines, 0.0, width, height), _DAY)


def test_a_pill_inside_the_status_bar_is_no_header() -> None:
    record = _parse(
        [
            ("09:20 4G 82%", (21, 9, 738, 42)),
            ("第二空间", (94, 7, 128, 46)),
            ("表姐阿玲", (21, 77, 177, 50)),
            ("13:09", (357, 165, 66, 34)),
            ("有个叫阿Ken嘅加我微信，话你借咗钱唔还。", (132, 225, 456, 40)),
            ("按住说话 发送", (31, 1533, 740, 44)),
        ],
        780,
        1688,
    )
    assert record.counterpart == "表姐阿玲"
    assert "第二空间" in record.chrome


def test_a_photos_split_status_row_in_a_margin_is_chrome() -> None:
    record = _parse(
        [
            ("16:20", (325, 90, 63, 34)),
            ("第二空间 4G 68%", (382, 92, 497, 59)),
            ("<95187230", (319, 142, 157, 44)),
            ("昨天12:00", (549, 217, 93, 34)),
            ("【贷后通知】何嘉欣你好，你已被列入重点催收名单。", (407, 259, 339, 56)),
        ],
        1140,
        1500,
    )
    assert record.counterpart == "95187230"
    assert "第二空间 4G 68%" in record.chrome
