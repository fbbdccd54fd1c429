"""Call pages beyond the plain log, on real OCR boxes (blind8_calls.json, capture_blind8_calls.py).

A phone-security app's 骚扰拦截 page: each blocked-call row ("拦截5次") is that many calls of its
number, each blocked-text row a message of its number, the page's totals nobody's. A number's
detail page: every dated row of its own call list one call of that number. A holo-dark dialer's
rows with weekday dates keep their "(n)" counts.
"""

from __future__ import annotations

import re

import pytest

from evidence.screens.calls_pages import blocked_page, detail_calls
from evidence.screens.records import CallRow
from tests.evidence.screens.boxes import flat, load_screens, ocr_result, parse_boxes

SCREENS = load_screens("blind8_calls.json")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)[-11:]


def _drawn(data: dict) -> list[tuple[str, int, str]]:
    rings = data["rings"]
    return [(name or _digits(number), count, at) for number, name, count, _w, at, _s in rings]


def _lines(data: dict) -> list:
    return list(ocr_result(data).lines)


def _read(calls: tuple[CallRow, ...], clock: bool = True) -> list[tuple[str, int, str]]:
    return [(c.name or c.number, c.count, c.time if clock else c.time[:10]) for c in calls]


@pytest.mark.parametrize("name", ["blocker_calls_and_texts", "blocker_calls_and_texts_lite"])
def test_blocked_calls_count_as_often_as_the_row_says(name: str) -> None:
    data = SCREENS[name]
    record = parse_boxes(data)
    assert _read(record.calls) == _drawn(data)


@pytest.mark.parametrize("name", ["blocker_calls_and_texts", "blocker_calls_and_texts_lite"])
def test_blocked_texts_are_their_numbers_messages_and_nothing_else_is(name: str) -> None:
    data = SCREENS[name]
    record = parse_boxes(data)
    assert record.kind == "sms_list"  # its texts need their senders: an inbox's rows
    said = [(m.sender, flat(m.text).rstrip("…")) for m in record.messages]
    assert [s for s, _t in said] == [_digits(n) for n, _t in data["texts"]]
    for (_sender, text), (_n, drawn) in zip(said, data["texts"], strict=True):
        assert flat(drawn).startswith(text[:12])  # the preview, cut, never the tool bar
    # The blocked text's row is no call of its own.
    assert sum(c.count for c in record.calls) == sum(r[2] for r in data["rings"])


def test_a_blocker_page_with_calls_only_is_a_call_list() -> None:
    data = SCREENS["blocker_calls_and_texts"]
    record = parse_boxes(data)
    # The page cut under its blocked calls: no blocked text left on it.
    last_call = max(ln.box[1] for ln in _lines(data) if "拦截" in ln.text and "次" in ln.text)
    rows = [ln for ln in _lines(data) if ln.box[1] <= last_call + 60]
    found = blocked_page(rows, data["width"], None)
    assert found is not None
    calls, said = found
    assert said == ()
    assert [c.count for c in calls] == [c.count for c in record.calls]


def test_a_plain_call_log_is_no_blocker_page() -> None:
    data = SCREENS["holo_dark_call_log"]
    assert blocked_page(_lines(data), data["width"], None) is None
    assert detail_calls(_lines(data), None) is None  # many numbers: read row by row


def test_a_numbers_detail_page_gives_one_call_per_dated_row() -> None:
    data = SCREENS["number_detail_with_its_calls"]
    record = parse_boxes(data)
    assert record.kind == "call_log"
    assert _read(record.calls) == _drawn(data)
    assert [c.direction for c in record.calls] == [
        "missed" if r[3] == "missed" else "incoming" for r in data["rings"]
    ]
    assert {c.tag for c in record.calls} == {"催收"}  # the number's mark, over its rows


@pytest.mark.parametrize("name", ["holo_dark_call_log", "holo_dark_call_log_overlap"])
def test_holo_dark_rows_keep_their_counts_and_days(name: str) -> None:
    data = SCREENS[name]
    record = parse_boxes(data)
    assert record.kind == "call_log"
    assert _read(record.calls, clock=False) == [(n, c, at[:10]) for n, c, at in _drawn(data)]


def test_a_sentence_saying_how_often_it_was_blocked_is_no_blocker_row() -> None:
    # A bubble opening with a number ("13800000000已拦截3次，…") is words, not a blocked call.
    data = SCREENS["holo_dark_call_log"]
    line = _lines(data)[2]
    said = type(line)("13800000000已拦截3次，请尽快处理", line.box, line.confidence)
    assert blocked_page([said], data["width"], None) is None


def test_dated_rows_under_saved_names_are_not_the_one_numbers_calls() -> None:
    # A log of one number and saved names whose rows show a date: each row its own caller's.
    data = SCREENS["number_detail_with_its_calls"]
    lines = _lines(data)
    rows = [ln for ln in lines if re.match(r"^\d{4}/", ln.text)]
    named = type(rows[0])("妈妈", rows[1].box, rows[1].confidence)
    mixed = [ln for ln in lines if ln is not rows[1]]
    mixed.insert(lines.index(rows[1]), named)
    mixed.insert(lines.index(rows[1]) + 1, rows[1])
    assert detail_calls(mixed, None) is None
