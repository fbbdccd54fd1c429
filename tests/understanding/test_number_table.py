"""The number table from the records: no screen label is a row; a saved name and its number, one."""

from __future__ import annotations

import pytest

from casefile.model import Borrower, Case, EvidenceItem
from corrections import fix_screen, sender_key
from evidence.screens.records import CallRow, Message, ScreenRecord
from understanding.guess import guess_role
from understanding.roles import number_rows
from understanding.screen_events import is_screen_label, sender_of


def item(eid: str, record: ScreenRecord, text: str = "", kind: str = "sms") -> EvidenceItem:
    return EvidenceItem(
        id=eid, kind=kind, file=f"{eid}.jpg", sha256=eid * 32, text=text,
        captured_on="2026-10-21", extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip


def case_of(*items: EvidenceItem) -> Case:
    return Case(borrower=Borrower(name="韦丽", phone="13600001111"), evidence=items)


def rows_of(case: Case) -> dict:
    return {row.sender: row for row in number_rows(case)}


LABELS = [
    "拨号 通话记录 联系人 黄页", "最近通话", "最近记录", "键盘 暖近记录 联系人", "未知", "通话记录",
    "骚扰电话", "个人收藏 最近通话 通讯录 拨号键盘 语音留言", "中国移动4G 18:50", "23:12",
]  # fmt: skip


@pytest.mark.parametrize("label", LABELS)
def test_a_screen_label_is_never_a_row_of_the_number_table(label: str) -> None:
    assert is_screen_label(label)
    log = ScreenRecord(
        "call_log",
        calls=(
            CallRow(name=label, count=1),
            CallRow(number="17620458831", count=3, direction="missed",
                    time="2026-10-21T11:02", tag="疑似催收"),
            CallRow(name="妈妈", count=1, direction="incoming", time="2026-10-20T19:20"),
        ),
    )  # fmt: skip
    inbox = ScreenRecord("sms_list", messages=(Message("in", "你好", sender=label),))
    rows = rows_of(case_of(item("E1", log, kind="call_log"), item("E2", inbox)))
    assert set(rows) == {"17620458831", "妈妈"}


@pytest.mark.parametrize("name", ["妈妈", "王科长", "小雅", "金橙法务部-何经理", "陈总", "张三"])
def test_a_saved_name_is_not_a_screen_label(name: str) -> None:
    assert not is_screen_label(name)


def test_a_saved_name_and_its_number_on_different_screens_are_one_row() -> None:
    log = ScreenRecord(
        "call_log",
        calls=(CallRow(name="妈妈", count=2, direction="incoming", time="2026-10-20T19:20"),),
    )
    thread = ScreenRecord(
        "sms_thread", counterpart="妈妈 139 7712 3456",
        messages=(Message("in", "丽丽，有空回个电话", time="2026-10-20T19:10"),),
    )  # fmt: skip
    card_row = ScreenRecord(
        "call_log",
        calls=(CallRow(number="13977123456", name="妈妈", count=1, direction="incoming",
                       time="2026-10-19T08:00"),),
    )  # fmt: skip
    case = case_of(
        item("E1", log, kind="call_log"), item("E2", thread), item("E3", card_row, kind="call_log")
    )
    rows = rows_of(case)
    assert set(rows) == {"13977123456"}
    assert rows["13977123456"].role == "relative"  # guessed by the name the phone saved
    assert rows["13977123456"].names == ("妈妈",)
    assert (rows["13977123456"].calls, rows["13977123456"].messages) == (3, 1)


def test_a_place_beside_a_number_is_not_a_saved_name() -> None:
    log = ScreenRecord(
        "call_log",
        calls=(CallRow(number="17620458831", name="广西南宁", count=4, direction="missed",
                       time="2026-10-21T11:02"),),
    )  # fmt: skip
    row = rows_of(case_of(item("E1", log, kind="call_log")))["17620458831"]
    assert row.role == "collector"  # a stranger calling again and again, not a saved "friend"


def test_a_role_given_to_a_chat_lands_on_the_row_the_table_shows() -> None:
    for shown in ("+86 170-0000-1234", "妈妈 139 7712 3456", "张伟", "106905521334"):
        assert sender_key(shown) == sender_of(shown)[0]
    thread = ScreenRecord(
        "sms_thread", counterpart="妈妈 139 7712 3456",
        messages=(Message("in", "你欠的钱今天必须还，不然我们上门", time="2026-10-20T19:10"),),
    )  # fmt: skip
    case = case_of(item("E1", thread))
    fixed, _record = fix_screen(case, "E1", thread.to_json(), counterpart_role="relative")
    row = rows_of(fixed)["13977123456"]
    assert (row.role, row.confirmed) == ("relative", True)


def test_a_contact_card_joins_its_name_and_number() -> None:
    card = ScreenRecord("contact_card", counterpart="陈总", fields={"number": "186 7710 2288"})
    calls = ScreenRecord(
        "call_log",
        calls=(CallRow(number="18677102288", count=1, direction="incoming",
                       time="2026-10-20T14:02"),),
    )  # fmt: skip
    texts = ScreenRecord(
        "chat_1to1", "wechat", counterpart="陈总",
        messages=(Message("in", "尽快处理好，别让他们再打到公司来。", time="2026-10-21T11:41"),),
    )  # fmt: skip
    case = case_of(
        item("E1", card, kind="other"), item("E2", calls, kind="call_log"),
        item("E3", texts, kind="chat"),
    )  # fmt: skip
    rows = rows_of(case)
    assert set(rows) == {"18677102288"}
    assert (rows["18677102288"].role, rows["18677102288"].names) == ("colleague", ("陈总",))
    assert (rows["18677102288"].calls, rows["18677102288"].messages) == (1, 1)


@pytest.mark.parametrize(
    ("shown", "key"),
    [
        ("+86 176 2045 8831 广西南宁", ("17620458831", True)),  # a place beside it: the number
        ("妈妈 139 7712 3456", ("13977123456", True)),
        ("176 2045 8831", ("17620458831", True)),
        ("金橙法务部-何经理", ("金橙法务部-何经理", False)),
        ("你妈妈的电话13912345678我们打过了", ("你妈妈的电话13912345678我们打过了", False)),
    ],
)
def test_who_sent_this_one_rule(shown: str, key: tuple[str, bool]) -> None:
    assert sender_of(shown) == key
    assert sender_key(shown) == key[0]


@pytest.mark.parametrize(
    ("name", "role"),
    [("王科长", "colleague"), ("李主任", "colleague"), ("亲属", "relative"), ("表哥", "relative")],
)
def test_a_saved_names_title_says_how_the_borrower_knows_them(name: str, role: str) -> None:
    assert guess_role(name, False, "你没事吧", contact="saved").role == role
