"""A settings page (a chat's 聊天信息, a contact's options): a title over rows of short labels,
one a row, all flush at the page's left edge, spaced a row's height apart and no time anywhere
("查找聊天内容", "消息免打扰", "备注名 催收-勿接").

No row is anybody's words and the title names the page, never a counterpart: a conversation's
bubbles sit off the edge behind avatars, say sentences and carry times.
"""

from __future__ import annotations

import re
from itertools import pairwise
from statistics import median

from evidence.ocr.base import OcrLine

_MIN_ROWS = 6
_LABEL_CHARS = 16
_EDGE = 0.06  # share of the width a row starts within
_SENTENCE = re.compile(r"[，。！？,!?；;…]")
_TIME = re.compile(r"\d{1,2}[:：]\d{2}|\d+\s*(?:分钟|小时|天)前|昨天|前天")


def _label(line: OcrLine, width: int) -> bool:
    text = line.text.strip()
    flat = text.replace(" ", "")
    return (
        line.box[0] <= _EDGE * width
        and 0 < len(flat) <= _LABEL_CHARS
        and not _SENTENCE.search(text)
        and not _TIME.search(text)
    )


def settings_rows(lines: list[OcrLine], width: int) -> bool:
    """Whether the page's lines are a settings page's: every one a short label at the left
    edge, most spaced a row's height or more from the one above."""
    if len(lines) < _MIN_ROWS or not all(_label(ln, width) for ln in lines):
        return False
    height = median(ln.box[3] for ln in lines)
    gaps = [b.box[1] - (a.box[1] + a.box[3]) for a, b in pairwise(lines)]
    return sum(gap >= height for gap in gaps) * 2 > len(gaps)
