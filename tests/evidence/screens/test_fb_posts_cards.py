"""Pages whose parts are no one's words: a feed post's foot and title, a rich card's button, a
transcript row's buttons, and a photo of a paper titled with a plain kind of paper."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.fields import inbox_messages, is_row_actions
from evidence.screens.page_frame import card_buttons
from evidence.screens.page_post import feed_post, is_post_foot
from evidence.screens.parse import parse_screen

WIDTH, HEIGHT = 780, 1688


def _line(text: str, x: int, y: int, w: int = 300, h: int = 36) -> OcrLine:
    return OcrLine(text=text, box=(x, y, w, h), confidence=0.9)


def _parse(lines: list[OcrLine], width: int = WIDTH, height: int = HEIGHT):
    text = "\n".join(ln.text for ln in lines)
    return parse_screen(OcrResult(text, tuple(lines), 0.0, width, height), date(2025, 9, 3))


def test_a_feed_post_is_its_authors_words_and_each_comment_its_commenters() -> None:
    lines = [
        _line("10:05", 540, 8, 200),
        _line("朋友圈", 20, 76, 120, 48),
        _line("催 某某资产-调解员王", 30, 400, 330, 64),
        _line("【通告】张小明欠款三个月不还，家人朋友看到", 140, 455, 580),
        _line("请转告他尽快处理！", 140, 500, 260),
        _line("09:12 评论", 130, 700, 620),
        _line("表哥：怎么回事？", 140, 760, 300),
        _line("某某资产-调解员王：让他今天联系我，不然上", 140, 800, 590),
        _line("门。", 136, 838, 60),
    ]
    record = _parse(lines)
    assert record.kind == "group_chat"
    assert record.counterpart == ""
    post, cousin, reply = record.messages
    assert post.sender == "某某资产-调解员王"
    assert post.time == "2025-09-03T09:12"
    assert post.text == "【通告】张小明欠款三个月不还，家人朋友看到请转告他尽快处理！"
    assert cousin.sender == "表哥"
    assert cousin.text == "怎么回事？"
    assert reply.sender == "某某资产-调解员王"
    assert reply.text.endswith("不然上门。")
    assert "朋友圈" in record.chrome
    assert "09:12 评论" in record.chrome


def test_a_chat_has_no_post_foot() -> None:
    assert is_post_foot("昨天 21:10 评论")
    assert is_post_foot("3分钟前 ··")
    assert not is_post_foot("我九点去评论一下")
    assert not is_post_foot("21:10")
    lines = [_line("李四", 20, 80), _line("明天还钱", 100, 200), _line("好的", 500, 260)]
    assert feed_post(lines, None) is None


def test_a_transcript_rows_buttons_are_chrome() -> None:
    assert is_row_actions("回电・转文字")
    assert is_row_actions("回拨 | 删除")
    assert not is_row_actions("好的，明天还")
    assert not is_row_actions("回拨")
    lines = [
        _line("95123456 13:02", 40, 190, 700, 42),
        _line("您好，这里是某某金融，请尽快回电处理账单。", 40, 270, 680),
        _line("回电・转文字", 40, 360, 200),
        _line("95123456 星期一09:30", 40, 470, 700, 42),
        _line("再不处理将通知您的紧急联系人。", 40, 550, 600),
        _line("回电·转文字", 40, 640, 200),
    ]
    first, second = inbox_messages(lines, date(2025, 9, 3))
    assert first.text == "您好，这里是某某金融，请尽快回电处理账单。"
    assert second.text == "再不处理将通知您的紧急联系人。"


def test_a_rich_cards_centred_button_is_chrome() -> None:
    lines = [
        _line("【某某贷】您本期账单已逾期，请尽快处理以免", 60, 370, 660),
        _line("影响征信。", 44, 412, 180),
        _line("去还款", 330, 490, 120, 46),
        _line("好的", 40, 600, 80),
    ]
    assert card_buttons(lines, WIDTH) == [lines[2]]


def test_a_clockless_photo_titled_with_a_plain_kind_of_paper_is_a_paper() -> None:
    lines = [
        _line("债务催告通知", 420, 50, 280, 64),
        _line("王某某：你名下借款已逾期，请于三日内结清，否则后果自负。", 220, 115, 660, 64),
        _line("逾期将移交有关部门依法处理，特此通知。", 225, 166, 680, 64),
        _line("某某市调查中心（章）", 620, 240, 330, 52),
    ]
    record = _parse(lines, 1120, 320)
    assert record.kind == "document"
    assert record.fields["title"] == "债务催告通知"
    # The same title over a chat with times is a chat's name, not a paper.
    chat = [_line("12:30 4G", 20, 5, 200), *lines[:3], _line("12:31", 500, 300, 90)]
    assert _parse(chat, 1120, 400).kind != "document"
