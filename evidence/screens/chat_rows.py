"""A chat's rows OCR boxed in pieces, joined again before bubbles are read: a group member's
role chip boxed apart from the nickname right of it, one line of a bubble boxed in two pieces
side by side."""

from __future__ import annotations

import re
from dataclasses import replace

from evidence.ocr.base import OcrLine, on_one_row

# A group member's role chip drawn before their nickname (QQ, WeChat Work): the app's label.
ROLE_CHIP = r"(?:群主|管理员|超级管理员|群管理员?|创建者|LV\s?\d{1,3}|Lv\s?\d{1,3})"
CHIP_ONLY = re.compile(rf"^{ROLE_CHIP}$")


def _same_row(one: OcrLine, other: OcrLine) -> bool:
    return on_one_row(one, other, 0.5)


def chips_joined(lines: list[OcrLine], width: int) -> list[OcrLine]:
    """A role chip OCR boxed apart from the nickname right of it, joined into one line again
    (its box from the chip's left, where a nickname row starts)."""
    lines = list(lines)
    for index in range(len(lines) - 1):
        one, other = lines[index], lines[index + 1]
        if _same_row(one, other) and other.box[0] < one.box[0]:
            lines[index], lines[index + 1] = other, one  # a row reads left to right
    out: list[OcrLine] = []
    skip = False
    for index, line in enumerate(lines):
        if skip:
            skip = False
            continue
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        if CHIP_ONLY.match(line.text.strip()) and nxt is not None and _same_row(line, nxt):
            x, y, w, h = line.box
            nx, ny, nw, nh = nxt.box
            if -0.02 * width <= nx - (x + w) < 0.06 * width:
                top, bottom = min(y, ny), max(y + h, ny + nh)
                box = (x, top, nx + nw - x, bottom - top)
                out.append(replace(nxt, text=f"{line.text.strip()} {nxt.text.strip()}", box=box))
                skip = True
                continue
        out.append(line)
    return out


def split_rows_joined(lines: list[OcrLine]) -> list[OcrLine]:
    """One line of a bubble OCR boxed in two pieces side by side ("会尽快处理，" "，不会再影响
    公司"), joined again: the second starts within half a glyph of the first's end on its row.
    A time beside a bubble or a second bubble on the row keeps a wider gap."""
    out: list[OcrLine] = []
    for line in lines:
        last = out[-1] if out else None
        if last is not None and _same_row(last, line):
            x, y, w, h = last.box
            nx, ny, nw, nh = line.box
            if -h <= nx - (x + w) <= 0.5 * min(h, nh) and nx > x:
                top, bottom = min(y, ny), max(y + h, ny + nh)
                box = (x, top, max(x + w, nx + nw) - x, bottom - top)
                head, tail = last.text.rstrip(), line.text.lstrip()
                if nx < x + w and head[-1:] == tail[:1]:
                    tail = tail[1:]  # the glyph both overlapping boxes read
                text = head + tail
                out[-1] = replace(last, text=text, box=box)
                continue
        out.append(line)
    return out
