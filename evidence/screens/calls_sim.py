"""A dual-SIM call log's row marks: the SIM badge at the row's left, HD/VoLTE marks, dotted days.

A dual-SIM dialer draws a small badge ("卡1", "SIM2", or a bare "1"/"2") in a column of its
own left of the number or saved name, and a boxed "HD" (VoLTE) mark after it. OCR reads the
badge, the mark and the row's time as one line with the name, or boxes the name on its own
and reads the badge, the mark and the time as a second line at the same height. Neither badge
nor mark is part of the caller: a row keys by the bare number or saved name, and a line of only
a badge and a mark is the rest of the row it sits in, never a caller of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from evidence.ocr.base import OcrLine
from evidence.screens.when import TRAILING_WHEN

# The SIM badge at a row's left: "卡1", "SIM 2", or the bare slot digit before a number.
SIM_BADGE = re.compile(r"^\s*(?:(?:卡|SIM|Sim|sim)\s?[12]|[12](?=\s+\+?\d{3}))\s+")
# A call's quality marks drawn after the name: "HD" (OCR may drop its "H"), "VoLTE", "高清".
_QUALITY = re.compile(r"(?<!\S)(?:H?D|VoLTE|VOLTE|VoWiFi|高清)(?!\S)")
# A day written with a dot ("03.12", MM.DD) before the row's clock or alone at its end.
_DOTTED_DAY = re.compile(
    r"(?<![\d.])(0?[1-9]|1[0-2])\.(0?[1-9]|[12]\d|3[01])(?![\d.])(?=\s*(?:\d{1,2}[:：]\d{2})?\s*$)"
)


# OCR reads the weekday "一" as a dash ("周— 9:12 AM").
_WEEKDAY_DASH = re.compile(r"(周|星期)\s*[—–－\-](?=\s*\d{1,2}[:：]|\s*$)")


def bare_head(text: str) -> str:
    """A row head without its SIM badge and quality marks, its dotted day written "3月12日"."""
    text = _WEEKDAY_DASH.sub(r"\1一", text)
    bare = SIM_BADGE.sub("", text)
    if bare == text and not _QUALITY.search(text) and not _DOTTED_DAY.search(text):
        return text
    bare = _QUALITY.sub(" ", bare)
    bare = _DOTTED_DAY.sub(lambda m: f"{int(m.group(1))}月{int(m.group(2))}日 ", bare)
    return re.sub(r"\s+", " ", bare).strip()


def _beside(badge: OcrLine, other: OcrLine, width: int) -> bool:
    """Whether `other` sits in `badge`'s row, right of its start: the row's name column."""
    x, y, w, h = badge.box
    ox, oy, ow, oh = other.box
    overlap = min(y + h, oy + oh) - max(y, oy)
    inside = x + 0.03 * width < ox and ox + ow <= x + w + 0.02 * width
    # The name starts above the badge line's middle; the place line under it starts below.
    return overlap >= 0.5 * min(h, oh) and inside and oy < y + h / 2


def _joined(badge: OcrLine, name: OcrLine, label: str) -> list[OcrLine]:
    """The badge's line with the name's text put after the badge; a place or carrier line OCR
    drew into the same box ("卡1 黑龙江齐齐哈尔 移动 18:30") is the row's detail under it."""
    match = SIM_BADGE.match(badge.text)
    lead = match.group(0).strip() if match else ""
    rest = badge.text[match.end() :] if match else badge.text
    x, y, w, h = badge.box
    nx, ny, _nw, nh = name.box
    top = min(y, ny)
    when = TRAILING_WHEN.search(rest)
    middle = rest[: when.start()] if when else rest
    clock = rest[when.start() :].strip() if when else ""
    marks = " ".join(_QUALITY.findall(middle))
    if label:
        text = re.sub(r"\s+", " ", f"{lead} {name.text.strip()} {marks} {clock}").strip()
        head = OcrLine(text, (x, top, w, ny + nh - top), min(badge.confidence, name.confidence))
        below = (nx, ny + nh, w - (nx - x), max(1, y + h - ny - nh))
        return [head, OcrLine(label, below, badge.confidence)]
    text = f"{lead} {name.text.strip()} {rest.strip()}"
    box = (x, top, w, max(y + h, ny + nh) - top)
    return [OcrLine(re.sub(r"\s+", " ", text), box, min(badge.confidence, name.confidence))]


def sim_rows(lines: list[OcrLine], width: int, is_label: Callable[[str], bool]) -> list[OcrLine]:
    """Lines in reading order with each badge line and the name OCR boxed apart from it (at the
    same height, in the name column) joined into one row head. A mark OCR boxed on its own
    ("HD" inside "卡1 陈总 09:10") is dropped: the row's line already holds the row."""
    joined: dict[int, list[OcrLine]] = {}
    gone: set[int] = set()
    for index, line in enumerate(lines):
        if not SIM_BADGE.match(line.text) or index in gone:
            continue
        near = range(max(0, index - 2), min(len(lines), index + 3))
        for other in (i for i in near if i != index and i not in gone):
            text = lines[other].text.strip()
            if SIM_BADGE.match(text) or is_label(text) or not _beside(line, lines[other], width):
                continue
            gone.add(other)
            if not _QUALITY.sub("", text).strip() or text in line.text:
                continue  # the mark, boxed twice
            rest = SIM_BADGE.sub("", line.text)
            when = TRAILING_WHEN.search(rest)
            middle = _QUALITY.sub(" ", rest[: when.start()] if when else rest).strip()
            label = middle if middle and is_label(middle) else ""
            joined[index] = _joined(line, lines[other], label)
            break
    out: list[OcrLine] = []
    for index, line in enumerate(lines):
        if index in gone:
            continue
        out.extend(joined.get(index, [line]))
    return out
