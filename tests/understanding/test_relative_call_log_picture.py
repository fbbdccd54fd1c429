"""A picture of a relative's call log sent in a chat: its rows are calls on that relative's
phone, keyed by that phone, so the borrower's own row of the same number at the same minute
stays a call of its own."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import CallRow, Message, ScreenRecord
from understanding.roles import case_events, events_of

NUMBER = "13900002222"
WHEN = "2026-11-21T21:05"


def item(eid: str, record: ScreenRecord) -> EvidenceItem:
    return EvidenceItem(
        id=eid, kind="chat", file=f"{eid}.jpg", sha256=eid * 32, text="",
        captured_on="2026-11-22", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


PICTURE = ScreenRecord(
    "chat_1to1",
    "wechat",
    "borrower",
    "二姨",
    messages=(Message("in", "你看看这一宿给我打了多少个电话", "", "2026-11-22T09:50"),),
    calls=(CallRow(number=NUMBER, count=3, time=WHEN, tag="疑似催收"),),
)
OWN_LOG = ScreenRecord(
    "call_log", "dialer", "borrower", calls=(CallRow(number=NUMBER, count=3, time=WHEN),)
)


def test_call_rows_in_a_chats_picture_are_the_relatives_phones_calls() -> None:
    events, _seen = events_of(item("E1", PICTURE))
    calls = [e for e in events if e.kind == "call" and e.sender == NUMBER]
    assert [e.count for e in calls] == [3]
    assert not calls[0].key.startswith("borrower|")


def test_same_minute_rows_on_two_phones_are_both_counted() -> None:
    case = Case(
        borrower=Borrower(name="王丽", phone="13600001111"),
        evidence=(item("E1", PICTURE), item("E2", OWN_LOG)),
    )
    events, _merged = case_events(case)
    assert sum(e.count for e in events if e.kind == "call" and e.sender == NUMBER) == 6
