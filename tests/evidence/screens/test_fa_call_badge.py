"""A call bubble after the counterpart's badge ("王律 未接听"): a call, never words."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.parse import parse_screen


def _line(text: str, x: int, y: int, w: int, h: int) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0)


def test_a_short_call_bubble_after_the_badge_is_a_call() -> None:
    lines = (
        _line("21:40 22%", 21, 11, 736, 36),
        _line("速享-法务部王律", 21, 83, 292, 45),
        _line("09:02", 352, 190, 76, 37),
        _line("王律 黄志强你yq第9天了，今天下午5点前", 24, 311, 601, 42),
        _line("hk，不然直接爆你通讯录", 131, 359, 341, 35),
        _line("11:20", 352, 436, 76, 39),
        _line("王律 未接听", 24, 506, 249, 44),
        _line("王律 别装死，电话不接微信也不回是吧", 24, 601, 564, 39),
        _line("表情 发送", 571, 1612, 171, 48),
    )
    result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 780, 1688)
    record = parse_screen(result, date(2027, 3, 13))
    texts = [m.text for m in record.messages]
    assert texts == [
        "黄志强你yq第9天了，今天下午5点前hk，不然直接爆你通讯录",
        "别装死，电话不接微信也不回是吧",
    ]
    assert [c.direction for c in record.calls] == ["missed"]


def test_a_call_bubbles_icon_read_as_a_digit_is_still_a_call() -> None:
    lines = (
        _line("中国联通 5G 08:30", 101, 11, 427, 38),
        _line("鑫宝法务中心", 47, 81, 218, 47),
        _line("星期三09:30", 315, 190, 152, 35),
        _line("中心 刘洋你好，鑫宝钱包贷后部，你的账", 22, 258, 598, 44),
        _line("单已逾期，今天能hk吗", 131, 306, 315, 40),
        _line("中心 8未接听", 24, 396, 251, 47),
        _line("中心 未接听", 22, 486, 253, 52),
        _line("昨天22:58", 326, 573, 128, 37),
        _line("中心 给脸不要脸是吧？装死装到底了", 24, 644, 531, 42),
    )
    result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 780, 1688)
    record = parse_screen(result, date(2027, 4, 2))
    said = "刘洋你好，鑫宝钱包贷后部，你的账单已逾期，今天能hk吗"
    assert [m.text for m in record.messages] == [said, "给脸不要脸是吧？装死装到底了"]
    assert [c.direction for c in record.calls] == ["missed", "missed"]


def test_a_badge_holding_the_whole_two_character_name_is_cut_off_the_bubble() -> None:
    lines = (
        _line("09:20 5G 88%", 21, 11, 736, 36),
        _line("陈总", 21, 83, 120, 45),
        _line("09:12", 352, 190, 76, 37),
        _line("陈总 小黄，刚才有个自称律师的人打到公", 24, 311, 601, 42),
        _line("司，说你欠钱，怎么回事？", 131, 359, 341, 35),
        _line("陈总对不起，是网贷的催收 我", 300, 450, 440, 44),
        _line("陈总 尽快处理，别影响同事上班", 24, 540, 520, 42),
    )
    result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 780, 1688)
    record = parse_screen(result, date(2027, 3, 14))
    texts = [(m.side, m.text) for m in record.messages]
    assert texts == [
        ("in", "小黄，刚才有个自称律师的人打到公司，说你欠钱，怎么回事？"),
        ("out", "陈总对不起，是网贷的催收"),
        ("in", "尽快处理，别影响同事上班"),
    ]
