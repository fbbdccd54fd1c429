"""A chat's money card (a 转账 card: its amount, its remark, its label) is a payment, not words,
unless its remark is a sentence; a nudge line ("“A” 拍了拍 “B” 的脑袋") is the app's notice, its
tail too where OCR boxes it apart; a stitched capture's bubble that the seam cut a glyph short
counts once, with its whole words."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.chat_notices import without_money_cards
from evidence.screens.chat_seam import seam_repeats_dropped
from evidence.screens.chrome import is_system_line
from evidence.screens.parse import parse_screen
from evidence.screens.records import Message

_W = 864


def _line(text: str, x: int, y: int, w: int, h: int = 50) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0)


def test_a_transfer_cards_amount_and_label_are_no_words() -> None:
    lines = [
        _line("下周？下周你坟头草都三尺高了", 157, 1852, 507),
        _line("¥0.01 还钱", 157, 1961, 190),
        _line("微信转账", 157, 2046, 117, 37),
        _line("收一下，让你看看我们随时找得到", 157, 2141, 550),
    ]
    assert [ln.text for ln in without_money_cards(lines, _W)] == [
        "下周？下周你坟头草都三尺高了",
        "收一下，让你看看我们随时找得到",
    ]


def test_a_transfer_cards_remark_that_is_a_sentence_stays_its_senders_words() -> None:
    lines = [
        _line("¥500 今天不还就去你单位找你", 157, 1961, 400),
        _line("微信转账", 157, 2046, 117),
    ]
    assert [ln.text for ln in without_money_cards(lines, _W)] == ["今天不还就去你单位找你"]


def test_a_red_packets_default_wish_is_no_words() -> None:
    lines = [
        _line("恭喜发财，大吉大利", 95, 292, 281, 36),
        _line("微信红包", 95, 345, 76, 25),
        _line("她把您填成了紧急联系人，麻烦您", 96, 405, 412, 31),
    ]
    assert [ln.text for ln in without_money_cards(lines, _W)] == ["她把您填成了紧急联系人，麻烦您"]


def test_an_amount_without_a_cards_label_is_words() -> None:
    lines = [_line("¥6800 今天必须还", 157, 1961, 400), _line("不然上门", 157, 2016, 200)]
    assert [ln.text for ln in without_money_cards(lines, _W)] == ["¥6800 今天必须还", "不然上门"]


def test_nudge_lines_are_notices() -> None:
    assert is_system_line("“好借来-贾律师”拍了拍“二舅”")
    assert is_system_line("“清风徐来” 拍了拍 “我”")
    assert is_system_line("拍了拍“我”")  # the verb boxed apart from its quoted tail
    assert is_system_line("“催收-勿接” 的脑袋")
    assert not is_system_line("我拍了拍你家门，没人应")


def test_a_nudge_between_a_members_bubbles_leaves_the_next_name_and_bubble_whole() -> None:
    # Real OCR boxes of a family group (648 x 1404): a nudge line over the member's next name.
    rows = [
        ["22:50 5G  51%", 27, 7, 588, 41],
        ["<老孙家亲戚群(8)", 22, 79, 259, 39],
        ["晚上7:02", 276, 338, 96, 35],
        ["好 好借来-贾律师", 33, 380, 198, 53],
        ["@姐姐孙丽娟欠款不还，作为家属", 119, 430, 413, 34],
        ["请转告她尽快处理", 117, 468, 223, 35],
        ["“好借来-贾律师”拍了拍“二舅”", 161, 532, 326, 34],
        ["好 好借来-贾律师", 33, 578, 198, 54],
        ["本周内不处理，将通知她村委会和", 114, 626, 417, 38],
        ["单位", 113, 663, 71, 43],
        ["二舅", 95, 844, 51, 34],
        ["这是咋回事？", 113, 894, 159, 35],
    ]
    lines = tuple(OcrLine(t, (x, y, w, h), 90.0) for t, x, y, w, h in rows)
    result = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 648, 1404)
    record = parse_screen(result, date(2026, 6, 7))
    said = [(m.sender, m.text) for m in record.messages if m.side == "in"]
    assert said == [
        ("好借来-贾律师", "@姐姐孙丽娟欠款不还，作为家属请转告她尽快处理"),
        ("好借来-贾律师", "本周内不处理，将通知她村委会和单位"),
        ("二舅", "这是咋回事？"),
    ]


def test_a_bubble_the_seam_cut_short_counts_once() -> None:
    cut = Message(side="in", text="收一下，让你看看我们随时找得到", sender="", time="")
    whole = Message(side="in", text="收一下，让你看看我们随时找得到你", sender="", time="")
    short = Message(side="in", text="还钱", sender="", time="")
    again = Message(side="in", text="还钱！", sender="", time="")
    assert seam_repeats_dropped((cut, whole)) == (whole,)
    assert seam_repeats_dropped((short, again)) == (short, again)
