"""A comments page that sets each commenter's name (and the comment's time) on a row of its own,
the words on the rows under it (QQ空间): the name row says who wrote the words below it."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.comments import comment_messages, is_comments
from evidence.screens.parse import parse_screen

DAY = date(2026, 5, 20)
WIDTH = 750


def _line(text: str, x: int, y: int, w: int = 300, h: int = 24) -> OcrLine:
    return OcrLine(text=text, box=(x, y, w, h), confidence=90.0)


def _page(time_apart: bool) -> list[OcrLine]:
    def named(name: str, clock: str, y: int) -> list[OcrLine]:
        if time_apart:
            return [_line(f"{name}：", 24, y, 90), _line(clock, 660, y, 70)]
        return [_line(f"{name}： {clock}", 24, y, 200)]

    return [
        _line("今天的晚霞真好看～", 24, 130, 260, 30),  # the post over its comments
        *named("表姐", "18:45", 200),
        _line("好美！在哪拍的？", 24, 236, 260, 30),
        *named("钱多多", "20:15", 300),
        _line("还有心情看晚霞？先把欠的1.2w还上吧，各位亲友注", 24, 336, 690, 30),
        _line("意，此人欠钱不还。", 24, 376, 260, 30),
    ]


def test_a_name_row_of_its_own_names_the_words_under_it() -> None:
    for time_apart in (True, False):
        lines = _page(time_apart)
        assert is_comments(lines, WIDTH)
        said = [(m.sender, m.text, m.time) for m in comment_messages(lines, WIDTH, DAY)]
        assert said == [
            ("表姐", "好美！在哪拍的？", "2026-05-20T18:45"),
            ("钱多多", "还有心情看晚霞？先把欠的1.2w还上吧，各位亲友注意，此人欠钱不还。",
             "2026-05-20T20:15"),
        ]  # fmt: skip


def test_a_field_label_with_words_after_its_colon_is_no_name_row() -> None:
    lines = [
        _line("姓名：张三", 24, 200),
        _line("电话：13800138000", 24, 236),
        _line("地址：幸福路1号", 24, 272),
    ]
    assert not is_comments(lines, WIDTH)


def test_a_feed_page_with_name_rows_tight_under_the_post_is_its_comments_not_a_chat() -> None:
    # Real OCR boxes (720 wide): the name and time read as one line the width of the page, each
    # a few pixels under the line above it; the feed's tabs over them are no counterpart.
    rows = [
        ("21:10 4G 59%", 16, 8, 688, 32),
        ("说说 相册 留言板", 111, 54, 510, 38),
        ("今天的晚霞真好看～", 20, 114, 253, 39),
        ("表姐： 18:45", 18, 168, 684, 33),
        ("好美！在哪拍的？", 20, 202, 210, 37),
        ("阿杰收账： 20:15", 20, 258, 680, 30),
        ("还有心情看晚霞？先把欠的1.2w还上吧，各位亲友注意", 20, 294, 661, 34),
        ("，此人欠钱不还。", 21, 333, 204, 35),
        ("评论 转发 点赞", 110, 1394, 500, 34),
    ]
    lines = tuple(OcrLine(text, (x, y, w, h), 95.0) for text, x, y, w, h in rows)
    result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 720, 1440)
    record = parse_screen(result, DAY)
    assert record.counterpart == ""
    said = [(m.sender, m.text) for m in record.messages if m.side == "in"]
    assert said == [
        ("表姐", "好美！在哪拍的？"),
        ("阿杰收账", "还有心情看晚霞？先把欠的1.2w还上吧，各位亲友注意，此人欠钱不还。"),
    ]
