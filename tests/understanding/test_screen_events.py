"""Contact events from kept screen records: row counts summed, only incoming messages, no chrome."""

from __future__ import annotations

from casefile.model import Case, EvidenceItem
from evidence.screens.records import CallRow, Message, ScreenRecord
from understanding.roles import events_of, number_rows


def item(eid: str, record: ScreenRecord, text: str, kind: str) -> EvidenceItem:
    return EvidenceItem(
        id=eid, kind=kind, text=text, captured_on="2025-02-20",
        extra={"entities": {"phones": [], "screen": record.to_json()}},
    )  # fmt: skip


CALLS = ScreenRecord(
    "call_log",
    "ios",
    calls=(
        CallRow(number="073185620947", count=12, time="2025-02-19", tag="疑似催收"),
        CallRow(name="妈妈", count=2, time="2025-02-18"),
    ),
    chrome=("22:47", "个人收藏 最近通话 通讯录 拨号键盘 语音留言"),
)
CHAT = ScreenRecord(
    "sms_thread",
    "miui",
    counterpart="1069012345678",
    messages=(
        Message("in", "【速借】您已逾期，将通知您的紧急联系人", time="2025-02-19T23:10"),
        Message("out", "别再发了", time="2025-02-19T23:12"),
    ),
    chrome=("16:40 HD 5G",),
)


def test_call_rows_give_counted_calls_with_tags() -> None:
    events, seen = events_of(item("E1", CALLS, "22:47\n个人收藏 最近通话", "call_log"))
    assert [(e.sender, e.kind, e.count, e.day) for e in events] == [
        ("073185620947", "call", 12, "2025-02-19"),
        ("妈妈", "call", 2, "2025-02-18"),
    ]
    assert seen["073185620947"].labels == ["疑似催收"]
    assert "22:47" not in seen


def test_sms_thread_messages_belong_to_the_header_number() -> None:
    events, _seen = events_of(item("E2", CHAT, "16:40 HD 5G\n1069012345678", "sms"))
    assert [(e.sender, e.day, e.time, e.night) for e in events] == [
        ("1069012345678", "2025-02-19", "23:10", True)
    ]


def test_number_table_sums_row_counts_across_screens() -> None:
    case = Case(
        evidence=(
            item("E1", CALLS, "", "call_log"),
            item("E2", CHAT, "", "sms"),
            item("E3", CALLS, "", "call_log"),
        )
    )
    rows = {row.sender: row for row in number_rows(case)}
    assert rows["073185620947"].calls == 24
    assert rows["1069012345678"].messages == 1
    assert not any(":" in sender for sender in rows)


def test_evidence_without_a_record_still_reads_the_text() -> None:
    plain = EvidenceItem(id="E9", kind="call_log", text="17000001234 (3) 未接 昨天")
    events, _seen = events_of(plain)
    assert events
