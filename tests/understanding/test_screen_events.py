"""The case from parsed screen records: who called or wrote, how often, when, and their words."""

from __future__ import annotations

from dataclasses import replace

from casefile.model import Borrower, Case, EvidenceItem, Loan
from evidence.screens.records import CallRow, Message, ScreenRecord
from understanding.build import build_case
from understanding.figures import case_figures, conduct_span
from understanding.loan import loan_facts
from understanding.quotes import collector_quotes
from understanding.roles import events_of, number_rows


def item(eid: str, record: ScreenRecord, text: str = "", kind: str = "chat") -> EvidenceItem:
    return EvidenceItem(
        id=eid, kind=kind, file=f"{eid}.jpg", sha256=eid * 32, text=text,
        captured_on="2026-03-14", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def case_of(*items: EvidenceItem, roles: dict[str, str] | None = None) -> Case:
    return Case(
        borrower=Borrower(name="李晓明", phone="13600001111"),
        evidence=items,
        extra={"contact_roles": roles} if roles else {},
    )


def rows_of(case: Case) -> dict:
    return {row.sender: row for row in number_rows(case)}


CALLS = ScreenRecord(
    "call_log",
    "miui",
    calls=(
        CallRow(number="13873124456", count=12, direction="missed", time="2026-03-14T21:10",
                tag="疑似催收"),
        CallRow(number="073185620947", count=3, direction="missed", time="2026-03-13T14:22"),
        CallRow(name="王经理", count=1, direction="incoming", time="2026-03-14T18:30"),
        CallRow(number="19907312287", count=2, direction="outgoing", time="2026-03-14T19:00"),
    ),
    chrome=("23:20 36K/s 4G 46%", "拨号 联系人 营业厅"),
)  # fmt: skip
# The same list scrolled: two rows again, one new.
CALLS_SCROLLED = ScreenRecord(
    "call_log",
    "miui",
    calls=(
        CallRow(number="073185620947", count=3, direction="missed", time="2026-03-13T14:22"),
        CallRow(name="王经理", count=1, direction="incoming", time="2026-03-14T18:30"),
        CallRow(number="02865713390", count=4, direction="missed", time="2026-03-12T10:00"),
    ),
)
THREAD = ScreenRecord(
    "sms_thread",
    "miui",
    counterpart="199 0731 2287",
    messages=(
        Message("in", "明天我们的人会去你单位找你领导谈谈", time="2026-03-14T23:05"),
        Message("out", "别再发了，我已经报警", time="2026-03-14T23:07"),
    ),
    chrome=("23:10 5G 52%",),
)
BOSS = ScreenRecord(
    "chat_1to1",
    "wechat",
    counterpart="王经理",
    messages=(
        Message("in", "小李，有人打电话到公司说你欠钱，怎么回事？", time="2026-03-14T16:12"),
        Message("out", "王经理不好意思，是网贷催收，已逾期我会还款处理好", time="2026-03-14T16:35"),
    ),
    chrome=("16:40 HD 5G 80%",),
)


def test_call_rows_give_their_counts_tags_and_directions() -> None:
    events, seen = events_of(item("E1", CALLS, "23:20 36K/s 4G 46%\n通话记录", "call_log"))
    assert [(e.sender, e.count, e.day, e.time) for e in events] == [
        ("13873124456", 12, "2026-03-14", "21:10"),
        ("073185620947", 3, "2026-03-13", "14:22"),
        ("王经理", 1, "2026-03-14", "18:30"),
    ]  # the owner's outgoing call is nobody's contact event
    assert seen["13873124456"].labels == ["疑似催收"]
    assert seen["王经理"].contact == "saved"
    assert not any(":" in sender or "4G" in sender for sender in seen)


def test_overlapping_screenshots_of_one_call_log_count_once() -> None:
    case = case_of(item("E1", CALLS, kind="call_log"), item("E2", CALLS_SCROLLED, kind="call_log"))
    rows = rows_of(case)
    assert rows["073185620947"].calls == 3
    assert rows["02865713390"].calls == 4
    assert rows["073185620947"].exhibits == ("E1", "E2")


def test_landlines_reach_the_number_table_and_strangers_calling_again_are_collectors() -> None:
    rows = rows_of(case_of(item("E1", CALLS, kind="call_log")))
    assert rows["073185620947"].role == "collector"  # 0731-8562 0947, 3 missed calls
    assert rows["13873124456"].role == "collector"  # tagged by the phone
    assert rows["王经理"].role == "colleague"


def test_sms_thread_messages_belong_to_the_header_number_never_the_owners_reply() -> None:
    events, seen = events_of(item("E2", THREAD, "23:10 5G 52%\n199 0731 2287", "sms"))
    assert [(e.sender, e.kind, e.day, e.time, e.night) for e in events] == [
        ("19907312287", "message", "2026-03-14", "23:05", True)
    ]
    assert seen["19907312287"].words == [("明天我们的人会去你单位找你领导谈谈", "E2")]
    assert "23:10" not in seen


def test_a_contact_is_never_a_collector_for_the_owners_own_words() -> None:
    rows = rows_of(case_of(item("E3", BOSS)))
    assert rows["王经理"].role == "colleague"
    assert rows["王经理"].messages == 1  # only his own message


def test_forwarded_screenshot_makes_its_owner_a_contact_and_counts_the_calls() -> None:
    record = replace(
        CALLS_SCROLLED, owner="relative", calls=(CallRow(number="13873124456", count=7,
        direction="missed", time="2026-03-13T20:40", tag="疑似催收"),),
    )  # fmt: skip
    data = record.to_json() | {"owner_name": "妈妈"}
    mother = EvidenceItem(id="E4", kind="call_log", extra={"entities": {"screen": data}})
    rows = rows_of(case_of(item("E1", CALLS, kind="call_log"), mother))
    assert rows["妈妈"].role == "relative"
    assert rows["妈妈"].is_contact
    assert rows["13873124456"].calls == 12 + 7


def test_status_bar_clock_is_never_a_night_contact() -> None:
    day_log = ScreenRecord(
        "call_log",
        "ios",
        calls=(CallRow(number="13592027718", count=3, time="2026-06-10T13:50", tag="疑似催收"),),
        chrome=("23:15 5G 20%",),
    )
    case = case_of(item("E1", day_log, "23:15 5G 20%\n135 9202 7718 (3)", "call_log"))
    figures = case_figures(case)
    assert figures.calls == 3
    assert figures.night == 0
    assert (figures.first_day, figures.last_day) == ("2026-06-10", "2026-06-10")


def test_id_card_birth_date_is_never_a_date_of_conduct() -> None:
    card = ScreenRecord(
        "id_card",
        fields={"birth_date": "1991-02-19", "id_number": "430104199102190000"},
    )
    text = "身份证\n姓名 李晓明\n出生 1991年2月19日\n公民身份号码 430104199102190000"
    built = build_case([], case_of(item("E1", CALLS, kind="call_log"), item("E9", card, text)))
    assert built.harassment.started_on == "2026-03-13"
    assert built.harassment.last_on == "2026-03-14"
    assert "430104199102190000" not in rows_of(built)
    alone = build_case([], case_of(item("E9", card, text)))
    assert alone.harassment.started_on == ""  # no contact yet: no date rather than a birthday
    assert conduct_span(built) == ("2026-03-13", "2026-03-14")


def test_quotes_are_whole_collector_messages_with_their_exhibit() -> None:
    quotes = collector_quotes(case_of(item("E1", CALLS, kind="call_log"), item("E2", THREAD),
                                      item("E3", BOSS)))  # fmt: skip
    assert [(q.text, q.exhibit) for q in quotes] == [("明天我们的人会去你单位找你领导谈谈", "E2")]


def test_a_stored_role_wins_and_rederives_the_quotes() -> None:
    case = case_of(item("E2", THREAD), roles={"19907312287": "friend"})
    assert rows_of(case)["19907312287"].role == "friend"
    assert collector_quotes(case) == ()
    assert case_figures(case).messages == 0


BILL = ScreenRecord(
    "bill", fields={"amount": 3000.0, "received": 2460.0, "fees": 540.0, "demanded": 3860.0}
)
LOAN_SMS = ScreenRecord(
    "sms_thread",
    counterpart="16781 2290 551",
    messages=(Message("in", "【闪电借】您的借款2000元已严重逾期，今日需还款2980元"),),
)


def test_loan_fields_from_a_bill_page_or_the_lenders_sms() -> None:
    assert loan_facts(case_of(item("E1", BILL))) == {
        "amount": 3000.0, "received": 2460.0, "deducted": 540.0, "demanded": 3860.0,
    }  # fmt: skip
    assert loan_facts(case_of(item("E1", LOAN_SMS))) == {"amount": 2000.0, "demanded": 2980.0}
    # Overdue, the amount and today as the day: the lender's routine ledger notice, no threat.
    assert rows_of(case_of(item("E1", LOAN_SMS)))["167812290551"].role == "platform"


def test_the_users_loan_figures_are_never_overwritten() -> None:
    base = replace(case_of(item("E1", BILL)), loan=Loan(amount=2800.0))
    built = build_case([], base)
    assert built.loan.amount == 2800.0
    assert built.loan.deducted == 540.0
    again = build_case([], built)
    assert again.loan == built.loan


def test_an_exhibit_without_a_usable_record_is_read_from_its_text() -> None:
    empty = ScreenRecord("chat_1to1", counterpart="", messages=())
    events, _seen = events_of(item("E5", empty, "17000001234 (3) 未接 昨天", "call_log"))
    assert [(e.sender, e.count) for e in events] == [("17000001234", 3)]


def test_a_number_named_in_a_message_reaches_the_table_without_the_writers_words() -> None:
    words = "逾期了还不还款？你妈妈的电话13912345678我们打过了，回电4001234567"
    named = replace(THREAD, messages=(Message("in", words),))
    rows = rows_of(case_of(item("E6", named)))
    assert rows["4001234567"].role == "platform"
    assert rows["13912345678"].role == "unknown"  # the collector's words are not the mother's
    assert rows["19907312287"].role == "collector"


def test_a_list_the_record_read_worse_than_its_text_is_read_from_the_text() -> None:
    # OCR merged three rows into what the parser took as one: the text names them all.
    lost = ScreenRecord("call_log", calls=(CallRow(number="17000001234", count=3),))
    text = "通话记录\n17000001234 (3) 未接 昨天\n18677001702 (5) 未接 昨天\n"
    text += "13900002222 (2) 呼入 昨天"
    events, _seen = events_of(item("E7", lost, text, "call_log"))
    assert {e.sender: e.count for e in events} == {
        "17000001234": 3, "18677001702": 5, "13900002222": 2,
    }  # fmt: skip


def _log(*rows: CallRow, owner: str = "borrower") -> ScreenRecord:
    return ScreenRecord("call_log", "coloros", owner=owner, calls=rows)


def test_one_numbers_rows_at_the_same_minute_on_two_screenshots_are_one_group() -> None:
    # The log groups four calls under "(4) 昨天 23:50"; the number's own page names its last
    # call "3月22日 23:50" as one call: the same group, counted once with the larger count.
    grouped = CallRow(number="18173145520", count=4, direction="missed", time="2026-03-22T23:50")
    last = replace(grouped, count=1)
    older = replace(grouped, count=1, time="2026-03-21T21:10")
    case = case_of(
        item("E1", _log(grouped, older), kind="call_log"),
        item("E2", _log(last), kind="call_log"),
    )
    assert rows_of(case)["18173145520"].calls == 5


def test_same_minute_rows_on_one_screenshot_or_two_phones_still_count_apart() -> None:
    row = CallRow(number="18173145520", count=2, direction="missed", time="2026-03-22T23:50")
    one_screen = case_of(item("E1", _log(row, replace(row, count=1)), kind="call_log"))
    assert rows_of(one_screen)["18173145520"].calls == 3
    two_phones = case_of(
        item("E1", _log(row), kind="call_log"),
        item("E2", _log(replace(row, count=1), owner="relative"), kind="call_log"),
    )
    assert rows_of(two_phones)["18173145520"].calls == 3


def test_a_rows_tag_and_home_taken_for_its_name_is_no_caller() -> None:
    # "骚扰・山东青岛" is the line under a row (its tag dotted to the number's home): the parser
    # gave it to the next row, whose name the OCR lost. Nobody is called that.
    log = _log(
        CallRow(number="15264578231", count=4, direction="missed", time="2026-03-13"),
        CallRow(name="骚扰・山东青岛", count=1, direction="missed", time="2026-03-13"),
        CallRow(name="妈妈", count=1, direction="incoming", time="2026-03-12T08:40"),
    )
    rows = rows_of(case_of(item("E1", log, kind="call_log")))
    assert set(rows) == {"15264578231", "妈妈"}


def test_undated_rows_of_one_number_at_one_minute_on_two_screenshots_are_one_group() -> None:
    # Neither screenshot could date its rows (no year on the page, none in the file's name): the
    # log's "(2) 19:03" and the number's own page's last call at 19:03 are one group all the same.
    grouped = CallRow(number="13304168852", count=2, direction="missed", time="19:03")
    case = case_of(
        item("E1", _log(grouped), kind="call_log"),
        item("E2", _log(replace(grouped, count=1), replace(grouped, count=1, time="11:30")),
             kind="call_log"),
    )  # fmt: skip
    assert rows_of(case)["13304168852"].calls == 3
