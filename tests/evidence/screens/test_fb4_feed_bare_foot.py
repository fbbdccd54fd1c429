"""A feed post whose foot is its time alone (the like/comment buttons drawn as icons): the time
line under the post's words is the post's time, never a sender; each «name：words time» comment
is its commenter's, dated by its time; the bar far under the comments is the page's own."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen

_POST = [
    ("20:11 中国移动 4G 76%", 19, 9, 608, 31),
    ("详情", 20, 72, 117, 46),
    ("闪 闪电贷资产部-阿强", 31, 159, 303, 50),
    ("【曝光】林泽楷，揭阳人，借钱不还玩失", 117, 200, 476, 36),
    ("踪，认识他的朋友转告他：今日之内联系", 102, 243, 490, 31),
    ("闪电贷处理，不然就继续曝光!", 101, 282, 368, 31),
    ("今天19:20", 100, 323, 104, 33),
    ("阿辉：删了吧，乱讲 今天19:31", 111, 375, 507, 32),
    ("闪电贷资产部-阿强：你认识他就叫他还钱，不要", 111, 424, 485, 31),
    ("多事 今天19:35", 108, 455, 508, 38),
    ("朋友圈 发表评论", 120, 1082, 418, 40),
]


def test_a_bare_time_foot_dates_the_post_and_each_comment_keeps_its_time() -> None:
    lines = tuple(OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in _POST)
    result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 648, 1166)
    record = parse_screen(result, date(2026, 3, 10))
    said = [(m.sender, m.text, m.time) for m in record.messages]
    assert said[0][0] == "闪电贷资产部-阿强"
    assert said[0][2] == "2026-03-10T19:20"
    assert said[1:] == [
        ("阿辉", "删了吧，乱讲", "2026-03-10T19:31"),
        ("闪电贷资产部-阿强", "你认识他就叫他还钱，不要多事", "2026-03-10T19:35"),
    ]  # fmt: skip
    assert "朋友圈 发表评论" in record.chrome
