"""A row of short labels spread evenly across the screen is an app's tabs: never a chat's title,
a sender or anyone's words, whatever the labels say."""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.chat_frame import chat_frame
from evidence.screens.chat_tabs import gapped, spread_tab_line, tab_row_lines
from evidence.screens.header import header_line
from evidence.screens.messages import nickname_lines

_W, _H = 720, 1440


def _line(text: str, x: int, y: int, w: int, h: int = 30) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0)


def _tabs(y: int) -> list[OcrLine]:
    # Three equal slots of 232 px from a 12 px pad, each label centred in its slot.
    return [
        _line("国家反诈中心", 38, y, 180),
        _line("首页", 330, y + 2, 60),
        _line("报案助手", 554, y, 120),
    ]


def test_an_evenly_spread_row_of_short_labels_is_a_tab_row() -> None:
    tabs = _tabs(140)
    assert sorted(ln.text for ln in tab_row_lines(tabs, _W)) == sorted(ln.text for ln in tabs)


def test_a_tab_row_at_the_top_is_never_the_chat_title() -> None:
    lines = [*_tabs(140), _line("你今天必须还钱，不然上门", 40, 300, 400)]
    assert header_line(lines, _W, _H) is None


def test_the_title_above_a_tab_row_stays_the_title() -> None:
    title = _line("王经理", 310, 80, 100)
    lines = [title, *_tabs(150), _line("你今天必须还钱，不然上门", 40, 300, 400)]
    assert header_line(lines, _W, _H) is title


def test_a_tab_row_is_out_of_the_chat_lines() -> None:
    bubble = _line("你今天必须还钱，不然上门", 40, 300, 400)
    frame = chat_frame([*_tabs(140), bubble], _W, None)
    assert frame.lines == [bubble]


def test_uneven_or_wordy_rows_are_not_tabs() -> None:
    # A list row: a name at the left, its time at the right, its tag between them off centre.
    row = [_line("张三", 40, 200, 60), _line("骚扰", 140, 200, 60), _line("10:21", 620, 200, 70)]
    assert tab_row_lines(row, _W) == []
    # Two bubbles' words never share a row with a third spread evenly.
    said = [
        _line("你好", 40, 400, 60),
        _line("今天必须还钱，听见没有", 260, 400, 200),
        _line("好的", 620, 400, 60),
    ]
    assert tab_row_lines(said, _W) == []
    # Two labels are not a row of tabs.
    assert tab_row_lines(_tabs(140)[:2], _W) == []


def test_a_row_of_buttons_set_apart_is_no_nickname() -> None:
    # Real OCR boxes of a feature phone's page: a button row over its soft keys, each pair of
    # words far apart, sits where a nickname over a bubble would.
    lines = [
        _line("风险提醒", 18, 112, 116, 38),
        _line("号码400-961-3370近7日被1326人举报", 22, 170, 422, 30),
        _line("来电预警 我要举报", 152, 1335, 416, 31),
        _line("选项 返回", 166, 1392, 386, 34),
    ]
    assert nickname_lines(lines, _W) == []
    assert gapped(lines[2])
    assert not gapped(_line("刘专员 @微信", 40, 300, 200, 34))


def test_tabs_boxed_as_one_line_are_out_of_the_chat_lines() -> None:
    # Real OCR boxes of a desktop mirror of the phone's messages: its tabs read as one line.
    width = 1280
    tabs = _line("Phone Link 消息 通话 照片", 131, 95, 1018, 25)
    bubble = _line("钱佳豪，钱多多借款已逾期21天，应还1.8w，请于今晚十点前处理。", 44, 157, 449, 21)
    assert spread_tab_line(tabs, width)
    assert chat_frame([tabs, bubble], width, None).lines == [bubble]
    # Words set close together across the middle are someone's.
    assert not spread_tab_line(_line("今天必须 还钱听见没有 马上回复", 110, 400, 500, 34), _W)
