"""Senders on a chat taken for a feed's post, and on a mail whose recipient line sits between the
sender's and the date (blind set 30/31 shapes, lines built by hand)."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.mail import opened_mail
from evidence.screens.page_post import feed_post

DAY = date(2026, 5, 18)


def _line(text: str, x: int, y: int, w: int = 600, h: int = 45) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0)


def test_a_centred_time_under_a_bubbles_wrapped_word_is_no_posts_foot() -> None:
    # A thread: an outgoing bubble's last word wrapped alone («信»), a centred separator, the
    # next incoming bubble signed 【…】 with a colon. No post: the time is not under the "author".
    lines = [
        _line("已经在凑钱了，求你们别再给我家人发短", 351, 1809, 655),
        _line("信", 342, 1856, 58, 59),
        _line("5月16日周六09:00", 425, 1951, 227, 38),
        _line("元已移交法务，近期将安排人员前往户籍", 78, 2083, 649),
        _line("周五发了工资就全部还清，行吗", 497, 2573, 509),
        _line("09:00", 505, 2661, 74, 36),
        _line("【快易贷】最后通牒：今日下班前未结清，", 100, 2740, 646),
    ]
    assert feed_post(lines, DAY) is None


def test_a_posts_bare_time_at_the_authors_margin_is_still_its_foot() -> None:
    lines = [
        _line("速借花-法务陈生", 40, 100, 300),
        _line("这位欠钱不还的认准这张脸。", 40, 150),
        _line("08:40", 40, 200, 90, 36),
        _line("老王：这是真的吗", 40, 250),
    ]
    found = feed_post(lines, DAY)
    assert found is not None
    said, _own = found
    assert [m.sender for m in said] == ["速借花-法务陈生", "老王"]


def test_the_recipients_line_between_sender_and_date_is_the_mails_own() -> None:
    lines = [
        _line("收件箱", 37, 127, 180),
        _line("关于逾期借款的催收函（最后", 52, 237, 1014),
        _line("通牒)", 39, 316, 178),
        _line("随 随心贷法务部-刘专员", 52, 454, 632),
        _line("liu.fawu@suixindai-cs.com", 198, 522, 481),
        _line("发给 fanwu_zeng@163.com", 50, 620, 509),
        _line("2026年12月3日星期四下午4:18", 52, 678, 562),
        _line("曾凡武先生：", 50, 778, 266),
        _line("您在随心贷平台的借款已逾期多日，请尽快还款。", 50, 897, 1000),
    ]
    sender, said, own = opened_mail(lines, date(2026, 12, 3))
    assert sender == "随心贷法务部-刘专员"
    assert "发给 fanwu_zeng@163.com" in own
    assert [m.time for m in said] == ["2026-12-03T16:18"]
    assert said[0].text.startswith("曾凡武先生：您在随心贷平台")
