"""A chat app's search page: the box's query is no sender, each result row names its sender."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.page_search import search_results
from evidence.screens.parse import parse_screen

_W, _H = 720, 1560
_DAY = date(2026, 6, 8)


def _parse(rows: list[tuple[str, int, int, int]]) -> object:
    lines = tuple(OcrLine(t, (x, y, w, 30), 90.0) for t, x, y, w in rows)
    text = "\n".join(ln.text for ln in lines)
    return parse_screen(OcrResult(text, lines, 0.0, _W, _H), _DAY)


def _page(heads: tuple[str, str]) -> object:
    return _parse(
        [
            ("13:00 4G 75%", 20, 10, 680),
            ("Q阿龙 取消", 30, 70, 670),
            ("搜索聊天记录", 300, 130, 140),
            ("图片及视频 文件 链接 日期", 200, 170, 320),
            (f"催 {heads[0]} 星期五16:40", 20, 230, 680),
            ("陈小姐，我是阿龙，负责你这笔单的，别不识好歹。", 80, 270, 560),
            (f"催 {heads[1]} 09:15", 20, 340, 680),
            ("拉黑我也没用，慢慢聊。", 80, 380, 300),
        ]
    )


def test_one_sender_is_the_thread_and_the_query_is_no_name() -> None:
    record = _page(("催收阿龙", "催收阿龙"))
    assert record.counterpart == "催收阿龙"
    assert [m.sender for m in record.messages] == ["催收阿龙", "催收阿龙"]
    assert record.messages[0].time == "2026-06-05T16:40"
    assert record.messages[1].time == "2026-06-08T09:15"
    assert "Q阿龙 取消" in record.chrome
    assert "图片及视频 文件 链接 日期" in record.chrome


def test_two_senders_each_keep_their_hits() -> None:
    record = _page(("催收阿龙", "表姐阿玲"))
    assert record.counterpart == ""
    assert [m.sender for m in record.messages] == ["催收阿龙", "表姐阿玲"]


def test_previews_cut_to_a_line_are_left_to_the_inbox_reading() -> None:
    rows = [
        ("搜索还款 取消", (45, 93, 675, 46)),
        ("170 8841 2093 2026/11/21", (24, 241, 680, 37)),
        ("赵婷，闪电借账单逾期2天，应还2,980元。今天…", (24, 287, 580, 29)),
        ("95588 2026/11/18", (21, 480, 680, 40)),
        ("【工商银行】您尾号4410的卡11月18日还款…", (38, 522, 524, 35)),
    ]
    lines = [OcrLine(t, box, 90.0) for t, box in rows]
    assert search_results(lines, _W, _H, _DAY) is None
