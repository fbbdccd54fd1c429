"""A video app's comment list: each comment is its author's name row, the words under it and a
«20:11·回复» foot (the time, the reply button). Each comment is its author's, dated by its foot;
the count over the list and the input box under it are nobody's words."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.page_comments import footed_comments
from evidence.screens.parse import parse_screen

W, H = 780, 1688
# Real OCR boxes of blindgen13's drawn comment list (an avatar glyph before two of the names).
_ROWS = [
    ("21:05 4G 20%", 19, 11, 738, 36),
    ("248条评论", 324, 477, 132, 36),
    ("贷 贷后专员小周", 33, 554, 242, 61),
    ("@汪志远 钓鱼挺开心啊？欠满分借的钱啥时候", 111, 591, 615, 42),
    ("还？大家认识他的帮忙转告一下", 111, 637, 425, 35),
    ("20:11·回复", 111, 680, 150, 30),
    ("同学王磊", 111, 753, 114, 36),
    ("老汪这咋回事，需要帮忙就说", 110, 791, 400, 41),
    ("20:30·回复", 110, 833, 153, 36),
    ("贷 贷后专员小周", 35, 909, 240, 58),
    ("@同学王磊 你是他同学吧，他不还钱你也跑不", 111, 944, 615, 44),
    ("了，通讯录里都有你", 113, 993, 277, 36),
    ("20:36·回复", 110, 1032, 153, 35),
    ("留下你的精彩评论吧", 24, 1551, 262, 35),
]


def _lines(rows: list[tuple[str, int, int, int, int]]) -> list[OcrLine]:
    return [OcrLine(text, (x, y, w, h), 90.0) for text, x, y, w, h in rows]


def test_each_comment_is_its_name_rows_author_dated_by_its_foot() -> None:
    lines = _lines(_ROWS)
    record = parse_screen(OcrResult("", tuple(lines), 0.0, W, H), date(2026, 5, 17))
    assert record.kind == "group_chat"
    assert record.counterpart == ""
    said = [(m.sender, m.text, m.time) for m in record.messages]
    assert [(who, when) for who, _text, when in said] == [
        ("贷后专员小周", "2026-05-17T20:11"),
        ("同学王磊", "2026-05-17T20:30"),
        ("贷后专员小周", "2026-05-17T20:36"),
    ]
    assert said[0][1] == "@汪志远 钓鱼挺开心啊？欠满分借的钱啥时候还？大家认识他的帮忙转告一下"
    assert said[2][1] == "@同学王磊 你是他同学吧，他不还钱你也跑不了，通讯录里都有你"


def test_one_reply_foot_is_no_comment_list() -> None:
    assert footed_comments(_lines(_ROWS[:6]), W, date(2026, 5, 17)) is None


def test_words_out_of_the_feet_column_are_no_comment() -> None:
    rows = list(_ROWS)
    rows[6] = ("同学王磊", 111, 753, 114, 36)
    rows[7] = ("老汪这咋回事，需要帮忙就说", 400, 791, 360, 41)  # a bubble hanging right
    assert footed_comments(_lines(rows), W, date(2026, 5, 17)) is None


# Real OCR boxes of a 视频号-like post: the caption and its action row over the comments, each
# comment's time alone under its words (no reply button), the input box at the foot.
_BARE_ROWS = [
    ("21:30", 36, 17, 118, 54),
    ("周末带娃去连岛看海", 55, 531, 417, 56),
    ("评论 转发 喜欢", 48, 626, 574, 56),
    ("阿梅", 145, 775, 91, 56),
    ("宝宝好可爱！", 147, 829, 236, 58),
    ("今天16:02", 152, 924, 152, 41),
    ("海州阿强", 145, 999, 156, 49),
    ("大家看看这个人，欠金满仓一万四不还，还有脸", 147, 1048, 865, 56),
    ("帯娃出去玩。", 149, 1104, 234, 59),
    ("今天20:48", 149, 1197, 157, 49),
    ("海州阿强", 145, 1275, 156, 51),
    ("王海波，评论我每天来一条，直到你还钱为止。", 147, 1326, 844, 56),
    ("今天21:05", 149, 1419, 157, 48),
    ("写评论…", 72, 2169, 167, 59),
]


def test_comments_dated_by_a_bare_time_under_their_words_are_their_names_and_never_the_posts():
    lines = [OcrLine(t, (x, y, w, h), 90.0) for t, x, y, w, h in _BARE_ROWS]
    found = footed_comments(lines, 1080, date(2026, 3, 15))
    assert found is not None
    assert [(m.sender, m.text, m.time) for m in found] == [
        ("阿梅", "宝宝好可爱！", "2026-03-15T16:02"),
        ("海州阿强", "大家看看这个人，欠金满仓一万四不还，还有脸帯娃出去玩。", "2026-03-15T20:48"),
        ("海州阿强", "王海波，评论我每天来一条，直到你还钱为止。", "2026-03-15T21:05"),
    ]
    result = OcrResult("\n".join(t for t, *_ in _BARE_ROWS), tuple(lines), 0.0, 1080, 2340)
    record = parse_screen(result, date(2026, 3, 15))
    senders = {m.sender for m in record.messages}
    assert senders == {"阿梅", "海州阿强"}


def test_centred_time_separators_are_no_comment_feet():
    rows = [
        ("老王", 20, 200, 80, 30),
        ("今天谁去接孩子", 20, 236, 300, 34),
        ("10:21", 330, 300, 80, 30),
        ("阿芳", 20, 350, 80, 30),
        ("我去吧", 20, 386, 120, 34),
        ("10:25", 330, 450, 80, 30),
    ]
    lines = [OcrLine(t, (x, y, w, h), 90.0) for t, x, y, w, h in rows]
    assert footed_comments(lines, 750, date(2026, 3, 15)) is None
