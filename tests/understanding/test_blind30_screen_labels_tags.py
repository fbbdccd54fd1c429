"""UI words a screen prints where a name would be, and a crowd tag read on a saved name's row."""

from __future__ import annotations

import pytest

from understanding.guess import guess_role
from understanding.screen_events import is_screen_label


@pytest.mark.parametrize("text", ["最近", "服务通知", "漏话提醒", "备忘录 完成"])
def test_a_pages_own_title_or_bar_is_no_sender(text: str) -> None:
    assert is_screen_label(text)


@pytest.mark.parametrize("text", ["乌兰", "二姐", "速易花法务-王专员", "老刘"])
def test_names_stay_senders(text: str) -> None:
    assert not is_screen_label(text)


def test_a_crowd_tag_on_a_saved_names_row_does_not_make_a_collector() -> None:
    # The phone shows the crowd's tags on unsaved numbers only: on a saved name the tag is a
    # neighbouring pane's badge OCR joined to the row.
    guess = guess_role("乌兰", False, "疑似催收", ["疑似催收"], contact="saved", calls=1)
    assert guess.role != "collector"


def test_a_crowd_tag_on_a_number_still_says_collector() -> None:
    guess = guess_role("17647053318", True, "疑似催收", ["疑似催收"], calls=1)
    assert guess.role == "collector"
    assert guess.code == "phone_label"
