"""Voice bubbles and their transcripts, a shop's service desk, a wide
one-pane chat: screen kinds whose chrome (a length, a label, a card, a nav icon) is no one's words.
"""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.chrome import is_chrome, is_composer
from evidence.screens.messages import nickname_lines
from evidence.screens.parse import parse_screen
from evidence.screens.parties import grouped

DAY = date(2026, 3, 4)


def _line(text: str, x: int, y: int, w: int = 300, h: int = 36) -> OcrLine:
    return OcrLine(text=text, box=(x, y, w, h), confidence=90.0)


def _parse(lines: list[OcrLine], width: int = 750, height: int = 1624):
    result = OcrResult("\n".join(ln.text for ln in lines), tuple(lines), 0.0, width, height)
    return parse_screen(result, DAY)


def test_a_voice_bubbles_length_and_transcript_label_are_chrome_its_transcript_the_words() -> None:
    lines = [
        _line("<催收专员-阿强", 19, 75, 220, 42),
        _line("09:10", 340, 156, 70, 35),
        _line('O)) 14"', 32, 210, 129, 60),
        _line("转文字", 13, 277, 73, 34),
        _line("再给你半天时间，过了中午我就去你", 38, 325, 481, 36),
        _line("小区门口等着", 38, 366, 200, 36),
        _line("09:12", 341, 428, 68, 34),
        _line("知道了", 600, 484, 110, 49),
        _line("09:15", 341, 558, 70, 34),
        _line("◉)) 6″", 34, 616, 127, 54),
        _line("转文字", 13, 680, 73, 34),
        _line("别装听不见", 36, 728, 200, 36),
        _line("按住说话", 38, 1500, 122, 38),
    ]
    record = _parse(lines)
    assert record.kind == "chat_1to1"
    said = [(m.side, m.text) for m in record.messages]
    assert said == [
        ("in", "再给你半天时间，过了中午我就去你小区门口等着"),
        ("out", "知道了"),
        ("in", "别装听不见"),
    ]


def test_a_service_desks_agent_name_over_each_bubble_is_its_sender_not_the_shops_title() -> None:
    lines = [
        _line("<青禾家电专营店", 20, 66, 240, 41),
        _line("14:02", 340, 318, 72, 36),
        _line("我买的风扇什么时候到？", 330, 382, 380, 34),
        _line("14:05", 340, 448, 72, 38),
        _line("售后-阿宁", 15, 497, 107, 36),
        _line("亲，你在别家的分期还没还清，先处理", 39, 543, 487, 39),
        _line("了再说发货的事", 37, 580, 240, 40),
        _line("14:09", 340, 692, 72, 35),
        _line("售后-阿宁", 15, 741, 106, 34),
        _line("地址我们都有，跑不掉的", 37, 787, 380, 39),
        _line("说点什么", 35, 1514, 126, 42),
    ]
    record = _parse(lines)
    ins = [m for m in record.messages if m.side == "in"]
    assert [m.sender for m in ins] == ["售后-阿宁", "售后-阿宁"]
    assert ins[0].text == "亲，你在别家的分期还没还清，先处理了再说发货的事"
    assert all("售后" not in m.text for m in record.messages)


def test_one_name_line_repeated_over_bubbles_that_is_not_the_title_names_the_writer() -> None:
    assert grouped(["售后-阿宁", "售后-阿宁"])
    assert not grouped(["售后-阿宁"])


def test_a_voice_length_or_transcript_label_is_never_a_nickname() -> None:
    lines = [
        _line('O)) 9"', 32, 210, 129, 60),
        _line("转文字", 13, 277, 73, 34),
        _line("明天之前给个准话", 38, 325, 300, 36),
    ]
    assert nickname_lines(lines, 750) == []


def test_a_wide_one_pane_chats_centred_separators_start_no_second_pane() -> None:
    lines = [
        _line("<收账组-老胡", 27, 46, 135, 35),
        _line("私信·@shouzhang_hu", 28, 69, 180, 33),
        _line("昨天15:00", 762, 118, 80, 28),
        _line("三千二，今天之内，不然你的照片就挂到群里", 20, 156, 587, 33),
        _line("昨天15:20", 762, 204, 78, 28),
        _line("我在凑", 1450, 235, 137, 45),
        _line("11:40", 778, 288, 47, 24),
        _line("凑个屁，你同事我们都联系了", 20, 322, 325, 33),
        _line("发一条新私信", 17, 905, 140, 34),
    ]
    record = _parse(lines, 1600, 1000)
    assert record.counterpart == "收账组-老胡"
    assert [(m.side, m.text) for m in record.messages] == [
        ("in", "三千二，今天之内，不然你的照片就挂到群里"),
        ("out", "我在凑"),
        ("in", "凑个屁，你同事我们都联系了"),
    ]


def test_a_landscape_input_box_sits_higher_above_the_navigation_bar() -> None:
    box = _line("发一条新私信", 17, 905, 140, 34)
    assert is_composer(box, 1600, 1000)
    assert not is_composer(_line("发一条新私信", 17, 850, 140, 34), 1600, 1000)


def test_the_navigation_bars_menu_icon_read_as_a_glyph_is_chrome() -> None:
    assert is_chrome(_line("三", 603, 1560, 40, 39), 750, 1624)
    assert not is_chrome(_line("三", 603, 800, 40, 39), 750, 1624)


def test_a_lone_message_cards_number_and_time_head_names_its_sender() -> None:
    lines = [
        _line("+86 150 1234 5678 · 21:05", 162, 42, 253, 26),
        _line("你躲到哪里都没用，明天一早我们就去你公司楼下。", 160, 78, 700, 32),
        _line("21:06 回复 忽略 朗读", 20, 597, 485, 57),
    ]
    record = _parse(lines, 1600, 675)
    assert record.counterpart == "15012345678"
    assert next((m.side, m.text) for m in record.messages) == (
        "in",
        "你躲到哪里都没用，明天一早我们就去你公司楼下。",
    )
