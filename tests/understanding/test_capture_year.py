"""A chat screen dated only by its file name's clock, a year off every other exhibit, while its
month and day sit among theirs: its events take the case's year (the name's clock was wrong)."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.capture_year import case_year_day, case_year_days
from understanding.figures import conduct_span


def chat(eid: str, captured_on: str, title: str, messages: tuple[Message, ...]) -> EvidenceItem:
    record = ScreenRecord(kind="chat_1to1", counterpart=title, messages=messages)
    return EvidenceItem(
        id=eid, kind="chat", file=f"{eid}.jpg", sha256=eid * 32, text="",
        captured_on=captured_on, extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


THREAT = "马晓军欠钱不还，今天不还我们就上门找你。"


def test_a_screen_dated_a_year_off_by_its_file_name_joins_the_cases_year() -> None:
    dated = chat("E1", "2026-11-09", "催收-阿力", (Message("in", THREAT, "", "2026-11-09T22:44"),))
    later = chat("E3", "2026-11-11", "催收-阿力", (Message("in", "还钱", "", "2026-11-11T09:02"),))
    saved = chat(
        "E2", "2025-11-10", "催收-阿力", (Message("in", THREAT + "！", "", "2025-11-10T14:02"),)
    )
    case = Case(
        borrower=Borrower(name="马晓军", phone="13999158821"), evidence=[dated, saved, later]
    )
    assert conduct_span(case) == ("2026-11-09", "2026-11-11")


def test_a_day_far_from_the_case_or_read_on_the_screen_keeps_its_year() -> None:
    assert (
        case_year_day({"2025-11-10"}, "2025-11-10", [{"2026-11-09"}, {"2026-11-11"}])
        == "2026-11-10"
    )
    assert case_year_day({"2025-03-02"}, "2025-03-02", [{"2026-11-09"}, {"2026-11-11"}]) == ""
    # The screen's own text dated another day: the file name is not what dated it.
    assert case_year_day({"2025-11-08"}, "2025-11-10", [{"2026-11-09"}, {"2026-11-11"}]) == ""
    # One other exhibit alone: either clock may be the wrong one.
    assert case_year_day({"2025-11-10"}, "2025-11-10", [{"2026-11-09"}]) == ""
    # The other exhibits span two years: no one year of the case to move it to.
    assert case_year_day({"2024-11-10"}, "2024-11-10", [{"2025-12-30"}, {"2026-01-02"}]) == ""


def test_a_screen_whose_text_dates_some_events_in_the_cases_year_moves_the_rest_there() -> None:
    # A forwarded inbox: a call row dated «12-04 08:01» on the screen (read in 2026), an SMS
    # dated only by the file name's clock, a year off.
    others = [{"2026-12-03"}, {"2026-12-04"}]
    assert case_year_day({"2025-12-04", "2026-12-04"}, "2025-12-04", others) == "2026-12-04"
    # Text dating another event in the file name's own year says that year is right.
    assert case_year_day({"2025-12-04", "2025-11-30"}, "2025-12-04", others) == ""


def test_a_chats_year_less_stamps_read_at_a_wrong_clock_join_the_cases_year() -> None:
    # «11月26日 晚上9:14» on a chat saved as mmexport… a year off: the day took the clock's year.
    others = [{"2026-11-22", "2026-11-25"}, {"2026-11-27", "2026-11-29"}]
    own = {"2025-11-26", "2025-11-28"}
    assert case_year_days(own, "2025-11-29", others, "11月26日 晚上9:14") == {
        "2025-11-26": "2026-11-26",
        "2025-11-28": "2026-11-28",
    }
    # The screen writes that year out: its days are what the screen says.
    assert case_year_days(own, "2025-11-29", others, "2025年11月26日 晚上9:14") == {}
    # A day far from the case's others keeps its year.
    assert case_year_days({"2025-03-02"}, "2025-03-05", others, "3月2日") == {}


def test_a_chat_saved_a_year_off_with_dated_stamps_keeps_the_cases_span() -> None:
    dated = chat("E1", "2026-11-27", "催收-阿力", (Message("in", THREAT, "", "2026-11-27T22:44"),))
    later = chat("E3", "2026-11-29", "催收-阿力", (Message("in", "还钱", "", "2026-11-29T09:02"),))
    saved = chat(
        "E2", "2025-11-29", "催收-阿力", (Message("in", THREAT + "！", "", "2025-11-26T21:14"),)
    )
    case = Case(
        borrower=Borrower(name="马晓军", phone="13999158821"), evidence=[dated, saved, later]
    )
    assert conduct_span(case) == ("2026-11-26", "2026-11-29")
