"""Call pages read as calls: a carrier's table of calls, a number's page naming its last call,
and a separator's weekday that is the capture's own day."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.calls_pages import detail_calls
from evidence.screens.calls_table import call_table
from evidence.screens.parse import parse_screen
from evidence.screens.when import when_of

Box = tuple[str, tuple[int, int, int, int]]

# A carrier app's 通话详单 as OCR boxed it: a title, a header of column names, rows of calls.
_TABLE: list[Box] = [
    ("19:58 4G 52%", (30, 20, 1020, 50)),
    ("通话详单2026年03月", (40, 120, 420, 60)),
    ("对方号码 通话时间 时长 类型", (30, 240, 900, 44)),
    ("027-85561290 03-12 11:02:15 00:01:12 被叫", (30, 320, 1010, 44)),
    ("16574218830 03-12 09:40:03 00:00:25 被叫", (30, 400, 1010, 44)),
    ("027-85561290 03-11 16:30:44 00:00:00 未接", (30, 480, 1010, 44)),
    ("19959418827 03-10 20:15:09 00:02:40 主叫", (30, 560, 1010, 44)),
    ("查询 详单 办理 我的", (60, 2080, 960, 50)),
]

# The same table with each cell OCR'd as a box of its own.
_CELLS: list[Box] = [
    ("对方号码", (30, 240, 200, 44)),
    ("通话时间", (300, 240, 200, 44)),
    ("时长", (640, 240, 90, 44)),
    ("类型", (900, 240, 90, 44)),
    ("027-85561290", (30, 320, 250, 44)),
    ("03-12 11:02:15", (300, 322, 300, 42)),
    ("00:01:12", (640, 321, 160, 42)),
    ("被叫", (900, 320, 90, 44)),
]


def _lines(page: list[Box]) -> list[OcrLine]:
    return [OcrLine(text, box, 90.0) for text, box in page]


def _result(page: list[Box]) -> OcrResult:
    lines = tuple(_lines(page))
    return OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 1080, 2190)


def test_a_table_of_calls_is_a_call_log_with_a_call_per_row() -> None:
    record = parse_screen(_result(_TABLE), date(2026, 3, 13))
    assert record.kind == "call_log"
    assert not record.messages
    assert [(c.number, c.count, c.direction, c.time) for c in record.calls] == [
        ("02785561290", 1, "incoming", "2026-03-12T11:02"),
        ("16574218830", 1, "incoming", "2026-03-12T09:40"),
        ("02785561290", 1, "missed", "2026-03-11T16:30"),
        ("19959418827", 1, "outgoing", "2026-03-10T20:15"),
    ]
    assert "对方号码 通话时间 时长 类型" in record.chrome


def test_a_number_never_runs_on_into_the_date_beside_it() -> None:
    found = call_table(_lines(_TABLE), date(2026, 3, 13))
    assert found is not None
    assert "165742188300312" not in {c.number for c in found[0]}


def test_cells_boxed_apart_are_one_row() -> None:
    found = call_table(_lines(_CELLS), date(2026, 3, 13))
    assert found is not None
    assert [(c.number, c.direction, c.time) for c in found[0]] == [
        ("02785561290", "incoming", "2026-03-12T11:02")
    ]


def test_a_header_needs_column_names_only() -> None:
    # A bubble that names a number and a time is no header: its rows are no table.
    talk = [
        ("号码 时间 你自己看", (30, 240, 600, 44)),
        ("027-85561290 03-12 11:02:15 00:01:12 被叫", (30, 320, 1010, 44)),
    ]
    assert call_table(_lines(talk), date(2026, 3, 13)) is None
    # Two columns alone are no table either.
    short = [("号码 时间", (30, 240, 300, 44)), *_TABLE[3:4]]
    assert call_table(_lines(short), date(2026, 3, 13)) is None


# A number's detail page naming only its last call.
_DETAIL: list[Box] = [
    ("10:15 5G 81%", (40, 30, 1000, 50)),
    ("号码详情", (70, 180, 320, 90)),
    ("18173145520", (55, 390, 280, 50)),
    ("湖南长沙移动", (55, 475, 290, 50)),
    ("已被96 人标记为「骚扰电话」", (55, 560, 600, 50)),
    ("最近通话3月22日23:50", (55, 645, 480, 50)),
    ("加入黑名单 修改标记", (170, 2000, 720, 60)),
]


def test_a_numbers_last_call_is_one_call_of_it_at_that_time() -> None:
    calls = detail_calls(_lines(_DETAIL[1:6]), date(2026, 3, 25))
    assert calls is not None
    assert [(c.number, c.name, c.count, c.time, c.tag) for c in calls] == [
        ("18173145520", "", 1, "2026-03-22T23:50", "骚扰电话")
    ]


def test_the_last_call_label_is_never_a_name() -> None:
    record = parse_screen(_result(_DETAIL), date(2026, 3, 25))
    assert record.kind == "call_log"
    assert [(c.number, c.name, c.time) for c in record.calls] == [
        ("18173145520", "", "2026-03-22T23:50")
    ]


def test_a_weekday_that_is_the_captures_own_is_that_day() -> None:
    # 2026-03-17 is a Tuesday: "周二" on it is that day, never the Tuesday a week before.
    tuesday = date(2026, 3, 17)
    assert when_of("周二晚上11:20", tuesday) == ("2026-03-17", "23:20")
    assert when_of("星期二", tuesday) == ("2026-03-17", None)
    assert when_of("周一 11:20", tuesday) == ("2026-03-16", "11:20")


def test_a_clock_with_seconds_after_a_day_is_that_minute() -> None:
    anchor = date(2026, 3, 19)
    # An exported record's name line glues the day to its clock and stamps the seconds.
    assert when_of("2026-03-1915:02:11", anchor) == ("2026-03-19", "15:02")
    assert when_of("03-12 11:02:15", anchor) == ("2026-03-12", "11:02")
    # A duration alone is no time of day.
    assert when_of("通话时长 00:01:12", anchor) == (None, None)


# An exported chat record: a name line with its stamped time over each message, a page counter
# at the foot.
_EXPORT: list[Box] = [
    ("20:25 5G70%", (30, 20, 1020, 50)),
    ("←与「金宝-阿辉」的聊天记录", (20, 120, 700, 60)),
    ("金宝-阿辉2026-03-1915:02:11", (40, 260, 560, 44)),
    ("你哥林志强欠我们金宝贷4200，你替他还也行，", (40, 320, 960, 48)),
    ("不还我们天天找你", (40, 375, 330, 48)),
    ("我2026-03-1915:10:40", (40, 470, 420, 44)),
    ("他欠的钱关我什么事", (40, 530, 380, 48)),
    ("金宝-阿辉2026-03-1915:12:05", (40, 630, 560, 44)),
    ("你们一家人住在城厢区，地址我们都有，自己掂", (40, 690, 960, 48)),
    ("量", (40, 745, 40, 48)),
    ("聊天记录导出 第1页", (360, 2060, 360, 40)),
]


def test_an_exported_records_name_lines_and_page_counter() -> None:
    record = parse_screen(_result(_EXPORT), date(2026, 3, 19))
    # The name lines' times are read whole; the owner's "我" line heads the owner's words.
    assert [(m.side, m.time) for m in record.messages] == [
        ("in", "2026-03-19T15:02"),
        ("out", "2026-03-19T15:10"),
        ("in", "2026-03-19T15:12"),
    ]
    assert record.messages[0].sender == "金宝-阿辉"
    assert record.messages[-1].text == "你们一家人住在城厢区，地址我们都有，自己掂量"
    assert "聊天记录导出 第1页" in record.chrome
