"""A poster's name the OCR read two ways is one sender; saved contacts and short names never."""

from __future__ import annotations

from understanding.events import ContactEvent, Seen
from understanding.name_twins import join_name_twins, read_twice


def _poster(name: str, *said: str, exhibit: str = "E6", contact: str = "") -> Seen:
    events = [ContactEvent(name, "message", "2026-03-14", "19:02", 1, exhibit) for _ in said]
    return Seen(
        name,
        False,
        events=events,
        exhibits=[exhibit],
        contact=contact,
        words=[(text, exhibit) for text in said],
    )


def _case(*entries: Seen) -> tuple[list[ContactEvent], dict[str, Seen]]:
    return [e for entry in entries for e in entry.events], {e.sender: e for e in entries}


def test_one_slipped_character_in_a_titled_name_is_one_sender() -> None:
    assert read_twice("金盾调解-孙", "金盾训解-孙")
    assert read_twice("易花花法务-小周", "易花花法条-小周")


def test_short_names_another_persons_name_and_other_lengths_stay_apart() -> None:
    assert not read_twice("张三", "李三")
    assert not read_twice("客服小王", "客服小李")  # no title part: two people
    assert not read_twice("易花花法务-小周", "易花花法务-小王")  # the person's own name
    assert not read_twice("金盾调解-孙", "金盾训练-孙")  # two characters differ
    assert not read_twice("金盾调解-孙", "金盾调解员-孙")


def test_the_more_frequent_spelling_is_kept() -> None:
    events, merged = _case(
        _poster("金盾训解-孙", "今晚十点前没有还款计划"),
        _poster("金盾调解-孙", "各位好，王海波在金满仓借款", "他不还这个钱就要你来还"),
    )
    events, merged = join_name_twins(events, merged)
    assert "金盾训解-孙" not in merged
    assert len(merged["金盾调解-孙"].words) == 3
    assert {e.sender for e in events} == {"金盾调解-孙"}


def test_on_a_tie_the_spelling_the_messages_also_use_is_kept() -> None:
    events, merged = _case(
        _poster("金盾训解-孙", "各位好，王海波在金满仓借款"),
        _poster("金盾调解-孙", "我是金满仓委托的调解员。"),
    )
    _, merged = join_name_twins(events, merged)
    assert list(merged) == ["金盾调解-孙"]


def test_saved_contacts_are_never_joined() -> None:
    events, merged = _case(
        _poster("老同学-刘强强", "在吗", contact="saved"),
        _poster("老同学-刘张强", "借我点钱"),
    )
    _, merged = join_name_twins(events, merged)
    assert set(merged) == {"老同学-刘强强", "老同学-刘张强"}
