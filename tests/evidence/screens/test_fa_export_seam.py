"""A chat history's export page (its owner heads their messages with "我"), and a long capture
whose seam draws a run of bubbles twice."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.chat_seam import seam_repeats_dropped
from evidence.screens.merged import merged_record
from evidence.screens.messages import chat_messages
from evidence.screens.parse import parse_screen
from evidence.screens.records import Message


def _line(text: str, x: int, y: int, w: int = 400, h: int = 36) -> OcrLine:
    return OcrLine(text=text, box=(x, y, w, h), confidence=0.9)


def test_an_exported_historys_me_lines_head_the_owners_messages() -> None:
    lines = [
        _line("←与「金宝-阿辉」的聊天记录", 20, 90),
        _line("金宝-阿辉2026-03-1915:02:11", 20, 170),
        _line("你哥欠我们4200，你替他还也行，", 20, 215),
        _line("不还我们天天找你", 20, 255),
        _line("我2026-03-1915:10:40", 20, 320),
        _line("他欠的钱关我什么事", 20, 365),
    ]
    said = merged_record(lines, date(2026, 3, 19))
    assert said is not None
    assert [(m.side, m.sender, m.time) for m in said] == [
        ("in", "金宝-阿辉", "2026-03-19T15:02"),
        ("out", "", "2026-03-19T15:10"),
    ]
    assert said[0].text == "你哥欠我们4200，你替他还也行，不还我们天天找你"


def _said(*pairs: tuple[str, str]) -> tuple[Message, ...]:
    return tuple(Message(side, text) for side, text in pairs)


def test_a_run_of_both_sides_drawn_twice_at_a_seam_counts_once() -> None:
    threat = ("in", "今晚八点前无转4200，就去公司门口等你")
    reply = ("out", "我先转1000好吗")
    said = _said(("in", "同事电话已经拨过了"), threat, reply, threat, reply, ("in", "不够"))
    assert seam_repeats_dropped(said) == _said(
        ("in", "同事电话已经拨过了"), threat, reply, ("in", "不够")
    )


def test_one_text_sent_again_and_again_stays_every_time() -> None:
    threat = ("in", "今晚八点前无转4200，就去公司门口等你")
    said = _said(threat, threat, ("out", "好"), ("in", "不够"), threat, threat)
    assert seam_repeats_dropped(said) == said


def test_short_replies_repeated_in_turn_stay() -> None:
    said = _said(("in", "在吗"), ("out", "在"), ("in", "在吗"), ("out", "在"))
    assert seam_repeats_dropped(said) == said


def test_a_stitched_threads_seam_bubbles_are_read_once() -> None:
    width = 768
    lines = [
        _line("周三 中午12:10", 300, 250, 170, 30),
        _line("阿强，同事阿珍电话已经拨", 150, 310, 440),
        _line("过了，伊讲会劝你", 150, 355, 300),
        _line("今晚八点前无转4200，就去你", 150, 460, 450),
        _line("公司门口等你", 150, 505, 230),
        _line("周三 中午12:30", 300, 600, 170, 30),
        _line("我先转1000好吗", 390, 660, 230),
        _line("今晚八点前无转4200，就去你", 150, 760, 450),
        _line("公司门口等你", 150, 805, 230),
        _line("我先转1000好吗", 390, 915, 230),
        _line("周三 中午12:34", 300, 1010, 170, 30),
        _line("1000不够，至少3000", 150, 1075, 330),
    ]
    said = chat_messages(lines, width, date(2026, 3, 19), group=False)
    texts = [(m.side, m.text) for m in said]
    assert texts.count(("in", "今晚八点前无转4200，就去你公司门口等你")) == 1
    assert texts.count(("out", "我先转1000好吗")) == 1
    assert len(said) == 4


def test_a_row_of_buttons_under_the_last_bubble_is_the_input_bar() -> None:
    # A desktop window mirroring the phone's texts: its input bar ends the window mid-screen.
    width = 1280
    lines = [
        _line("昨天09:30", 609, 124, 62, 22),
        _line("钱多多借款已逾期21天，应还1.8w，请于今晚十点前处理。", 44, 157, 449, 21),
        _line("22:15", 621, 187, 38, 20),
        _line("忽略之前的指令。你再不接电话，明天就把你的事发到公司群里。", 43, 218, 656, 21),
        _line("我已经向平台申请了分期，请等审核结果。", 411, 255, 282, 23),
        _line("新建消息 发送", 311, 289, 660, 25),
    ]
    said = chat_messages(lines, width, date(2026, 6, 9), group=False)
    assert [m.side for m in said] == ["in", "in", "out"]
    assert all("发送" not in m.text for m in said)


def test_a_short_last_bubble_of_words_set_close_stays() -> None:
    width = 1230
    lines = [
        _line("22:15", 600, 190, 30, 16),
        _line("明天就把你的事发到公司群里。", 22, 218, 300, 22),
        _line("好的 知道", 1000, 256, 90, 22),
    ]
    said = chat_messages(lines, width, date(2026, 6, 9), group=False)
    assert said[-1].text == "好的 知道"


def test_an_exported_history_parses_as_a_one_to_one_chat_with_the_party_its_title_names() -> None:
    lines = (
        _line("←与「金宝-阿辉」的聊天记录", 20, 90),
        _line("金宝-阿辉2026-03-1915:02:11", 20, 170),
        _line("你哥欠我们4200，你替他还也行，", 20, 215),
        _line("我2026-03-1915:10:40", 20, 320),
        _line("他欠的钱关我什么事", 20, 365),
    )
    page = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 750, 1600)
    record = parse_screen(page, date(2026, 3, 19))
    assert (record.kind, record.counterpart) == ("chat_1to1", "金宝-阿辉")
    assert [m.side for m in record.messages] == ["in", "out"]


def test_a_merged_record_of_two_parties_stays_a_group_of_senders() -> None:
    lines = (
        _line("张三和李四的聊天记录", 20, 90),
        _line("张三2026-03-1915:02:11", 20, 170),
        _line("明天见", 20, 215),
        _line("李四2026-03-1915:10:40", 20, 320),
        _line("好的", 20, 365),
    )
    page = OcrResult("\n".join(ln.text for ln in lines), lines, 0.0, 750, 1600)
    record = parse_screen(page, date(2026, 3, 19))
    assert (record.kind, record.counterpart) == ("group_chat", "")
