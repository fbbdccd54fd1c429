"""A contact card: the saved name in large type over the number, its label and place, a note.

Known by its layout, not by its buttons' words: a centred name much taller than the other lines
near the top, a number alone on a line at the left under it, and no time separator or bubble.
"""

from __future__ import annotations

import re
from statistics import median

from evidence.ocr.base import OcrLine
from evidence.screens.calls import first_phone
from evidence.screens.when import TRAILING_WHEN, is_time_only

# The name is drawn at least this much taller than the card's other lines.
_LARGE = 1.45
_SENTENCE = re.compile(r"[，。！？,!?；;…]")
_NUMBER_ONLY = re.compile(r"^\+?[\d\s\-()（）]{5,20}$")
# A note's label over its text ("备注" / "公司直属领导").
_NOTE_LABEL = re.compile(r"^(?:备注|附注|Notes?)$", re.I)


def _name_line(lines: list[OcrLine], width: int) -> OcrLine | None:
    heights = [ln.box[3] for ln in lines]
    if len(lines) < 3:
        return None
    typical = median(heights)
    for line in lines[: max(3, len(lines) // 2)]:
        x, _y, w, h = line.box
        text = line.text.strip()
        centred = abs(x + w / 2 - width / 2) < 0.1 * width
        short = 0 < len(text.replace(" ", "")) <= 12 and not _SENTENCE.search(text)
        short = short and bool(re.search(r"[\u4e00-\u9fffA-Za-z]", text))  # a name, not ¥3960
        # A list row's head in large type ("王经理 昨天") spans the row, its time at the right
        # end: centred by its box only, never a card's name, which is short and alone.
        row_head = w > 0.7 * width or bool(TRAILING_WHEN.search(text) and not is_time_only(text))
        if centred and short and not row_head and h >= _LARGE * typical and not is_time_only(text):
            return line
    return None


def contact_card(lines: list[OcrLine], width: int) -> dict | None:
    """The card's fields (name, number, label/place, note), or None when it is not a card."""
    name = _name_line(lines, width)
    if name is None:
        return None
    below = [ln for ln in lines if ln.box[1] > name.box[1]]
    numbers = [
        (index, ln)
        for index, ln in enumerate(below)
        if ln.box[0] < 0.2 * width and _NUMBER_ONLY.match(ln.text.strip()) and first_phone(ln.text)
    ]
    if not numbers:
        return None
    index, number = numbers[0]
    fields: dict = {"name": name.text.strip(), "number": number.text.strip()}
    if index > 0 and not first_phone(below[index - 1].text):
        fields["label"] = below[index - 1].text.strip()  # "手机 福建厦门": the number's label
    for at, line in enumerate(below[:-1]):
        _x, y, _w, h = line.box
        nxt = below[at + 1]
        # An empty note leaves a gap: the line far below is the next button, not the note.
        if _NOTE_LABEL.match(line.text.strip()) and nxt.box[1] - (y + h) < h:
            fields["note"] = nxt.text.strip()
    return fields


__all__ = ["contact_card"]
