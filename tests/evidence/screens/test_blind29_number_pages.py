"""A number's own page that prints each day once, over that day's calls («12月3日 周四» over
«14:48 未接来电 四川德阳»): every row is one call of the number, dated by the heading over it,
answered ones too. The row of buttons under the number («呼叫 发信息 拉黑 标记») is no mark on
the number, and a saved name heading the page («大哥» over «139 0937 5521 甘肃酒泉») names the
number's calls. Real OCR boxes (blind29_calls.json)."""

from __future__ import annotations

from datetime import date

from evidence.screens.parse import parse_screen
from tests.evidence.screens.boxes import load_screens, ocr_result

SCREENS = load_screens("blind29_calls.json")


def _record(name: str):
    data = SCREENS[name]
    day = date.fromisoformat(data["captured"]) if data["captured"] else None
    return parse_screen(ocr_result(data), day)


def test_rows_under_day_headings_are_each_one_call_of_the_number() -> None:
    calls = _record("number_page_answered").calls
    assert {c.number for c in calls} == {"18328461507"}
    assert [c.time for c in calls][:4] == [
        "2026-12-03T14:48",
        "2026-12-03T11:20",
        "2026-12-03T09:02",
        "2026-12-01T22:10",
    ]
    assert len(calls) == 9
    assert (calls[-1].time, calls[-1].direction) == ("2026-11-24T20:30", "incoming")
    assert {c.tag for c in calls} == {"疑似催收"}


def test_a_spaced_number_with_its_country_code_heads_its_page() -> None:
    calls = _record("number_page_spaced").calls
    assert {c.number for c in calls} == {"15393701264"}
    assert calls[0].time == "2026-12-04T06:10"
    assert len(calls) == 6


def test_the_buttons_mark_nothing_and_the_saved_name_over_the_number_names_it() -> None:
    calls = _record("number_page_saved").calls
    assert [(c.number, c.name, c.tag) for c in calls] == [("13909375521", "大哥", "")] * 3
    assert [c.time for c in calls] == ["2026-11-29T13:00", "2026-11-26T20:12", "2026-11-20T08:31"]
