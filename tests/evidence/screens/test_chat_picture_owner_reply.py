"""A picture of a text thread forwarded in a chat keeps both sides: the sender's bubbles hang
from the thread's left column, the picture owner's reply from its right edge. The reply is the
owner's (the chat's counterpart who forwarded it), never the sender's words; each bubble of the
sender is one message."""

from __future__ import annotations

from evidence.ocr.base import OcrLine
from evidence.screens.chat_picture import shown_thread
from tests.evidence.screens.boxes import load_screens, parse_boxes

SCREENS = load_screens("blind28_chat_pictures.json")


def test_the_picture_owners_reply_is_not_the_numbers_words() -> None:
    record = parse_boxes(SCREENS["picture_owner_reply"])
    number = [m.text for m in record.messages if m.sender == "18391742065"]
    assert len(number) == 2
    assert not any("报警" in text for text in number)
    # The reply stays, as the counterpart's own words.
    assert any(m.sender == "" and m.text == "你们这是骚扰，我要报警了。" for m in record.messages)


def _line(text: str, x: int, y: int, w: int, h: int) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0)


def test_a_group_leaves_a_pictures_reply_out() -> None:
    talk = [
        _line("老王", 200, 300, 100, 40),
        _line("大家看看这个，太过分了。", 200, 400, 500, 40),
        _line("09:30 4G 80%", 190, 520, 520, 36),
        _line("13912345678", 380, 600, 160, 32),
        _line("下午3:10", 410, 680, 80, 30),
        _line("你今天再不还钱，我们就去你家。", 200, 730, 360, 36),
        _line("别再打了。", 520, 800, 170, 36),
    ]
    _own, said, _rows = shown_thread(talk, None, 1080, one_to_one=False)
    assert [(m.sender, m.text) for m in said] == [("13912345678", "你今天再不还钱，我们就去你家。")]
