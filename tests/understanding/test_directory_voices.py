"""The phone's contacts list read as calls: its saved people are neither callers nor collectors."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import CallRow, ScreenRecord
from understanding.roles import events_of, number_rows


def item(eid: str, record: ScreenRecord) -> EvidenceItem:
    return EvidenceItem(
        id=eid, kind="call_log", file=f"{eid}.jpg", sha256=eid * 32, text="",
        captured_on="2026-03-16", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def rows_of(*items: EvidenceItem) -> dict:
    case = Case(borrower=Borrower(name="曾小军", phone="13600001111"), evidence=list(items))
    return {row.sender: row for row in number_rows(case)}


# A contacts list under group headers: the header "标签·催收勿接(2)" under a colleague's row
# was read as that row's tag; no row has a time.
DIRECTORY = ScreenRecord(
    "call_log",
    "unknown",
    calls=(
        CallRow(name="标签·家人", count=2),
        CallRow(number="13907396612", count=1),
        CallRow(number="18973955023", count=1, tag="催收"),
        CallRow(number="15573912208", count=1, tag="催收"),
    ),
)
# A call log dates its rows: the same tag there is the phone's mark on a caller.
CALL_LOG = ScreenRecord(
    "call_log",
    "unknown",
    calls=(
        CallRow(number="15573912208", count=4, direction="missed", time="2026-03-16T21:10",
                tag="催收"),
        CallRow(number="13907396612", count=1, direction="incoming", time="2026-03-16T09:00"),
    ),
)  # fmt: skip


def test_a_contacts_list_gives_no_calls_and_no_collector_tags() -> None:
    events, seen = events_of(item("E1", DIRECTORY))
    assert events == []
    assert seen["18973955023"].labels == []
    rows = rows_of(item("E1", DIRECTORY))
    assert rows["18973955023"].role != "collector"
    assert rows["18973955023"].calls == 0


def test_a_dated_call_log_keeps_its_calls_and_tags() -> None:
    rows = rows_of(item("E1", DIRECTORY), item("E2", CALL_LOG))
    assert rows["15573912208"].role == "collector"
    assert rows["15573912208"].calls == 4  # the contacts list adds no call
    assert rows["18973955023"].role != "collector"


def test_a_contact_asking_who_writes_is_never_a_collectors_quote() -> None:
    from understanding.reply_voices import is_contacts_refusal

    for said in (
        "你是哪个？我女儿不会做这种事",
        "晓雯这是什么人啊，一直发短信给我，吓死了",
        "小陈这人谁拉进来的？",
        "梦梦这个号码一直发，你看看怎么回事",
        "他多大的人了你找他去",
    ):
        assert is_contacts_refusal(said), said
    for said in (
        "你是谁不重要，今天不还钱就上门",  # the collector's demand, whatever else it says
        "阿姨你家丫头欠我们钱不还，你当妈的管不管再不处理就上门",
        "你躲得了初一躲不了十五，明天我们的人就到扬州",
    ):
        assert not is_contacts_refusal(said), said
