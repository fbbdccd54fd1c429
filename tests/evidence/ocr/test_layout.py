"""Reading order from boxes (pure): rows, right columns, bubbles, junk, tiles."""

from __future__ import annotations

import itertools

from evidence.ocr.layout import Piece, group_rows, is_junk, merge_tiles, reading_order, tiles

WIDTH = 1080


def _texts(pieces: list[Piece], width: int = WIDTH) -> list[str]:
    return [p.text for p in reading_order(pieces, width)]


def test_call_log_date_stays_on_its_row() -> None:
    # The date is vertically centred on a two-line row and starts higher than the number.
    pieces = [
        Piece("138 0013 8000", (48, 300, 420, 60), 98),
        Piece("昨天 05:07", (820, 310, 200, 50), 97),
        Piece("广东深圳 呼入", (48, 380, 300, 45), 96),
        Piece("400-123-4567", (48, 470, 420, 60), 98),
        Piece("星期二", (880, 445, 140, 50), 95),
        Piece("上海 未接来电", (48, 550, 300, 45), 96),
    ]
    assert _texts(pieces) == [
        "138 0013 8000 昨天 05:07",
        "广东深圳 呼入",
        "400-123-4567 星期二",
        "上海 未接来电",
    ]


def test_right_item_straddling_two_lines_joins_the_upper_one() -> None:
    pieces = [
        Piece("10690000123", (48, 300, 420, 50), 98),
        Piece("11-03", (900, 330, 120, 46), 97),  # 20 px on line 1, 26 px on line 2
        Piece("【飞鱼贷】您的账单", (48, 356, 500, 45), 96),
    ]
    assert _texts(pieces) == ["10690000123 11-03", "【飞鱼贷】您的账单"]


def test_bubble_lines_stay_in_order_and_apart() -> None:
    pieces = [
        Piece("你在极速贷的借款¥2,500已于", (160, 400, 640, 52), 99),
        Piece("2025年2月3日逾期，今天不处理", (160, 462, 640, 52), 99),
        Piece("好的", (830, 600, 90, 52), 99),
    ]
    assert _texts(pieces) == [p.text for p in pieces]


def test_junk_and_status_bar() -> None:
    assert is_junk(Piece("<", (40, 120, 30, 40), 90), WIDTH)
    assert is_junk(Piece("☺", (40, 1900, 40, 40), 90), WIDTH)
    assert is_junk(Piece("口", (40, 1900, 40, 40), 40), WIDTH)  # an icon read as a glyph
    assert not is_junk(Piece("好", (40, 1900, 40, 40), 95), WIDTH)
    assert is_junk(Piece("5G", (900, 20, 50, 40), 90), WIDTH)
    assert is_junk(Piece("87%", (960, 20, 60, 40), 90), WIDTH)
    assert not is_junk(Piece("9:41", (40, 20, 90, 40), 90), WIDTH)  # the clock is kept
    assert not is_junk(Piece("87", (960, 900, 60, 40), 90), WIDTH)  # not in the status bar
    assert is_junk(Piece("O O", (40, 2200, 300, 60), 90), WIDTH)  # tab bar / input bar icons
    assert is_junk(Piece("0", (40, 2200, 60, 60), 99), WIDTH)


def test_status_bar_keeps_only_the_clock() -> None:
    pieces = [Piece("16:15 IIIO", (40, 20, 1000, 50), 53), Piece("10086", (480, 150, 160, 60), 99)]
    assert _texts(pieces) == ["16:15", "10086"]


def test_a_number_head_line_at_the_top_of_a_wide_screen_is_not_the_status_bar() -> None:
    # A landscape display (car, tablet) shows a notification's sender and time at the top.
    wide = 1920
    head = Piece("+86 135 7788 2040 · 07:45", (200, 50, 320, 30), 95)
    battery = Piece("07:45 100% 4G", (1600, 10, 300, 30), 90)
    assert _texts([head], wide) == ["+86 135 7788 2040 · 07:45"]
    assert _texts([battery], wide) == ["07:45"]


def test_row_confidence_is_its_weakest_piece() -> None:
    rows = reading_order(
        [Piece("13800138000", (48, 300, 420, 60), 98), Piece("昨天", (900, 305, 90, 50), 61)],
        WIDTH,
    )
    assert len(rows) == 1
    assert rows[0].confidence == 61
    assert rows[0].box == (48, 300, 942, 60)


def test_group_rows_never_stacks_overlapping_boxes() -> None:
    rows = group_rows(
        [Piece("第一行", (100, 100, 500, 50), 90), Piece("第二行", (120, 130, 500, 50), 90)], WIDTH
    )
    assert [[p.text for p in row] for row in rows] == [["第一行"], ["第二行"]]


def test_tiles_cover_tall_captures_with_overlap() -> None:
    assert tiles(2400, 1080) == [(0, 2400)]
    bands = tiles(9000, 1080)
    assert bands[0][0] == 0
    assert bands[-1][1] == 9000
    for (_, bottom), (top, _) in itertools.pairwise(bands):
        assert top < bottom  # consecutive bands overlap
        assert bottom - top >= 120


def test_merge_tiles_keeps_each_line_once() -> None:
    bands = [(0, 2160), (1944, 4104)]
    line_in_overlap = 2000  # page y of a line both bands saw
    first = [
        Piece("第一段", (50, 100, 300, 50), 90),
        Piece("重叠", (50, line_in_overlap, 300, 50), 90),
    ]
    second = [
        Piece("重叠", (50, line_in_overlap - 1944, 300, 50), 90),
        Piece("末尾", (50, 1900, 300, 50), 90),
    ]
    merged = merge_tiles([(bands[0], first), (bands[1], second)], 4104)
    assert [p.text for p in merged] == ["第一段", "重叠", "末尾"]
    assert merged[-1].box[1] == 1944 + 1900
