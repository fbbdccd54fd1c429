"""A saved name's thread that shows its number under the name is that number's (pure).

A contact saved in the borrower's phone («还款提醒», «妈妈») heads its thread by the saved name,
and some phones print the number itself as the bar's second line. The parser keeps that line
with the screen's chrome; read here, it joins the name to its number, as «妈妈 139…» on one row.
"""

from __future__ import annotations

import re

from evidence.entities.phones import find_phones
from evidence.screens.records import ScreenRecord

# A line of nothing but a phone number ("13304168852", "+86 133 0416 8852", "0416-2835716").
_BARE_NUMBER = re.compile(r"(?:\+?86)?[\d\s\-]{7,18}")
_DIGIT_RUN = re.compile(r"\d{5,}")


def number_under_name(record: ScreenRecord) -> str:
    """The one phone number a chat's header shows as its second line under a name, else "".

    The parser keeps that line with the screen's chrome; a line of nothing but one number there
    is it (the status bar, buttons and a number's home place are words, never a bare number).
    """
    if record.kind not in ("chat_1to1", "sms_thread") or not record.counterpart:
        return ""
    if find_phones(record.counterpart) or _DIGIT_RUN.search(record.counterpart):
        # A header that is itself a number (a 95 line find_phones leaves, "950403318") shows
        # it again under itself: that second line is the same number, never a saved name's.
        return ""
    numbers = {
        found[0][1]
        for line in record.chrome
        if _BARE_NUMBER.fullmatch(line.strip()) and len(found := find_phones(line)) == 1
    }
    return numbers.pop() if len(numbers) == 1 else ""
