"""A call row's day as its head writes it, read past what stands around it and what cut it.

The shared reader knows an English weekday only at a text's start ("Tue 16:45"); a call row
writes the crowd's tag before it ("疑似催收 Tue 16:45") and a saved name ("老婆 Tue 13:00"), so
the row reads its weekday wherever it stands. A mark drawn over the row's right end (a circle,
a stroke) leaves "昨天" as its first glyph alone or with a wrong second one ("昨", "昨夫"):
still yesterday, so the row keeps its day and is told from the same row on another screenshot.

A list's round button at a row's right end sits right after the row's time: OCR reads it as one
more glyph of it ("16:520", "星期四〇") or as a word of its own ("18:22 0"), and a narrow gap
between the day and the clock may be lost ("12/421:50"). The row's time is the one it draws.
"""

from __future__ import annotations

import re

_WEEKDAYS = {
    "mon": "星期一", "tue": "星期二", "wed": "星期三", "thu": "星期四",
    "fri": "星期五", "sat": "星期六", "sun": "星期日",
}  # fmt: skip
# An English weekday as a word of its own, before a clock or at the row's end.
_ENGLISH_WEEKDAY = re.compile(
    rf"(?i)(?<![A-Za-z])({'|'.join(_WEEKDAYS)})(?:[a-z]*day)?\.?,?(?=\s*(?:\d|$))"
)
# A row's day and clock at its right end in an English list: "Tue 13:00", never the name's.
ENGLISH_ROW_WHEN = re.compile(
    rf"(?i)\s*(?<![A-Za-z])(?:{'|'.join(_WEEKDAYS)})(?:[a-z]*day)?\.?,?\s*\d{{1,2}}[:：]\d{{2}}$"
)
# "昨天" cut after its first glyph or read with a wrong second one, alone as the row's day.
_CUT_YESTERDAY = re.compile(r"(?:(?<=\s)|^)昨(?!天|日)[\u4e00-\u9fff]?(?=\s|$)")


# A round mark after the row's clock ("16:52" + "0", "18:22 0") or day word ("星期四〇") at
# its right end: a minute has two digits, so a third one after them is the mark.
_GLUED_MARK = re.compile(
    r"(?<![\d:：])(\d{1,2}[:：][0-5]\d|昨天|今天|前天|星期[一二三四五六日天]|周[一二三四五六日])"
    r"\s*[0oO〇○]\s*$"
)
# A day glued to its clock ("12/4" + "21:50"): the clock takes two digits for its hour, as a
# list that pads "09:31" draws it, and the day what is left ("12/421:50" is 12/4 21:50).
_GLUED_DAY = re.compile(
    r"(?<![\d/])((?:\d{4}/)?\d{1,2}/\d{1,2})([0-2]\d[:：][0-5]\d)(?=[0oO〇○]?\s*$)"
)


def unglued_when(text: str) -> str:
    """A row's line with its time as the row draws it: the round mark after it taken off, a
    day glued to its clock set apart."""
    return _GLUED_MARK.sub(r"\1", _GLUED_DAY.sub(r"\1 \2", text.rstrip()))


def row_day_text(details: str) -> str:
    """A call row's detail text with its day in the words the shared time reader knows."""
    text = _ENGLISH_WEEKDAY.sub(lambda m: _WEEKDAYS[m.group(1).lower()], details)
    return _CUT_YESTERDAY.sub("昨天", text)
