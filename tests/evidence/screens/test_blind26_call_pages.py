"""Call pages whose rows end in a round button OCR reads into the row's time ("16:520",
"星期四〇", "12/421:500"), a blocker's page named only in its header and tagging each row
"已拦截", a company's 95 line heading a blocked row, and a number's own page titled by a
landline whose local part is longer than its city's. Real OCR boxes (blind26_calls.json)."""

from __future__ import annotations

import pytest

from evidence.screens.calls_heads import first_phone, head_number
from evidence.screens.calls_when import unglued_when
from evidence.screens.records import ScreenRecord
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

SCREENS = load_screens("blind26_calls.json")


def _calls(record: ScreenRecord) -> dict[str, int]:
    counts: dict[str, int] = {}
    for call in record.calls:
        key = call.number or call.name
        counts[key] = counts.get(key, 0) + call.count
    return counts


@pytest.mark.parametrize(
    ("drawn", "read"),
    [
        ("2026/12/04 16:520", "2026/12/04 16:52"),  # the button glued to the minute
        ("今天09:120", "今天09:12"),
        ("12/3 11:16 0", "12/3 11:16"),  # the button a word of its own
        ("星期四〇", "星期四"),  # after a day without a clock
        ("12/421:500", "12/4 21:50"),  # the day glued to the clock, the button after both
        ("12/121:50", "12/1 21:50"),  # a padded clock keeps two digits for its hour
        ("12/1221:50", "12/12 21:50"),
        ("20:00", "20:00"),  # a clock's own zeros stay
        ("12/3 10:30", "12/3 10:30"),
    ],
)
def test_a_round_button_after_a_rows_time_is_no_part_of_it(drawn: str, read: str) -> None:
    assert unglued_when(f"199 7841 6620 {drawn}") == f"199 7841 6620 {read}"


def test_a_companys_line_or_a_long_landline_heads_a_row() -> None:
    assert head_number("95013877 (2) 昨天23:52") == "95013877"
    assert head_number("95013877 星期四") == "95013877"
    assert head_number("11460元已逾期") == ""  # a sum opening a sentence heads nothing
    assert first_phone("0710-83216645") == "071083216645"  # alone on its line: a title
    assert first_phone("合同编号 0710-83216645") == ""


def test_a_blocker_page_named_in_its_header_is_read_by_its_rows_tag() -> None:
    record = parse_boxes(SCREENS["blocked_rows_titled"])
    assert _calls(record) == {"95079326": 4, "19978416620": 1}
    assert "2026-12-04T21:50" in {c.time for c in record.calls}  # "12/421:500"
    [said] = record.messages  # the blocked text under its number and time: words, no call
    assert said.sender == "95079326"
    assert said.time == "2026-12-04T20:05"
    assert flat(said.text).endswith(flat("否则将通知您的紧急联系人并上报征信。"))


def test_a_companys_95_line_heads_a_blocked_row() -> None:
    record = parse_boxes(SCREENS["blocked_service_rows"])
    assert _calls(record) == {"95013877": 4, "13807992264": 1}
    times = {c.time for c in record.calls if c.number == "95013877"}
    assert times == {"2026-12-05T00:08", "2026-12-04T23:52", "2026-12-03"}
    [said] = record.messages
    assert said.sender == "95013877"


def test_a_number_page_titled_by_a_long_landline_lists_each_call() -> None:
    record = parse_boxes(SCREENS["detail_long_landline"])
    assert _calls(record) == {"071083216645": 6}
    times = [c.time for c in record.calls]
    assert times[:2] == ["2026-12-02T17:40", "2026-12-02T17:31"]  # "昨天17:40 未接通"
    assert times[-1] == "2026-11-23T16:48"


def test_a_folded_rows_clock_read_with_the_button_keeps_its_clock() -> None:
    record = parse_boxes(SCREENS["log_marked_clocks"])
    fold = record.calls[0]
    assert (fold.number, fold.count, fold.time) == ("17750690432", 2, "2026-12-04T16:52")
    assert _calls(record)["17750690432"] == 9


def test_a_stitched_logs_seam_rows_count_once_with_the_button_read_into_their_time() -> None:
    record = parse_boxes(SCREENS["stitched_marked_days"])
    counts = _calls(record)
    assert counts["19978416620"] == 5  # "11/27 21:350" under the seam is "11/27 21:35" again
    assert counts["07743829516"] == 5
    mum = [c.time for c in record.calls if c.name == "阿妈"]
    assert "2026-12-03T20:46" in mum  # "阿妈 12/320:460": a row, with its day and clock
