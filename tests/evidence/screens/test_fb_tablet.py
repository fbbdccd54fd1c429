"""A tablet's synced SMS window with a narrow list pane (a third of the width): OCR joins each
list row with the bubble or time level with it across the gutter. The thread is the right pane
alone, under its header's number; each bubble's time, written under it, dates it. Real OCR boxes
(fb_screens.json)."""

from __future__ import annotations

import pytest

from evidence.ocr.base import OcrLine
from evidence.screens.page_tablet import narrow_list_pane, times_over_bubbles
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("fb_screens.json")


@pytest.mark.parametrize(
    ("name", "number", "said"),
    [
        (
            "tablet_shatin",
            "13326548870",
            [
                (
                    "2026-11-10T10:00",
                    "【速易貸】黃先生您好，您的借款將於今日到期，請按時還款，謝謝。",
                ),
                ("2026-11-11T16:30", "已逾期一天，yq記錄會上報，請盡快hk"),
                ("2026-11-13T13:30", "你的同事阿峰我們已經聯繫了，下一個是你老闆"),
            ],
        ),
        (
            "tablet_baise",
            "17730455162",
            [
                (
                    "2026-11-22T16:45",
                    "覃立新先生，您好，我是优品速贷委托的专员，请尽快回电处理您的逾期账单",
                ),
                ("2026-11-23T17:05", "覃立新，你躲得了初一躲不了十五，你开店的地址我们知道"),
            ],
        ),
    ],
)
def test_the_open_thread_is_its_numbers_words_each_at_its_time(
    name: str, number: str, said: list[tuple[str, str]]
) -> None:
    record = parse_boxes(SCREENS[name])
    assert record.kind == "sms_thread"
    assert record.counterpart == number
    assert [(m.side, m.time, flat(m.text)) for m in record.messages] == [
        ("in", when, flat(text)) for when, text in said
    ]


def _line(text: str, x: int, y: int, w: int) -> OcrLine:
    return OcrLine(text, (x, y, w, 40), 90.0)


def test_a_wide_chat_with_bubbles_everywhere_is_one_pane() -> None:
    # A desktop chat: bubbles start at many places, no list rows at the left edge.
    lines = [
        _line("你好，在吗", 420, 100, 300),
        _line("在的，什么事", 900, 160, 300),
        _line("明天还款", 420, 220, 200),
        _line("好的", 1000, 280, 100),
    ]
    assert narrow_list_pane(lines, 1536, 1080) is None


def test_a_line_across_the_gutter_without_a_blank_there_is_no_list_row() -> None:
    lines = [
        _line("张三 10:00", 20, 100, 200),
        _line("李四 09:00", 20, 200, 200),
        _line("今天之内必须还款否则后果自负我们说到做到", 20, 300, 800),
        _line("2026-11-10 10:00", 530, 350, 140),
        _line("好的好的", 540, 400, 140),
        _line("2026-11-11 10:00", 530, 450, 140),
    ]
    assert narrow_list_pane(lines, 1536, 1080) is None


def test_a_centred_time_under_a_bubble_stays_over_the_next_one() -> None:
    # Two list rows, the thread's column from x=540: a centred separator right under a bubble
    # dates the bubble under it, not the one over it.
    lines = [
        _line("张三 10:00", 20, 100, 200),
        _line("李四 09:00", 20, 200, 200),
        _line("你好，在吗", 540, 150, 200),
        _line("2026-11-11 10:00", 950, 195, 140),
        _line("明天还款", 540, 250, 200),
        _line("2026-11-12 10:00", 540, 295, 140),
    ]
    pane, _w, _h = narrow_list_pane(lines, 1536, 1080) or ([], 0, 0)
    assert [ln.text for ln in pane] == [
        "你好，在吗",
        "2026-11-11 10:00",
        "2026-11-12 10:00",
        "明天还款",
    ]


def test_left_lines_without_a_rows_time_are_no_list() -> None:
    # A landscape photo of a paper: fields at the left, a column at the right, no row's time.
    lines = [
        _line("姓名 杨敏", 20, 100, 200),
        _line("性别 女", 20, 200, 200),
        _line("住址 昆明市", 20, 300, 200),
        _line("公民身份号码", 540, 350, 200),
        _line("530102199311261523", 540, 400, 300),
        _line("有效期限", 540, 450, 140),
    ]
    assert narrow_list_pane(lines, 1536, 1080) is None
    timed = [_line("张三 10:00", 20, 50, 200), *lines]
    assert narrow_list_pane(timed, 1536, 1080) is not None


def test_times_under_bubbles_become_the_separators_over_them() -> None:
    # A pane as panes.conversation_pane gives it: each bubble's time under it, on its edge.
    pane = [
        _line("13800000000", 15, 0, 200),
        _line("今天不还就上门", 35, 90, 300),
        _line("2026-11-10 10:00", 27, 132, 150),
        _line("你的同事我们已经联系了", 35, 200, 330),
        _line("2026-11-13 13:30", 27, 242, 150),
    ]
    moved = times_over_bubbles(pane, 851)
    assert [ln.text for ln in moved] == [
        "13800000000",
        "2026-11-10 10:00",
        "今天不还就上门",
        "2026-11-13 13:30",
        "你的同事我们已经联系了",
    ]
    assert times_over_bubbles(moved, 851) == moved  # a separator stays where it is
