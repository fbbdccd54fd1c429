"""Call logs on OCR boxes taken from real screenshots: recognised by their rows, chrome never a row.

Each fixture is the PP-OCR output (text, x, y, w, h) of a rendered screenshot of tests/blindgen,
cut to a few rows: iPhone dark 最近通话, vivo OriginOS and OPPO ColorOS dialers, Samsung One UI
and Honor MagicOS logs forwarded through WeChat (720 px wide).
"""

from __future__ import annotations

from datetime import date

import pytest

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.calls import call_rows, is_call_label, looks_like_call_log
from evidence.screens.parse import parse_screen
from evidence.screens.records import ScreenRecord

Row = tuple[str, int, int, int, int]


def parse(size: tuple[int, int], rows: list[Row], captured: date) -> ScreenRecord:
    lines = tuple(OcrLine(text, (x, y, w, h), 95.0) for text, x, y, w, h in rows)
    result = OcrResult("\n".join(ln.text for ln in lines), lines, width=size[0], height=size[1])
    return parse_screen(result, captured)


IOS = (1179, 2556)
IOS_DAY = date(2026, 11, 18)
# The second page of an overlapping capture: the large title scrolled to its small form.
IOS_RECENTS: list[Row] = [
    ("14:23 5G 64%", 34, 16, 1111, 64),
    ("最近通话", 52, 242, 385, 118),
    ("王科长 星期一09:10", 124, 453, 926, 95),
    ("手机", 124, 527, 102, 61),
    ("162 5530 1187 星期日 22:58", 129, 660, 921, 91),
    ("未知", 124, 727, 97, 64),
    ("185 3311 7620 (2) 星期六 00:35", 132, 860, 918, 91),
    ("骚扰电话", 124, 927, 171, 63),
    ("185 3311 7620 (5) 星期五 23:15", 132, 1062, 921, 91),
    ("骚扰电话", 124, 1129, 168, 64),
    ("0531-8890 2613 星期五11:20", 126, 1265, 924, 88),
    ("未知", 124, 1331, 97, 61),
    ("个人收藏 最近通话 通讯录 拨号键盘 语音留言", 42, 2454, 1093, 67),
]
# OCR boxed a row's "(2)" on its own, inside the row's line, and left its "(" behind.
IOS_SPLIT_COUNT: list[Row] = [
    ("14:22 5G 64%", 34, 16, 1111, 64),
    ("最近通话", 58, 253, 376, 101),
    ("妈妈 昨天20:15", 121, 650, 932, 103),
    ("手机", 121, 724, 108, 72),
    ("0531-8890 2613 ( 昨天10:05", 126, 860, 921, 88),
    ("(2)", 503, 868, 63, 53),
    ("未知", 121, 929, 103, 61),
    ("个人收藏 最近通话 通讯录 拨号键盘 语音留言", 42, 2451, 1093, 71),
]
ANDROID = (1081, 2343)
ORIGINOS: list[Row] = [
    ("23:15 HD 5G 61%", 31, 17, 1014, 54),
    ("通话记录", 48, 229, 353, 100),
    ("176 2045 8831 (3) 11:02", 121, 422, 931, 88),
    ("未接来电·疑似催收", 116, 483, 330, 56),
    ("0771-5583 2906 (2) 09:48", 116, 603, 936, 90),
    ("未接来电·骚扰电话", 118, 669, 326, 49),
    ("妈妈 昨天", 109, 781, 943, 98),
    ("呼出·手机", 116, 854, 200, 51),
    ("拨号 通话记录 联系人 黄页", 77, 2250, 924, 61),
]
COLOROS: list[Row] = [
    ("22:43 4G 45%", 29, 15, 1021, 61),
    ("通话", 39, 220, 202, 117),
    ("150 8722 3419 (6) 22:31", 121, 420, 929, 90),
    ("未接来电·疑似催收", 116, 483, 333, 56),
    ("爸爸 昨天20:05", 111, 964, 936, 95),
    ("呼出·手机", 113, 1035, 206, 58),
    ("0871-6534 7718 星期一", 116, 1091, 936, 88),
    ("未接来电·未知", 116, 1149, 263, 56),
    ("拨号 通话 联系人 收藏", 84, 2250, 910, 61),
]
FORWARDED = (720, 1561)
ONEUI: list[Row] = [
    ("19:41 4G+ 52%", 19, 8, 680, 42),
    ("最近记录", 31, 150, 236, 71),
    ("孙浩 18:30", 74, 275, 625, 65),
    ("呼出·手机", 76, 320, 136, 39),
    ("185 3311 7620 (3) 16:05", 77, 403, 622, 59),
    ("未接来电·疑似催收", 79, 446, 217, 32),
    ("0531-8890 2613 昨天", 76, 525, 625, 60),
    ("未接来电·未知", 77, 567, 177, 38),
    ("键盘 暖近记录 联系人", 82, 1501, 554, 37),  # OCR read 最近 as 暖近
]
MAGICOS: list[Row] = [
    ("中国移动4G 18:51", 22, 10, 674, 39),
    ("通话记录", 32, 153, 233, 67),
    ("176 2045 8831 (3) 15:18", 77, 281, 621, 56),
    ("未接来电·疑似催收", 79, 324, 220, 32),
    ("0771-5583 2906 15:02", 77, 403, 624, 60),
    ("未接来电·骚扰电话", 79, 447, 220, 33),
    ("丽丽 昨天20:10", 76, 525, 622, 59),
    ("呼出·手机", 77, 569, 134, 34),
    ("拨号 联系人 收藏 畅连", 58, 1499, 603, 41),
]
# Titles, tab bars (with their OCR slips) and the numbers' labels: never a caller.
CHROME = {
    "最近通话", "通话记录", "最近记录", "通话", "未知", "手机",
    "拨号 通话记录 联系人 黄页", "拨号 通话 联系人 收藏", "键盘 暖近记录 联系人",
    "拨号 联系人 收藏 畅连", "个人收藏 最近通话 通讯录 拨号键盘 语音留言",
}  # fmt: skip

ALL = [
    pytest.param(IOS, IOS_RECENTS, IOS_DAY, id="ios-dark"),
    pytest.param(IOS, IOS_SPLIT_COUNT, IOS_DAY, id="ios-dark-split-count"),
    pytest.param(ANDROID, ORIGINOS, date(2026, 10, 21), id="originos"),
    pytest.param(ANDROID, COLOROS, date(2026, 9, 24), id="coloros"),
    pytest.param(FORWARDED, ONEUI, date(2026, 11, 17), id="oneui-forwarded"),
    pytest.param(FORWARDED, MAGICOS, date(2026, 10, 20), id="magicos-forwarded"),
]


@pytest.mark.parametrize(("size", "rows", "captured"), ALL)
def test_a_call_log_is_a_call_log_and_its_chrome_is_never_a_row(size, rows, captured) -> None:
    record = parse(size, rows, captured)
    assert record.kind == "call_log"
    assert record.messages == ()
    assert record.calls
    assert not [c for c in record.calls if c.name in CHROME or not (c.name or c.number)]


def test_ios_recents_without_a_title_are_known_by_their_rows() -> None:
    # Scrolled: no "最近通话" title, no tab word in the rows; heads over labels, no previews.
    record = parse(IOS, IOS_RECENTS[2:-1], IOS_DAY)
    assert record.kind == "call_log"
    assert [(c.number or c.name, c.count, c.tag) for c in record.calls] == [
        ("王科长", 1, ""),
        ("16255301187", 1, ""),
        ("18533117620", 2, "骚扰电话"),
        ("18533117620", 5, "骚扰电话"),
        ("053188902613", 1, ""),
    ]
    assert record.calls[3].time == "2026-11-13T23:15"


def test_a_count_boxed_on_its_own_belongs_to_its_row() -> None:
    record = parse(IOS, IOS_SPLIT_COUNT, IOS_DAY)
    assert [(c.number or c.name, c.count, c.time) for c in record.calls] == [
        ("妈妈", 1, "2026-11-17T20:15"),
        ("053188902613", 2, "2026-11-17T10:05"),
    ]


def test_android_rows_direction_tag_and_a_landline_the_number_library_rejects() -> None:
    # 0771 numbers have 7 local digits; the dialer's head is a caller all the same.
    record = parse(ANDROID, ORIGINOS, date(2026, 10, 21))
    assert [(c.number, c.name, c.count, c.direction, c.tag) for c in record.calls] == [
        ("17620458831", "", 3, "missed", "疑似催收"),
        ("077155832906", "", 2, "missed", "骚扰电话"),
        ("", "妈妈", 1, "outgoing", ""),
    ]
    assert record.calls[2].time == "2026-10-20"


@pytest.mark.parametrize(("size", "rows"), [(FORWARDED, ONEUI), (FORWARDED, MAGICOS)])
def test_forwarded_logs_keep_their_rows(size, rows) -> None:
    record = parse(size, rows, date(2026, 11, 17))
    assert len(record.calls) == 3
    assert sum(c.count for c in record.calls) == 5


def test_a_title_over_a_filter_line_is_not_a_row() -> None:
    # MIUI: "通话记录" then its filter "全部通话 未接来电" (a direction word) above the rows.
    rows: list[Row] = [
        ("16:40 HD 5G", 40, 20, 300, 40),
        ("通话记录", 48, 229, 353, 100),
        ("全部通话 未接来电", 48, 340, 420, 56),
        ("138 0013 8000 (3) 22:47", 121, 422, 931, 88),
        ("湖南长沙 移动 响铃5秒", 116, 483, 380, 49),
        ("暖近记录", 48, 600, 230, 60),  # an OCR slip of a title, over a direction word
        ("呼出", 116, 680, 100, 49),
    ]
    record = parse(ANDROID, rows, date(2025, 2, 20))
    assert [(c.number, c.count, c.direction, c.ring) for c in record.calls] == [
        ("13800138000", 3, "missed", "5秒")
    ]


def test_an_inbox_with_the_same_heads_is_not_a_call_log() -> None:
    # Heads like a call log's, but a preview under each: messages, one per row.
    rows: list[Row] = [
        ("23:14 HD 5G 61%", 34, 20, 1011, 51),
        ("176 2045 8831 09:32", 171, 422, 879, 83),
        ("你们公司前台的电话我们已经有了，下午就打过…", 176, 491, 734, 41),
        ("妈妈 昨天", 169, 600, 883, 96),
        ("丽丽，有空回个电话，家里有事问你", 174, 674, 543, 48),
        ("106905521334 星期五", 174, 791, 871, 83),
        ("【金橙分期】您的欠款已移交法务部，48小时…", 193, 859, 688, 42),
    ]
    record = parse(ANDROID, rows, date(2026, 10, 21))
    assert record.kind == "sms_list"
    assert record.calls == ()
    assert [m.sender for m in record.messages] == ["17620458831", "妈妈", "106905521334"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("未接来电·疑似催收", True),
        ("呼出·手机", True),
        ("未知", True),
        ("骚扰电话", True),
        ("湖南长沙 移动 响铃5秒", True),
        ("丽丽，有空回个电话，家里有事问你", False),
        ("你们公司前台的电话我们已经有了", False),
        ("好的", False),
    ],
)
def test_a_rows_detail_line_is_a_label_not_a_preview(text: str, label: bool) -> None:
    assert is_call_label(text) is label


def test_structure_alone_decides_between_call_rows_and_previews() -> None:
    def lines(rows: list[Row]) -> list[OcrLine]:
        return [OcrLine(t, (x, y, w, h), 95.0) for t, x, y, w, h in rows]

    assert looks_like_call_log(lines(IOS_RECENTS[2:-1]), IOS[0])
    previews = [("王科长 星期一09:10", 124, 453, 926, 95), ("明天来单位一趟。", 124, 527, 400, 61)]
    assert not looks_like_call_log(lines(previews * 3), IOS[0])
    # A bubble naming a number inside its sentence is no row's head.
    bubbles = [("你妈的电话是13900001111 手机", 124, 453, 700, 60), ("手机", 124, 527, 100, 61)]
    assert not looks_like_call_log(lines(bubbles * 3), IOS[0])
    rows = call_rows(lines(ONEUI[1:]), FORWARDED[0], date(2026, 11, 17))
    assert [c.number or c.name for c in rows] == ["孙浩", "18533117620", "053188902613"]
