"""Screen structure across Android skins, on real PP-OCR boxes of a fourth generator's screens.

The fixtures (blind4_screens.json) are the OCR lines of tests/blindgen4 screenshots (Pixel stock
Android, EMUI 9, ASUS ZenUI, Sony Xperia at 720 px, iOS 16; Google Messages, TIM, 快手, 闲鱼,
a Telegram-like dark chat, WeChat in English) with what was drawn on them. Each test names one
structure: the title bar's name sits at the left after a back glyph (or at the screen's edge),
and the counterpart's bubbles are then the ones at the left, whichever message comes first.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen
from evidence.screens.records import ScreenRecord
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("blind4_screens.json")
# Conversations whose title bar holds the name at the left (with or without a back glyph).
_LEFT_TITLED = [
    "emui_thread_back_glyph_number",
    "tim_chat_back_glyph_name",
    "xperia_thread_number_no_glyph",
    "pixel_wechat_en_ku_glyph",
    "zen_thread_spaced_number",
    "tg_dark_title_presence",
    "kuaishou_chat_glyph_name",
]


def _parse(name: str) -> ScreenRecord:
    return parse_boxes(SCREENS[name])


def _key(shown: str) -> str:
    digits = re.sub(r"\D", "", shown)
    return digits if len(digits) >= 5 else shown


@pytest.mark.parametrize("name", _LEFT_TITLED)
def test_the_title_bar_at_the_left_names_the_counterpart(name: str) -> None:
    record = _parse(name)
    assert _key(record.counterpart) == _key(SCREENS[name]["title"])
    # The header is nobody's message: no bubble holds the back glyph or the name alone.
    assert all(flat(m.text) != flat(SCREENS[name]["title"]) for m in record.messages)
    assert all(not m.text.lstrip().startswith(("<", "く")) for m in record.messages)


@pytest.mark.parametrize("name", _LEFT_TITLED)
def test_every_drawn_bubble_is_one_message_on_its_side(name: str) -> None:
    record = _parse(name)
    drawn = [
        ("out" if who == "me" else "in", flat(text)) for who, text, _c in SCREENS[name]["said"]
    ]
    assert [(m.side, flat(m.text)) for m in record.messages] == drawn


def test_a_number_in_the_title_bar_makes_an_sms_thread() -> None:
    for name in ("emui_thread_back_glyph_number", "zen_thread_spaced_number"):
        assert _parse(name).kind == "sms_thread"


def test_a_list_title_at_the_left_is_no_counterpart() -> None:
    record = _parse("emui_inbox_list_title")
    assert record.kind == "sms_list"
    assert record.counterpart == ""
    assert len(record.messages) == len(SCREENS["emui_inbox_list_title"]["said"])


@pytest.mark.parametrize(
    "name",
    [
        "pixel_wechat_en_english_day",
        "service_chat_subtitle",
        "ios_banner_over_chat",
        "xianyu_pinned_card",
    ],
)
def test_only_the_drawn_bubbles_are_messages(name: str) -> None:
    # An English day separator, a shortcut row under the input box, a notification banner over
    # the title and an item card pinned over the chat are all chrome, never somebody's words.
    record = _parse(name)
    assert record.kind == "chat_1to1"
    drawn = [
        ("out" if who == "me" else "in", flat(text)) for who, text, _c in SCREENS[name]["said"]
    ]
    assert [(m.side, flat(m.text)) for m in record.messages] == drawn


def test_an_english_day_separator_dates_the_bubbles_under_it() -> None:
    record = _parse("pixel_wechat_en_english_day")  # "Yesterday 20:15", captured 2026-10-14
    assert record.messages[0].time == "2026-10-13T20:15"


def test_a_banner_over_the_title_is_no_counterpart() -> None:
    record = _parse("ios_banner_over_chat")
    assert record.counterpart == ""
    assert "表哥" not in " ".join(m.text for m in record.messages)


def test_sums_in_a_list_or_a_service_chat_make_no_bill_page() -> None:
    # An inbox previewing a loan SMS is an inbox; a service chat explaining the fees under a
    # named header and a time separator is a chat; the loan app's own page is the bill.
    assert _parse("pixel_inbox_no_title").kind == "sms_list"
    assert _parse("service_chat_subtitle").kind == "chat_1to1"
    assert _parse("zen_bill_page").kind == "bill"


def test_a_voice_length_and_a_screenshot_thumbnail_are_nobodys_words() -> None:
    # '9"' is the voice bubble's length (its transcript is the bubble under it); "分享 编辑" are
    # the buttons of the phone's own screenshot thumbnail over the chat's corner.
    record = _parse("xperia_voice_length_thumbnail")
    drawn = [flat(text) for _who, text, _c in SCREENS["xperia_voice_length_thumbnail"]["said"]]
    assert [flat(m.text) for m in record.messages] == drawn
    assert {m.side for m in record.messages} == {"in"}
    assert "分享编辑" in record.chrome


def test_the_screen_recorders_pill_is_chrome() -> None:
    record = _parse("xperia_recorder_pill")
    assert "录屏00:41" in record.chrome
    assert all("录屏" not in m.text for m in record.messages)
    assert [m.side for m in record.messages] == ["in"]


@pytest.mark.parametrize("head", ["搜索对话", "陈晓燕的手机"])
def test_an_inbox_stays_an_inbox_whatever_line_sits_at_the_left_of_its_bar(head: str) -> None:
    # The same inbox with a search box or an account's name where its title "信息" was: rows of
    # (sender and time, preview) say inbox; a line at the bar's left is no chat's counterpart.
    data = SCREENS["pixel_inbox_no_title"]
    assert data["lines"][1][0] == "信息"
    lines = [
        OcrLine(head if index == 1 else text, (x, y, w, h), 90.0)
        for index, (text, x, y, w, h) in enumerate(data["lines"])
    ]
    result = OcrResult("", tuple(lines), 0.0, data["width"], data["height"])
    record = parse_screen(result, date.fromisoformat(data["captured"]))
    assert record.kind == "sms_list"
    assert record.counterpart == ""


def _retitled(name: str, text: str, x: int) -> ScreenRecord:
    """A fixture with its title bar's line drawn another way (same row, other text and start)."""
    data = SCREENS[name]
    lines = [OcrLine(t, (lx, ly, lw, lh), 90.0) for t, lx, ly, lw, lh in data["lines"]]
    _t, _x, y, _w, h = data["lines"][1]
    lines[1] = OcrLine(text, (x, y, len(text) * h, h), 90.0)
    result = OcrResult("", tuple(lines), 0.0, data["width"], data["height"])
    return parse_screen(result, date.fromisoformat(data["captured"]))


@pytest.mark.parametrize(
    ("text", "x", "name", "kind"),
    [
        ("张总", 230, "张总", "chat_1to1"),  # beside an avatar, a fifth of the width in
        ("< 微信(3) 张总", 20, "张总", "chat_1to1"),  # iOS: the back button's label first
        ("< 家庭群(5)", 20, "家庭群", "group_chat"),  # Android: a group's count after its name
        ("< 张总 ⋮", 20, "张总", "chat_1to1"),  # the menu button read on the name's row
    ],
)
def test_the_header_names_the_chat_however_the_bar_is_drawn(
    text: str, x: int, name: str, kind: str
) -> None:
    record = _retitled("tim_chat_back_glyph_name", text, x)
    assert record.counterpart == name
    assert record.kind == kind
    said = SCREENS["tim_chat_back_glyph_name"]["said"]
    assert [flat(m.text) for m in record.messages] == [flat(t) for _w, t, _c in said]
