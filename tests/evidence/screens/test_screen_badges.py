"""Avatar badges, name lines over bubbles and comments pages, on real OCR boxes of a fifth
generator's screens (blind5_screens.json: a carrier-built Android's SMS app that puts both
parties on the left under their names, DMs with initial-letter avatars, comments pages).

Each test names one structure: a badge beside a bubble is nobody's words and says the side; a
name line over each bubble says whose it is wherever the bubble sits; a comments page is many
people's «name: comment» rows with no single counterpart.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

import pytest

from evidence.ocr.base import OcrLine
from evidence.screens.avatars import without_badges
from evidence.screens.chrome import is_status_only
from evidence.screens.comments import is_comments
from evidence.screens.records import ScreenRecord
from tests.evidence.screens.boxes import flat, load_screens, ocr_result, parse_boxes

SCREENS = load_screens("blind5_screens.json")
_THREADS = [
    "sms_same_names_over_bubbles",
    "sms_same_service_thread",
    "sms_same_badges_apart",
    "dm_badges_glued_both_sides",
    "dm_badges_glued_one_side",
    "dm_badge_glued_right_short",
    "sms_same_badge_glued_to_my_name",
    "dm_badge_glued_line_split_in_two",
]
_COMMENTS = ["comments_douyin", "comments_moments"]


def _parse(name: str) -> ScreenRecord:
    return parse_boxes(SCREENS[name])


def _drawn(name: str) -> list[tuple[str, str]]:
    return [("out" if who == "me" else "in", flat(text)) for who, text, _c in SCREENS[name]["said"]]


def _digits(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    return digits if len(digits) >= 5 else re.sub(r"\s+", "", text)


@pytest.mark.parametrize("name", _THREADS)
def test_every_bubble_is_one_message_on_its_side_and_no_badge_or_name_is_one(name: str) -> None:
    record = _parse(name)
    assert [(m.side, flat(m.text)) for m in record.messages] == _drawn(name)
    assert _digits(record.counterpart) == _digits(SCREENS[name]["title"])
    assert record.kind in ("chat_1to1", "sms_thread")  # two names over bubbles: still 1:1


def test_a_service_number_thread_under_its_name_lines_is_all_incoming() -> None:
    record = _parse("sms_same_service_thread")
    assert {m.side for m in record.messages} == {"in"}
    assert record.kind == "sms_thread"


def test_a_cropped_thread_takes_its_counterpart_from_the_name_over_the_bubble() -> None:
    record = _parse("sms_same_cropped_one_bubble")
    assert _digits(record.counterpart) == _digits(SCREENS["sms_same_cropped_one_bubble"]["title"])
    assert [(m.side, flat(m.text)) for m in record.messages] == _drawn(
        "sms_same_cropped_one_bubble"
    )


def test_badges_glued_to_call_log_names_leave_the_names() -> None:
    data = SCREENS["call_log_badges_glued_to_names"]
    lines, _badges = without_badges(list(ocr_result(data).lines), data["width"])
    texts = [ln.text for ln in lines]
    assert "妈妈 昨天" in texts
    assert "阿珍 星期二" in texts
    record = parse_boxes(data)
    assert record.kind == "call_log"
    assert not any(c.name.startswith(("妈 ", "阿 ")) for c in record.calls)


def _line(text: str, x: int, y: int, w: int, h: int = 50) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0)


def test_a_one_word_reply_at_the_left_is_no_badge() -> None:
    """A short bubble ("好") at the left edge holds no character of any name on the screen."""
    lines = [
        _line("王总", 80, 120, 120, 60),
        _line("好", 40, 400, 50),
        _line("那你明天一定要还上", 300, 520, 600),
    ]
    kept, badges = without_badges(lines, 1080)
    assert kept == lines
    assert badges == []


def test_words_that_open_with_me_are_no_badge_without_the_text_column_beside() -> None:
    lines = [_line("我 明天一定还", 40, 400, 400), _line("你说的", 40, 460, 150)]
    kept, _badges = without_badges(lines, 1080)
    assert [ln.text for ln in kept] == ["我 明天一定还", "你说的"]


@pytest.mark.parametrize("name", _COMMENTS)
def test_a_comments_page_gives_each_comment_its_sender_and_no_counterpart(name: str) -> None:
    record = _parse(name)
    assert record.kind == "group_chat"
    assert record.counterpart == ""
    drawn = [
        ("out", "", flat(text)) if who == "me" else ("in", who, flat(text))
        for who, text, _c in SCREENS[name]["said"]
    ]
    got = [(m.side, m.sender, flat(m.text)) for m in record.messages]
    assert [g[:2] for g in got] == [d[:2] for d in drawn]
    # OCR misreads a glyph now and then ("別" for "别"): the words, not every stroke.
    assert all(
        SequenceMatcher(None, g[2], d[2]).ratio() > 0.8 for g, d in zip(got, drawn, strict=True)
    )
    assert all(m.time for m in record.messages)


def test_a_bubble_listing_fields_is_no_comments_page() -> None:
    """«姓名：…», «电话：…» wrapped tight in one bubble are one message, not comments."""
    lines = [
        _line("姓名：张三", 60, 300, 300),
        _line("电话：13800000000", 60, 355, 420),
        _line("金额：3000元", 60, 410, 300),
    ]
    assert not is_comments(lines, 1080)


def test_a_chat_with_bubbles_off_the_margin_is_no_comments_page() -> None:
    lines = [
        _line("小王：你好", 60, 300, 300),
        _line("我：在吗", 60, 420, 200),
        _line("好的我知道了", 700, 540, 300),
    ]
    assert not is_comments(lines, 1080)


def test_a_wide_screens_inbox_keeps_its_title_and_its_rows() -> None:
    """A foldable's inner screen is wider than tall: its title bar keeps a phone's height, so
    the first row (a number and its time) is a row of the inbox, never the header."""
    record = _parse("fold_inbox_wide_screen")
    assert record.kind == "sms_list"
    assert record.counterpart == ""
    senders = [_digits(m.sender) for m in record.messages]
    assert senders == [_digits(who) for who, _t, _c in SCREENS["fold_inbox_wide_screen"]["said"]]


def test_a_badge_glued_to_a_cropped_bubble_goes_where_the_wrap_shows_the_text_column() -> None:
    record = _parse("cropped_badge_glued_with_wrap")
    assert [(m.side, flat(m.text)) for m in record.messages] == _drawn(
        "cropped_badge_glued_with_wrap"
    )


def test_a_photo_of_a_screen_has_its_status_bar_first_wherever_it_sits() -> None:
    """A camera photo sets the screen in a margin: the first line ("12:30 5G 64%") is still
    the status bar, never the title; the number under it is."""
    record = _parse("photo_status_bar_in_margin")
    assert record.kind == "sms_thread"
    assert _digits(record.counterpart) == _digits(SCREENS["photo_status_bar_in_margin"]["title"])


def test_a_placeholder_under_the_last_bubble_is_the_input_box() -> None:
    record = _parse("wide_dm_placeholder_composer")
    assert [(m.side, flat(m.text)) for m in record.messages] == _drawn(
        "wide_dm_placeholder_composer"
    )


def test_a_tablets_list_pane_is_no_conversation_and_its_chat_pane_is_read_alone() -> None:
    """A tablet's two panes: the list's rows (and the bar over both) are nobody's messages;
    a bubble OCR joined to the list row level with it keeps its words and its place."""
    record = _parse("pad_two_panes_list_and_chat")
    assert record.counterpart == SCREENS["pad_two_panes_list_and_chat"]["title"]
    said = [(m.side, flat(m.text)) for m in record.messages]
    for drawn in _drawn("pad_two_panes_list_and_chat"):
        assert drawn in said
    rows = ("订单助手", "物流通知", "您有一笔账单待处理", "全部会话")
    assert not any(row in m.text for m in record.messages for row in rows)


def test_a_foldables_one_pane_screen_stays_whole() -> None:
    """A wide screen with a single pane (rows spanning it) has no gutter to cut at."""
    record = _parse("fold_inbox_wide_screen")
    assert len(record.messages) == len(SCREENS["fold_inbox_wide_screen"]["said"])


def test_rows_of_name_and_colon_without_their_own_times_are_no_comments_page() -> None:
    """Bubbles that open by naming the borrower ("张三：…") a row apart at the left edge are a
    thread's words: a comments page gives every comment its own time on its row."""
    lines = [
        _line("张三：你的欠款今天必须处理", 60, 300, 600),
        _line("张三：再不还就上门", 60, 420, 450),
        _line("张三：别怪我们没提醒你", 60, 540, 520),
    ]
    assert not is_comments(lines, 1080)


@pytest.mark.parametrize(
    ("text", "status"),
    [("12:30 5G 64%", True), ("下午3:30 中国电信 5G 71%", True), ("10:30前先还50%", False)],
)
def test_a_first_line_is_the_status_bar_only_when_it_says_nothing_else(
    text: str, status: bool
) -> None:
    assert is_status_only(text) is status
