"""An app's own title is nobody's name: a Metro-like app's name in small capitals over the page's
title, and a notice centre's title beside its mark-all-read button."""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.header import app_caps, header_line, list_title
from tests.evidence.screens.boxes import load_screens, parse_boxes

SCREENS = load_screens("fa_screens.json")


def _line(text: str, x: int, y: int, w: int = 300, h: int = 35) -> OcrLine:
    return OcrLine(text=text, box=(x, y, w, h), confidence=0.9)


def test_the_page_title_under_the_apps_capitals_names_the_thread() -> None:
    record = parse_boxes(SCREENS["metro_app_title_over_number"])
    assert record.counterpart == "17155230918"
    assert not any("MESSAGING" in m.text for m in record.messages)
    record = parse_boxes(SCREENS["metro_app_title_over_name"])
    assert record.counterpart == "妈妈"
    assert not any("MESSAGING" in m.text for m in record.messages)


def test_capitals_in_the_same_type_as_the_line_under_them_are_the_title() -> None:
    lines = [_line("NOTES", 26, 81, 120, 40), _line("张经理", 26, 130, 140, 40)]
    assert header_line(lines, 780, 1688) is lines[0]
    assert app_caps(lines[0], 780)
    assert not app_caps(_line("OK", 26, 81), 780)


def test_a_title_with_a_mark_all_read_button_is_a_lists() -> None:
    assert list_title([_line("消息中心 全部已读", 19, 86, 740, 53)], 780, 1688)
    assert not list_title([_line("张经理 在线", 19, 86, 740, 53)], 780, 1688)
    record = parse_boxes(SCREENS["notice_centre_mark_all_read"])
    assert record.counterpart == ""
    assert record.kind == "sms_list"
