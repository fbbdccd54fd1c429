"""A web or app mail client's opened mail without a 发件人 label (QQ邮箱-like): the sender is the
name beside its address over the mail's date line, the toolbar (收件箱, 写信) is no one, and the
body (its salutation with it) is one message of the sender dated by the mail's date. Real OCR
boxes of drawn pages (fb_screens.json)."""

from __future__ import annotations

from datetime import date

import pytest

from evidence.ocr.base import OcrLine
from evidence.screens.mail import opened_mail
from evidence.screens.when import when_of
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("fb_screens.json")


@pytest.mark.parametrize(
    ("name", "sender", "when", "end"),
    [
        ("mail_shatin", "法務部-陳專員", "2026-11-13T09:30", "並派員前往您的工作單位核實情況。"),
        ("mail_baise", "优品速贷贷后部", "2026-11-24T15:20", "由此产生的一切后果由您本人承担。"),
    ],
)
def test_the_name_beside_its_address_wrote_the_body(
    name: str, sender: str, when: str, end: str
) -> None:
    record = parse_boxes(SCREENS[name])
    assert record.counterpart == sender
    [body] = record.messages
    assert body.side == "in"
    assert body.time == when
    assert flat(body.text).endswith(flat(end))
    assert "写信" not in record.counterpart
    assert not any("发给我" in m.text or "@" in m.text for m in record.messages)


def _line(text: str, y: int, h: int = 36) -> OcrLine:
    return OcrLine(text, (30, y, 600, h), 90.0)


def test_an_address_without_a_date_under_it_is_no_sender_line() -> None:
    # A chat bubble giving an address is words: no mail date line sits under it.
    lines = [_line("发我邮箱 wang@qq.com", 100), _line("好的，我晚点发你", 160)]
    assert opened_mail(lines, date(2026, 11, 13)) is None


def test_a_date_glued_to_its_clock_reads_as_both() -> None:
    assert when_of("2026-11-2415:20·发给我", None) == ("2026-11-24", "15:20")


def test_a_name_over_its_address_only_line_is_the_sender() -> None:
    lines = [
        _line("逾期催告函", 100),
        _line("优品速贷贷后部", 160),
        _line("daihou@youpin-sudai.cn", 200, 30),
        _line("11月24日 15:20", 240, 30),
        _line("覃立新先生：", 300),
        _line("您的借款已逾期三日，请尽快处理。", 350),
    ]
    found = opened_mail(lines, date(2026, 11, 24))
    assert found is not None
    sender, said, own = found
    assert sender == "优品速贷贷后部"
    assert [m.text for m in said] == ["覃立新先生：您的借款已逾期三日，请尽快处理。"]
    assert [m.time for m in said] == ["2026-11-24T15:20"]
    assert "daihou@youpin-sudai.cn" in own
