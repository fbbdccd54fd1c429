"""A row of navigation tabs an app draws across the screen ("首页 报案助手 我的"): three or more
short labels on one row, their centres an equal step apart across the width. Whatever the words,
such a row is the app's navigation, never a chat's title, a sender or anyone's words.

A person's words never spread so: a bubble hangs from one side, a list row puts its name left and
its time right (two ends, no even middle), a header is one centred line.
"""

from __future__ import annotations

import re
from itertools import pairwise

from evidence.ocr.base import OcrLine, on_one_row
from evidence.screens.when import is_time_only

# A tab's label: a few words at most, no sentence punctuation.
_LABEL_CHARS = 8
_SENTENCE = re.compile(r"[，。！？,!?；;：:]")
# The labels spread over most of the width: the outer centres this far from the middle at least.
_SPREAD = 0.25
# The steps between neighbouring centres agree within this share of the mean step.
_EVEN = 0.25
# Two or more words far narrower than their box: their own width under this share of it.
_GAPPED = 0.8
# One OCR line holding a tab row: across this share of the width, its centre this near the middle.
_WIDE = 0.6
_CENTRED = 0.06


def _label(line: OcrLine) -> bool:
    text = re.sub(r"\s+", "", line.text)
    return 0 < len(text) <= _LABEL_CHARS and not _SENTENCE.search(text) and not is_time_only(text)


def _rows(lines: list[OcrLine]) -> list[list[OcrLine]]:
    rows: list[list[OcrLine]] = []
    for line in sorted(lines, key=lambda ln: ln.box[1]):
        for row in rows:
            if on_one_row(row[0], line, 0.6):
                row.append(line)
                break
        else:
            rows.append([line])
    return rows


def _evenly_spread(row: list[OcrLine], width: int) -> bool:
    if len(row) < 3 or not all(_label(ln) for ln in row):
        return False
    centres = sorted(ln.box[0] + ln.box[2] / 2 for ln in row)
    if centres[0] > (0.5 - _SPREAD) * width or centres[-1] < (0.5 + _SPREAD) * width:
        return False
    steps = [b - a for a, b in pairwise(centres)]
    mean = sum(steps) / len(steps)
    return all(abs(step - mean) <= _EVEN * mean for step in steps)


def _ink(text: str) -> float:
    """How many character widths the words take: a Latin letter or digit about half a CJK one."""
    return sum(1.0 if "\u4e00" <= ch <= "\u9fff" else 0.55 for ch in text if not ch.isspace())


def gapped(line: OcrLine) -> bool:
    """Two or more words far narrower than their box: buttons or tabs set apart on one row (a
    phone's soft keys "选项 返回"). A name or a bubble's words sit close together."""
    _x, _y, w, h = line.box
    return len(line.text.split()) >= 2 and _ink(line.text) * h < _GAPPED * w


def button_row(line: OcrLine) -> bool:
    """Two or more short labels set far apart on one line: buttons ("新建消息 发送"), no words."""
    words = line.text.split()
    return (
        len(words) >= 2 and all(_label(OcrLine(w, line.box, 0.0)) for w in words) and gapped(line)
    )


def spread_tab_line(line: OcrLine, width: int) -> bool:
    """The tabs boxed as one line: three or more short labels set far apart, the line centred
    across most of the width. A title bar's row ("< 微信(3) 张三 ...") spreads as wide, so this
    is for a chat's body only, where no bar is left."""
    x, _y, w, _h = line.box
    words = line.text.split()
    if len(words) < 3 or w < _WIDE * width or abs(x + w / 2 - width / 2) > _CENTRED * width:
        return False
    return all(_label(OcrLine(word, line.box, line.confidence)) for word in words) and gapped(line)


def tab_row_lines(lines: list[OcrLine], width: int) -> list[OcrLine]:
    """The lines of every evenly spread row of three or more short labels: an app's tabs."""
    if not width:
        return []
    found: list[OcrLine] = []
    for row in _rows(lines):
        if _evenly_spread(row, width):
            found += [ln for ln in row if ln not in found]
    return found
