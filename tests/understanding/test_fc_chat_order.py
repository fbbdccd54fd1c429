"""A chat's presence line in an English interface is the app's, and never decides the order."""

from __future__ import annotations

from casefile.model import Borrower, Case, EvidenceItem
from evidence.screens.records import Message, ScreenRecord
from understanding.roles import number_rows
from understanding.screen_words import in_order, is_not_words


def test_an_english_presence_line_is_the_apps() -> None:
    for text in ("last seen today at 11:14 pm", "online", "typing…", "Last seen yesterday"):
        assert is_not_words(text), text
    assert not is_not_words("online转账已经到了吗")


def test_the_presence_line_never_moves_a_message_off_its_day() -> None:
    said = (
        Message("in", "last seen today at 11:14 pm", time="2027-03-21"),
        Message("in", "孙丽娜，金橙分期的账你打算什么时候处理？", time="2027-03-20"),
        Message(
            "in", "今晚12点前不hk，明天你单位和你老公都会收到你的欠款信息", time="2027-03-21T23:10"
        ),
    )
    assert [m.time for m in in_order(list(said))] == [m.time for m in said]
    record = ScreenRecord("sms_thread", "whatsapp", counterpart="+86 186 5342 7719", messages=said)
    item = EvidenceItem(
        id="E1", kind="chat", file="E1.png", sha256="1" * 64, text="", captured_on="2027-03-21",
        extra={"entities": {"screen": record.to_json()}},
    )  # fmt: skip
    (row,) = number_rows(Case(borrower=Borrower(name="孙丽娜"), evidence=(item,)))
    assert (row.first_seen, row.last_seen, row.messages) == ("2027-03-20", "2027-03-21", 2)
