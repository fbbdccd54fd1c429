"""A notification on a round watch face: the face's clock and status over a head (app · time),
the sender's line, the words (one left edge, wrapped lines joined), two centred buttons. The
words are the sender's message at the head's time. Real OCR boxes (fb_screens.json)."""

from __future__ import annotations

from datetime import date

import pytest

from evidence.ocr.base import OcrLine, OcrResult
from evidence.screens.lockscreen import watch_card, watch_face
from evidence.screens.parse import parse_screen
from evidence.screens.records import ScreenRecord
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("fb_screens.json")


@pytest.mark.parametrize(
    ("name", "sender", "when", "words"),
    [
        ("watch_qinzhou", "17283910456", "2026-11-09T08:02", "醒了没？钱准备好了就回个话，别装睡"),
        (
            "watch_zhuzhou",
            "18476620935",
            "2026-11-19T07:31",
            "晓雯起床了吗，今天中午前还清，不然下午见",
        ),
    ],
)
def test_a_watch_card_is_its_senders_words(name: str, sender: str, when: str, words: str) -> None:
    record = parse_boxes(SCREENS[name])
    [said] = record.messages
    assert (said.sender, said.time) == (sender, when)
    assert flat(said.text) == flat(words)
    assert record.counterpart == ""


def _line(text: str, x: int, y: int, w: int) -> OcrLine:
    return OcrLine(text, (x, y, w, 28), 90.0)


def test_a_tall_screen_is_no_watch_face() -> None:
    lines = [
        _line("短信·07:31", 230, 141, 140),
        _line("18476620935", 217, 175, 165),
        _line("今天中午前还清", 79, 213, 300),
    ]
    assert watch_card(lines, 600, 600, None) is not None
    assert watch_card(lines, 600, 1300, None) is None


def test_words_over_the_head_make_no_card() -> None:
    lines = [
        _line("你好，在吗？", 40, 60, 200),
        _line("短信·07:31", 230, 141, 140),
        _line("18476620935", 217, 175, 165),
        _line("今天中午前还清", 79, 213, 300),
    ]
    assert watch_card(lines, 600, 600, None) is None


def _parse(lines: list[OcrLine], width: int, height: int) -> ScreenRecord:
    text = "\n".join(ln.text for ln in lines)
    return parse_screen(OcrResult(text, tuple(lines), 0.0, width, height), date(2026, 11, 9))


_CHAT = [
    _line("08:03", 255, 62, 90),
    _line("贷后-陈主管", 230, 130, 140),
    _line("醒了没？钱准备好了", 70, 170, 300),
    _line("就回个话", 70, 200, 120),
    _line("我在想办法", 330, 250, 180),
    _line("回复", 270, 520, 60),
]


def test_a_short_chat_on_a_watch_is_the_titles_words() -> None:
    record = _parse(_CHAT, 600, 600)
    assert record.counterpart == "贷后-陈主管"
    assert [(m.side, m.text) for m in record.messages] == [
        ("in", "醒了没？钱准备好了就回个话"),
        ("out", "我在想办法"),
    ]
    assert "回复" in record.chrome


def test_a_tall_screen_has_no_watch_title() -> None:
    assert watch_face(_CHAT, 600, 600) is not None
    assert watch_face(_CHAT, 600, 1300) is None
    assert watch_face(_CHAT[1:], 600, 600) is None  # no face clock on top


def test_centred_words_on_a_card_are_all_its_message() -> None:
    lines = [
        _line("微信 08:02", 240, 141, 120),
        _line("贷后-陈主管", 230, 175, 140),
        _line("醒了没？钱准备好了", 150, 213, 300),
        _line("就回个话", 240, 243, 120),
        _line("回复", 270, 300, 60),
    ]
    [said] = watch_card(lines, 600, 600, None) or [None]
    assert said is not None
    assert (said.sender, said.text) == ("贷后-陈主管", "醒了没？钱准备好了就回个话")
