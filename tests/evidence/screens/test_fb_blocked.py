"""A blocker's 拦截记录 page whose rows give counts as a call log does ("13326548870 (3) 13:20"),
not "拦截3次": the page's own heading over the rows says blocker. A blocked call is a call of its
number; a blocked text (number and time over its words) is that number's message, never a call.
Real OCR boxes of drawn pages (fb_screens.json)."""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.calls_pages import blocked_page
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("fb_screens.json")


def _calls(record) -> dict[str, int]:
    counts: dict[str, int] = {}
    for call in record.calls:
        counts[call.number] = counts.get(call.number, 0) + call.count
    return counts


def test_a_blocked_text_is_its_numbers_words_not_a_call() -> None:
    record = parse_boxes(SCREENS["block_shatin"])
    assert _calls(record) == {"13326548870": 5, "4008123366": 1}
    [said] = record.messages
    assert said.sender == "13326548870"
    assert said.time == "2026-11-13T13:25"
    assert flat(said.text) == flat("接電話！躲是躲不掉的，你的資料我們全部都有")


def test_a_blocked_text_wrapped_over_two_lines_is_one_message() -> None:
    record = parse_boxes(SCREENS["block_zhuzhou"])
    assert _calls(record) == {"18476620935": 2, "15083347719": 1}
    [said] = record.messages
    assert said.sender == "15083347719"
    assert flat(said.text).endswith(flat("让全公司都知道你欠钱不还"))


def _line(text: str, y: int) -> OcrLine:
    return OcrLine(text, (24, y, 700, 40), 90.0)


def test_a_heading_below_the_rows_names_no_blocker_page() -> None:
    # A call log's rows first: a short "已拦截" line under them is no heading of the page.
    lines = [
        _line("13800000000 (2) 10:00", 100),
        _line("广东深圳", 140),
        _line("已拦截", 200),
    ]
    assert blocked_page(lines, 780, None) is None


def test_a_message_saying_blocked_is_no_heading() -> None:
    lines = [
        _line("你的号码被我拦截了，别再打了", 60),
        _line("13800000000 10:00", 100),
        _line("广东深圳", 140),
    ]
    assert blocked_page(lines, 780, None) is None


def test_a_spam_sms_folder_without_a_blocked_call_stays_an_inbox() -> None:
    # Rows of a number over short words: nothing counted or tagged as a call, so no call.
    lines = [
        _line("骚扰拦截", 60),
        _line("13800000000 10:00", 100),
        _line("在吗", 140),
        _line("13900000000 11:00", 200),
        _line("回电话", 240),
    ]
    assert blocked_page(lines, 780, None) is None


def test_under_a_blocked_texts_heading_a_short_text_is_no_call() -> None:
    lines = [
        _line("拦截记录", 60),
        _line("13800000000 (2) 10:00", 100),
        _line("骚扰电话·广东深圳", 140),
        _line("▼已拦截短信", 200),
        _line("13800000000 10:05", 260),
        _line("接电话", 300),
    ]
    found = blocked_page(lines, 780, None)
    assert found is not None
    calls, said = found
    assert sum(call.count for call in calls) == 2
    assert [(m.sender, m.text) for m in said] == [("13800000000", "接电话")]
