"""SMS threads headed by their number at the left, a day separator over the first bubble and
reply chips over the input box: the separator never names the thread, the chips are no message."""

from __future__ import annotations

import pytest

from evidence.screens.when import is_time_only
from tests.evidence.screens.boxes import flat, load_screens, parse_boxes

_SCREENS = load_screens("blind25_sms_threads.json")


@pytest.mark.parametrize("name", sorted(_SCREENS))
def test_a_day_separator_never_names_the_thread(name: str) -> None:
    record = parse_boxes(_SCREENS[name])
    assert record.kind == "sms_thread"
    assert record.counterpart.isdigit()
    assert not is_time_only(record.counterpart)


@pytest.mark.parametrize("name", sorted(_SCREENS))
def test_the_first_bubble_under_the_separator_is_a_message(name: str) -> None:
    data = _SCREENS[name]
    record = parse_boxes(data)
    top = sorted(data["lines"], key=lambda line: line[2])
    first = next(text for text, *_box in top if "，" in text or "你" in text)
    assert any(flat(first) in flat(m.text) for m in record.messages)


@pytest.mark.parametrize("name", sorted(_SCREENS))
def test_reply_chips_over_the_input_box_are_nobodys_words(name: str) -> None:
    record = parse_boxes(_SCREENS[name])
    assert all("快捷回复" not in m.text for m in record.messages)
    assert all(not is_time_only(m.text) for m in record.messages)
