"""A lock screen's phone card titled with the missed calls («未接来电(2)») over the caller's
line (its number and place): the caller's calls, never words of a sender named «未接来电». A
card's sender that is a number spaced with its country code ("+86 132 8305 1746") is still the
sender's line. Real OCR boxes (blind28_calls.json)."""

from __future__ import annotations

from datetime import date

from evidence.screens.parse import parse_screen
from tests.evidence.screens.boxes import load_screens, ocr_result

SCREENS = load_screens("blind28_calls.json")


def _record(name: str):
    data = SCREENS[name]
    day = date.fromisoformat(data["captured"]) if data["captured"] else None
    return parse_screen(ocr_result(data), day)


def test_a_card_titled_missed_calls_is_its_callers_calls() -> None:
    record = _record("lock_missed_titled")
    assert [(c.number, c.count, c.time) for c in record.calls] == [
        ("03592026451", 2, "2026-11-20T07:05")  # the lock clock 07:15 less «10分钟前»
    ]
    assert all("未接来电" not in m.sender for m in record.messages)
    assert [m.sender for m in record.messages] == ["10690359018"]


def test_a_spaced_number_with_its_country_code_is_a_cards_sender() -> None:
    record = _record("lock_undated_spaced_sender")
    assert record.kind == "sms_list"
    assert (record.messages[0].sender, record.messages[0].text) == (
        "+86 132 8305 1746",
        "天亮了，钱准备好没有，别逼我去你家楼下。",
    )
    assert [(c.number, c.count) for c in record.calls] == [("13283051746", 3)]
