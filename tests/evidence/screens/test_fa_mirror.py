"""A phone mirrored into a desktop window (投屏): the phone is the screen, the window's title bar
and the desktop around it are nobody's words and no counterpart."""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.window_mirror import mirrored_phone
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("fa_screens.json")


def test_the_mirrored_phones_own_header_names_the_counterpart() -> None:
    for name, number in [
        ("mirror_window_sms", "17283910456"),
        ("mirror_window_sms_rog", "15083347719"),
    ]:
        record = parse_boxes(SCREENS[name])
        assert record.counterpart == number, name
        texts = [flat(m.text) for m in record.messages]
        assert not any("投屏" in t or t.startswith("2026") for t in texts), name
    rog = parse_boxes(SCREENS["mirror_window_sms_rog"])
    assert [m.side for m in rog.messages] == ["in", "in", "in", "out"]


def _line(text: str, x: int, y: int, w: int, h: int) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0)


def test_a_wide_page_whose_lines_span_the_screen_is_no_mirrored_phone() -> None:
    # A tablet's one-pane chat: bubbles at both sides of a wide screen.
    lines = [
        _line("张经理", 700, 30, 160, 40),
        _line("你今天必须还款", 60, 200, 400, 40),
        _line("我知道了", 1500, 300, 200, 40),
        _line("不还就上门", 60, 400, 300, 40),
        _line("好的好的", 1500, 500, 200, 40),
        _line("输入内容", 60, 1100, 200, 40),
    ]
    assert mirrored_phone(lines, 1920, 1200) is None


def test_a_narrow_column_without_a_window_title_bar_is_no_mirrored_phone() -> None:
    lines = [
        _line("17283910456", 740, 120, 300, 40),
        _line("你今天必须还款", 730, 260, 300, 30),
        _line("不还就上门", 730, 330, 300, 30),
        _line("我知道了", 940, 400, 200, 30),
        _line("输入内容", 726, 1070, 86, 33),
    ]
    assert mirrored_phone(lines, 1920, 1200) is None
