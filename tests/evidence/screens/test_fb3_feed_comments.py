"""A news feed's comments: each comment's head row holds the avatar's glyph, the name and a
relative stamp ("14分钟前"), its words under it with no colon. Each comment is its commenter's,
dated the day the stamp counts back to; the post above and the buttons far below are nobody's."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.page_comments import stamped_comments
from evidence.screens.parse import parse_screen

_FEED = [
    ("13:05", 538, 19, 126, 59),
    ("绍兴柯桥老街今天的樱花开了，随手拍几张", 43, 145, 1036, 62),
    ("柯 柯桥小吃货 25分钟前", 57, 322, 594, 102),
    ("拍得真好看，哪个位置", 185, 403, 466, 62),
    ("还 还钱吧陈建华 14分钟前", 48, 543, 1109, 104),
    ("发帖的这位陈建华欠钱不还，借了越享花四千多", 188, 626, 953, 54),
    ("装死，大家认准这张脸", 185, 691, 466, 61),
    ("绍兴老孙2天前", 174, 822, 343, 79),
    ("楼上什么情况", 177, 903, 297, 73),
    ("写评论 转发收藏点赞", 67, 2446, 1098, 86),
]


_DEBT_WORDS = "发帖的这位陈建华欠钱不还，借了越享花四千多装死，大家认准这张脸"


def _lines(rows: list[tuple[str, int, int, int, int]]) -> tuple[OcrLine, ...]:
    return tuple(OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in rows)


def test_each_comment_is_its_commenters() -> None:
    lines = _lines(_FEED)
    result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 1200, 2600)
    record = parse_screen(result, date(2026, 3, 7))
    assert record.kind == "group_chat"
    assert record.counterpart == ""
    said = [(m.sender, m.text, m.time) for m in record.messages]
    assert said == [
        ("柯桥小吃货", "拍得真好看，哪个位置", "2026-03-07"),
        ("还钱吧陈建华", _DEBT_WORDS, "2026-03-07"),
        ("绍兴老孙", "楼上什么情况", "2026-03-05"),
    ]  # fmt: skip


def test_a_reply_on_the_right_is_no_comment() -> None:
    # Name rows with a time over bubbles, and the owner's bubble right under one: a conversation.
    rows = [
        ("老王 10:02", 180, 300, 240, 50),
        ("在吗", 180, 360, 120, 50),
        ("老王 10:05", 180, 460, 240, 50),
        ("钱什么时候还", 180, 520, 260, 50),
        ("明天", 860, 580, 120, 50),
    ]
    assert stamped_comments(list(_lines(rows)), 1080, date(2026, 3, 7)) is None


def test_one_stamped_line_is_no_comments_page() -> None:
    rows = [("老王 14分钟前", 180, 300, 300, 50), ("在吗", 180, 360, 120, 50)]
    assert stamped_comments(list(_lines(rows)), 1080, date(2026, 3, 7)) is None
