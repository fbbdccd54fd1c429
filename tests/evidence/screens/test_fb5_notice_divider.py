"""A chat's time divider drawn right under a one-line system notice: the notice's wrap is a
centred line under it, but a centred clock or date is the divider, which dates the bubbles."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.page_frame import chrome_lines
from evidence.screens.parse import parse_screen

W, H = 1080, 2340


def _lines(rows: list[tuple[str, int, int, int, int]]) -> list[OcrLine]:
    return [OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in rows]


def _chat(under: tuple[str, int, int, int, int]) -> list[OcrLine]:
    return _lines(
        [
            ("16:40 HD 5G", 40, 30, 300, 40),
            ("王经理", 470, 150, 140, 50),
            ("对方已开启朋友验证，你还不是他朋友", 250, 330, 580, 34),
            under,
            ("还钱，不然曝光你", 170, 520, 380, 50),
            ("按住 说话", 420, 2220, 240, 50),
        ]
    )


def test_a_centred_clock_under_a_notice_is_the_divider() -> None:
    lines = _chat(("3月12日 09:40", 440, 380, 200, 34))
    assert "3月12日 09:40" not in [ln.text for ln in chrome_lines(lines, W, H)]
    record = parse_screen(OcrResult("", tuple(lines), 0.0, W, H), date(2026, 3, 14))
    assert [(m.text, m.time) for m in record.messages] == [("还钱，不然曝光你", "2026-03-12T09:40")]


def test_a_centred_wrap_under_a_notice_is_still_its_second_line() -> None:
    lines = _chat(("请注意保护个人信息", 390, 380, 300, 34))
    assert "请注意保护个人信息" in [ln.text for ln in chrome_lines(lines, W, H)]
