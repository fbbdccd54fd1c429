"""A mail app's opened mail with no address (豆邮-like): the sender line is the name beside the
mail's full date; the body under it, salutation and signature with it, is one message of that
sender dated by that line; the client's buttons at the page's foot are its own words."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.mail import opened_mail
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("fb_screens.json")


def test_the_name_beside_the_full_date_wrote_the_whole_body() -> None:
    record = parse_boxes(SCREENS["mail_quanzhou"])
    assert record.counterpart == "Leo_dh"
    [body] = record.messages
    assert body.side == "in"
    assert body.time == "2026-11-26T16:20"
    assert flat(body.text).startswith("黄俊杰鉴于你本人拒不还款")
    assert flat(body.text).endswith("金豆豆贷后Leo")
    assert any(flat(t) == "回复举报删除" for t in record.chrome)


def _line(text: str, y: int, h: int = 36, x: int = 24) -> OcrLine:
    return OcrLine(text, (x, y, 600, h), 90.0)


def test_a_chat_of_name_and_clock_lines_is_no_mail() -> None:
    # A chat writes a clock beside each name, and more than one such line: no mail.
    lines = [
        _line("Leo_dh 23:40", 100),
        _line("别以为换了号就找不到你。", 140),
        _line("Me 09:12", 200),
        _line("你们怎么找到我的", 240),
    ]
    assert opened_mail(lines, date(2026, 11, 26)) is None


def test_a_second_dated_line_below_says_chat_not_mail() -> None:
    lines = [
        _line("Leo_dh 2026-11-25 23:40", 100),
        _line("别以为换了号就找不到你。", 140),
        _line("Me 2026-11-26 09:12", 200),
        _line("你们怎么找到我的", 240),
    ]
    assert opened_mail(lines, date(2026, 11, 26)) is None


def test_a_short_line_far_under_the_body_is_the_toolbar() -> None:
    lines = [
        _line("王经理 2026-11-20 10:00:00", 100),
        _line("张先生：", 150),
        _line("请于本周内处理欠款，否则后果自负。", 195),
        _line("回复 删除", 1500),
    ]
    sender, said, own = opened_mail(lines, date(2026, 11, 20))
    assert sender == "王经理"
    assert [m.text for m in said] == ["张先生：请于本周内处理欠款，否则后果自负。"]
    assert said[0].time == "2026-11-20T10:00"
    assert "回复 删除" in own


def test_rows_of_sender_and_full_date_are_a_list_not_a_mail() -> None:
    # A blocker's list: each row a number beside its full date over its text; the last row
    # alone looks like a mail, the rows above it say list.
    lines = [
        _line("13064428817 2026/11/18 10:20", 300),
        _line("刘佳：您在云朵分期的借款已严重逾期。", 360),
        _line("18476650392 2026/11/21 06:12", 420),
        _line("还在装死？你爸的电话我已经打通了。", 480),
    ]
    assert opened_mail(lines, date(2026, 11, 21)) is None


def test_the_date_line_under_a_labelled_sender_and_a_file_card_are_the_page_s() -> None:
    lines = [
        _line("关于您逾期借款的催收函", 100),
        _line("发件人：好享借法务中心", 150),
        _line("2026/3/13 21:40", 200),
        _line("刘女士：您的借款已严重逾期，请于3月15日前还清。", 260),
        _line("催收函_刘雨桐.pdf 236KB", 320),
    ]
    sender, said, own = opened_mail(lines, date(2026, 3, 13))
    assert sender == "好享借法务中心"
    assert [m.text for m in said] == ["刘女士：您的借款已严重逾期，请于3月15日前还清。"]
    assert said[0].time == "2026-03-13T21:40"
    assert "2026/3/13 21:40" in own
    assert "催收函_刘雨桐.pdf 236KB" in own
