"""A thread's header number under a saved name is that name's number; a header that is a
number already is never joined to its own number shown again under it."""

from __future__ import annotations

from evidence.screens.records import ScreenRecord
from understanding.saved_number import number_under_name


def test_saved_name_takes_the_number_under_it() -> None:
    record = ScreenRecord("sms_thread", counterpart="还款提醒", chrome=("13304168852",))
    assert number_under_name(record) == "13304168852"


def test_a_numbered_header_is_not_joined_to_itself() -> None:
    # A company's short 95 line is no phone to find_phones, yet the header is a number.
    record = ScreenRecord("sms_thread", counterpart="950403318", chrome=("950403318",))
    assert number_under_name(record) == ""
