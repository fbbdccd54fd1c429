"""A wide window's short bubble of the owner's, far right of the counterpart's column, is theirs."""

from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.messages import chat_messages

WIDE = 1280
PHONE = 720


def _line(text: str, x: int, y: int, w: int, h: int = 30) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 99.0)


def _sides(lines: list[OcrLine], width: int) -> dict[str, str]:
    messages = chat_messages(lines, width, date(2026, 8, 3), group=False)
    return {m.text: m.side for m in messages}


def test_short_owner_bubble_in_a_wide_window_is_the_owners() -> None:
    # The counterpart's lines hang from x=46; the owner's bubble is drawn from the middle to
    # the right edge, but its short text ends before the middle of the window.
    lines = [
        _line("09:30", 615, 130, 50, 20),
        _line("余先生，你的账单已经拖了三周，今晚必须给个说法。", 46, 155, 560),
        _line("21:10", 625, 190, 30, 20),
        _line("不回话的话，明早我们就打给你的主管。", 46, 215, 600),
        _line("这周五工资到账就转过去。", 416, 252, 280),
    ]
    sides = _sides(lines, WIDE)
    assert sides["这周五工资到账就转过去。"] == "out"
    assert sides["不回话的话，明早我们就打给你的主管。"] == "in"


def test_one_bubble_alone_is_no_column() -> None:
    # Only one bubble on the left column: a short one elsewhere keeps its margins' reading.
    lines = [
        _line("10:05", 330, 190, 60, 28),
        _line("周末记得带上合同原件过来。", 40, 250, 300),
        _line("收到", 250, 320, 60),
    ]
    sides = _sides(lines, PHONE)
    assert sides["周末记得带上合同原件过来。"] == "in"


def test_counterpart_bubbles_on_one_column_stay_theirs() -> None:
    lines = [
        _line("14:20", 330, 190, 60, 28),
        _line("今天下午三点前把钱转过来。", 40, 250, 300),
        _line("好的我想办法", 480, 320, 200),
        _line("别再拖了。", 38, 390, 120),
        _line("否则我们找你家里人。", 42, 460, 240),
    ]
    sides = _sides(lines, PHONE)
    assert [
        sides[t] for t in ("今天下午三点前把钱转过来。", "别再拖了。", "否则我们找你家里人。")
    ] == [
        "in",
        "in",
        "in",
    ]
    assert sides["好的我想办法"] == "out"
