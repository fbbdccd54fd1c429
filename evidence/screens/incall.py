"""A ringing screen (an incoming call full-screen): the caller's number in large type in the
middle, its place and the phone's tag under it, the answer buttons far below; every line centred.
It is no conversation and no call log row: nobody wrote anything, and the ring itself is not a
counted call (the call log shows it). The record keeps the number and its tag as fields.
"""

from __future__ import annotations

import re
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.calls import first_phone
from evidence.screens.when import is_time_only

# Every line's middle is this close to the screen's (a fraction of the width): no bubble, no row.
_CENTRED = 0.06
# The number is drawn at least this much taller than the screen's other lines.
_LARGE = 1.45
# ... or at least this much taller, its digits as much wider as _LARGE says.
_TALLER = 1.2
_NUMBER_ONLY = re.compile(r"^\+?[\d\s\-()（）]{5,20}$")
# An area code, then the subscriber digits in one or two groups.
_GROUPED_LANDLINE = re.compile(r"^\(?0\d{2,3}\)?[\s\-]\d{3,4}[\s\-]?\d{4}$")
_SENTENCE = re.compile(r"[，。！？,!?；;…]")
# A digit's width in ems (a Chinese character's width).
_NARROW = 0.55
# The place and the tag hang right under the number: each within this many line heights.
_NEAR = 2.0


def _is_number(text: str) -> bool:
    """A line that is a phone number alone: one the phone library knows, or digits grouped as a
    landline is written ("0317-8856-2014"), which the library may reject for its length."""
    stripped = text.strip()
    if not _NUMBER_ONLY.match(stripped):
        return False
    return bool(first_phone(stripped)) or bool(_GROUPED_LANDLINE.match(stripped))


def _em(line: OcrLine) -> float:
    """A line's type size from its width: a Chinese character is one em wide, a digit, a Latin
    letter or a mark about half of one."""
    text = re.sub(r"\s+", "", line.text)
    wide = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    return line.box[2] / max(1.0, wide + _NARROW * (len(text) - wide))


def ringing_screen(lines: list[OcrLine], width: int) -> dict | None:
    """The ringing screen's fields (number, and the lines under it as its label), or None."""
    if len(lines) < 3:
        return None
    if any(abs(ln.box[0] + ln.box[2] / 2 - width / 2) > _CENTRED * width for ln in lines):
        return None
    if any(is_time_only(ln.text) or _SENTENCE.search(ln.text) for ln in lines):
        return None  # a time separator or a sentence: someone wrote something
    numbers = [ln for ln in lines if _is_number(ln.text)]
    if len(numbers) != 1:
        return None
    number = numbers[0]
    others = [ln for ln in lines if ln is not number]
    # OCR's boxes are loose in height: a number boxed a little taller than the lines under it
    # is large type when its digits are drawn as much wider than their glyphs.
    tall = number.box[3] / median(ln.box[3] for ln in others)
    wider = _em(number) >= _LARGE * median(_em(ln) for ln in others)
    if tall < _LARGE and not (tall >= _TALLER and wider):
        return None
    label: list[str] = []
    above = number
    for line in (ln for ln in lines if ln.box[1] > number.box[1]):
        if line.box[1] - (above.box[1] + above.box[3]) > _NEAR * line.box[3]:
            break
        label.append(line.text.strip())
        above = line
    fields: dict = {"number": number.text.strip()}
    if label:
        fields["label"] = " · ".join(label)
    return fields


__all__ = ["ringing_screen"]
