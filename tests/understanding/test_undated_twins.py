"""A screenshot that dates nothing (an "IMG_4475.PNG": no day in its name, bare clocks only)
takes the day a dated twin screenshot shows one of its events on; its other bare clocks fall on
that day too. A screen with no dated twin stays undated."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import CallRow, Message, ScreenRecord
from understanding.roles import case_events

COLLECTOR = "15393701264"
OTHER = "13993742815"


def exhibit(eid: str, captured_on: str, record: ScreenRecord, text: str = "") -> EvidenceItem:
    kind = "call_log" if record.kind == "call_log" else "sms"
    return EvidenceItem(
        id=eid, kind=kind, file=f"{eid}.PNG", sha256=eid * 32, text=text,
        captured_on=captured_on, extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def undated_log(*rows: CallRow) -> EvidenceItem:
    return exhibit("E1", "", ScreenRecord(kind="call_log", calls=rows), "最近通话\n昨天\n周日")


def number_page() -> EvidenceItem:
    rows = (CallRow(number=COLLECTOR, time="2026-12-02T20:50", direction="missed"),)
    return exhibit("E2", "2026-12-04", ScreenRecord(kind="call_log", calls=rows))


def days_of(case: Case, exhibit_id: str) -> dict[str, str]:
    events, _ = case_events(case)
    return {e.time: e.day for e in events if e.exhibit == exhibit_id}


def case_of(*evidence: EvidenceItem) -> Case:
    return Case(borrower=Borrower(name="马建军", phone="13800000000"), evidence=list(evidence))


def test_an_undated_log_takes_the_day_its_row_shows_on_a_dated_number_page() -> None:
    log = undated_log(
        CallRow(number=COLLECTOR, count=3, time="20:50", direction="missed"),
        CallRow(number=OTHER, time="16:30", direction="missed"),
        CallRow(number=OTHER, count=2, time="", direction="missed"),  # «昨天»: not that day
    )
    days = days_of(case_of(log, number_page()), "E1")
    assert days["16:30"] == "2026-12-02"
    assert days[""] == ""


def test_an_undated_log_with_no_dated_twin_stays_undated() -> None:
    log = undated_log(
        CallRow(number=COLLECTOR, count=3, time="19:10", direction="missed"),
        CallRow(number=OTHER, time="16:30", direction="missed"),
    )
    assert set(days_of(case_of(log, number_page()), "E1").values()) == {""}


def test_an_inbox_preview_dates_an_undated_chat_but_a_chat_with_day_words_only_the_match() -> None:
    said = "7380今天必须到账，不然后果你自个儿承担。"
    preview = Message("in", said[:16] + "…", OTHER, "2026-12-02T16:18")
    inbox = exhibit("E2", "2026-12-02", ScreenRecord(kind="sms_list", messages=(preview,)))
    messages = (
        Message("in", "马建军，有米借的钱你打算啥时候还？", "", "10:30"),
        Message("in", said, "", "16:18"),
    )
    plain = exhibit("E1", "", ScreenRecord(kind="sms_thread", counterpart=OTHER, messages=messages))
    assert days_of(case_of(plain, inbox), "E1") == {"10:30": "2026-12-02", "16:18": "2026-12-02"}
    stamped = exhibit(
        "E1", "", ScreenRecord(kind="sms_thread", counterpart=OTHER, messages=messages),
        f"27日 10:30\n马建军，有米借的钱你打算啥时候还？\n2日 16:18\n{said}",
    )  # fmt: skip
    assert days_of(case_of(stamped, inbox), "E1") == {"10:30": "", "16:18": "2026-12-02"}
