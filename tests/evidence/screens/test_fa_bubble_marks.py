"""What a bubble draws besides its words: a voice bubble's waveform and length, the time an
app writes at the end of the bubble's last line, read ticks. None of it is anyone's words."""

from __future__ import annotations

from datetime import date

from evidence.ocr.base import OcrLine
from evidence.screens.messages import chat_parts
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("fa_screens.json")


def _line(text: str, x: int, y: int, w: int, h: int) -> OcrLine:
    return OcrLine(text, (x, y, w, h), 90.0)


def test_a_voice_bubbles_waveform_and_length_are_no_words() -> None:
    lines = [
        _line("你在闪电借的款已经逾期三天了", 106, 258, 460, 36),
        _line('llulıllı 18"', 106, 450, 162, 37),
        _line('illulillı 17"', 107, 858, 161, 37),
    ]
    messages, _calls = chat_parts(lines, 780, date(2026, 11, 9), False)
    assert [m.text for m in messages] == ["你在闪电借的款已经逾期三天了"]


def test_the_time_written_after_every_bubbles_last_line_is_cut_off_its_words() -> None:
    record = parse_boxes(SCREENS["signal_badge_header"])
    texts = [flat(m.text) for m in record.messages]
    assert flat("兩天？你的信用在我們這裡已經是零了明早九點前不還，你姐姐那邊我親自打") in texts
    assert flat("我已經在籌錢了，請再給我兩天") in texts
    assert not any(t[-1:].isdigit() for t in texts)


def test_one_bubble_ending_in_a_clock_keeps_it_when_no_bubble_is_stamped() -> None:
    lines = [
        _line("明天几点见面", 40, 300, 300, 36),
        _line("约在公司门口 10:30", 40, 400, 320, 36),
    ]
    messages, _calls = chat_parts(lines, 780, date(2026, 11, 9), False)
    assert messages[-1].text == "约在公司门口 10:30"


def test_a_time_with_read_ticks_on_its_own_line_is_no_message() -> None:
    lines = [
        _line("峰哥不好意思，連累你了，我會處理", 232, 455, 463, 43),
        _line("13:04√√", 644, 510, 92, 30),
        _line("沒事，你自己小心點，別被他們嚇到", 44, 582, 456, 35),
    ]
    messages, _calls = chat_parts(lines, 780, date(2026, 11, 13), False)
    assert [m.text for m in messages] == [
        "峰哥不好意思，連累你了，我會處理",
        "沒事，你自己小心點，別被他們嚇到",
    ]
