"""A mail app's opened mail whose sender line gives a clock only ("风控中心李专员 14:10", the
space often lost to OCR): the name is the sender on a page that shows the client's own words
(folder tabs, reply buttons); the wrapped body is one message; a chat's name lines are no mail."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.mail import opened_mail

DAY = date(2027, 2, 3)


def _line(text: str, y: int, h: int = 30, x: int = 22) -> OcrLine:
    return OcrLine(text, (x, y, 640, h), 90.0)


def _mail(sender_line: str, foot: str = "回复 全部回复 转发") -> list[OcrLine]:
    return [
        _line("催收函 — 周明", 60),
        _line("收件箱 重要 其他", 130),
        _line(sender_line, 185),
        _line("周先生：您在某某平台的欠款已逾期九十天，请于本周五前", 226),
        _line("结清全部欠款，否则我们将联系您的单位与紧急联系人，", 264),
        _line("并上报信用记录。", 302),
        _line(foot, 1390),
    ]


def test_the_name_glued_to_its_clock_wrote_the_whole_body() -> None:
    sender, said, own = opened_mail(_mail("风控中心李专员14:10"), DAY)
    assert sender == "风控中心李专员"
    [body] = said
    assert body.side == "in"
    assert body.time == "2027-02-03T14:10"
    assert body.text.startswith("周先生：")
    assert body.text.endswith("并上报信用记录。")
    assert "收件箱 重要 其他" in own
    assert "回复 全部回复 转发" in own


def test_a_spaced_clock_reads_the_same() -> None:
    sender, said, _ = opened_mail(_mail("风控中心李专员 14:10"), DAY)
    assert sender == "风控中心李专员"
    assert len(said) == 1


def test_without_a_mail_clients_words_a_name_and_clock_is_no_mail() -> None:
    lines = [ln for ln in _mail("风控中心李专员14:10") if "回复" not in ln.text]
    lines = [ln for ln in lines if "收件箱" not in ln.text]
    assert opened_mail(lines, DAY) is None


def test_two_name_and_clock_lines_are_a_chat_not_a_mail() -> None:
    lines = [
        _line("收件箱", 100),
        _line("小刘 09:12", 150),
        _line("今天能还一部分吗？", 190),
        _line("周明 09:15", 240),
        _line("下午转给你。", 280),
    ]
    assert opened_mail(lines, DAY) is None


def test_a_carriers_status_line_over_an_inbox_is_no_sender_line() -> None:
    lines = [
        _line("中国联通 21:05", 40),
        _line("收件箱", 90),
        _line("139 0000 2222", 140),
        _line("明早九点到，记得带材料，别迟到", 180),
    ]
    assert opened_mail(lines, DAY) is None
