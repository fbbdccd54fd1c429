"""A lock screen whose cards draw the app's round icon before the head's name («信 信息 刚刚»):
the head starts right of the card's edge by the icon, the sender's line and the words start on
the edge. Each card is still read (a missed-call card as its caller's call, never words), and a
missed-call card's «18分钟前» is the lock clock less those minutes, on the date drawn under it.
Real OCR boxes (blind29_calls.json)."""

from __future__ import annotations

from datetime import date

from evidence.screens.parse import parse_screen
from tests.evidence.screens.boxes import load_screens, ocr_result

SCREENS = load_screens("blind29_calls.json")


def _record(name: str):
    data = SCREENS[name]
    day = date.fromisoformat(data["captured"]) if data["captured"] else None
    return parse_screen(ocr_result(data), day)


def test_icon_headed_cards_are_read_as_their_senders_words_and_missed_calls() -> None:
    record = _record("lock_missed_cards")
    assert record.kind == "sms_list"
    assert [(m.sender, m.time) for m in record.messages] == [
        ("106908123456", "2026-12-05"),
        ("18328461507", "2026-12-05"),
    ]
    assert record.messages[1].text == "早上好罗哥，今天再不处理我们就到你单位去找你领导摆一下。"
    assert [(c.number, c.count, c.time) for c in record.calls] == [
        ("02886193542", 1, "2026-12-05T07:12"),
        ("18328461508", 1, "2026-12-05T06:58"),
    ]
    # The cards' chrome («未接来电», «全部清除», a head's «电话 32分钟前») is nobody's words.
    assert not any("未接来电" in m.text or "清除" in m.text for m in record.messages)


def test_one_missed_call_card_under_a_message_card() -> None:
    record = _record("lock_missed_card_one")
    assert [m.sender for m in record.messages] == ["17787452290"]
    assert [(c.number, c.time) for c in record.calls] == [("15287490316", "2026-12-04T00:12")]


def test_the_lock_date_and_its_weekday_date_the_cards_of_an_undated_capture() -> None:
    # «IMG_4483.PNG»: no capture day; «12月4日星期五» under the clock 06:55 dates the cards.
    record = _record("lock_missed_cards_two")
    assert [(c.number, c.time) for c in record.calls] == [
        ("13993742815", "2026-12-04T06:52"),
        ("15393701264", "2026-12-04T06:10"),
    ]


def test_a_weekday_under_the_clock_overrules_a_capture_year_that_gives_another_weekday() -> None:
    # The file's stamp says 2025-12-04 (a Thursday); the lock says «12月4日星期五»: 2026.
    record = _record("lock_missed_card_photo")
    assert [(c.number, c.time) for c in record.calls] == [("18685190433", "2026-12-04T08:01")]
