"""A contact's page and an English call log, from real OCR boxes (blind2223_calls.json).

The contact's card (its number, place and tag, centred over the page's own "通话记录") is no
call; a row's English weekday after its tag ("疑似催收 Tue 16:45") is its day; a day word that a
mark drawn over the row cut short ("昨") or OCR misread is still that day.
"""

from __future__ import annotations

from tests.evidence.screens.boxes import load_screens, parse_boxes

SCREENS = load_screens("blind2223_calls.json")


def _rows(name: str) -> list[tuple[str, str, int, str]]:
    record = parse_boxes(SCREENS[name])
    return [(r.number, r.name, r.count, r.time) for r in record.calls]


def test_a_contacts_card_over_its_call_list_is_no_call() -> None:
    assert _rows("contact_page_calls") == [
        ("13852716604", "", 3, "2026-03-11T22:47"),
        ("13852716604", "", 2, "2026-03-10"),
        ("13852716604", "", 1, "2026-03-09"),
    ]


def test_a_day_word_cut_by_a_drawn_circle_keeps_its_day() -> None:
    rows = _rows("contact_page_calls_circled")
    assert rows[0] == ("13852716604", "", 2, "2026-03-10")  # "昨" of "昨天", its 天 circled off
    assert [r[0] for r in rows] == ["13852716604", "13852716604"]  # no card row


def test_an_english_weekday_after_the_rows_tag_is_its_day() -> None:
    rows = _rows("english_weekday_log")
    assert ("4008623317", "", 2, "2026-03-17T16:45") in rows  # "疑似催收 Tue 16:45"
    assert ("", "老婆", 1, "2026-03-17T13:00") in rows  # "老婆 Tue 13:00": the name alone
    assert ("18955270314", "", 4, "2026-03-18T09:30") in rows  # "Wed": the capture's own day


def test_a_weekday_whose_clock_is_cut_keeps_its_day() -> None:
    rows = _rows("english_weekday_log_cut")
    assert ("4008623317", "", 2, "2026-03-17") in rows
    assert all(name != "企业号码" for _n, name, _c, _t in rows)  # the number's label, no caller
