"""A call log's rows: the number or saved name, the "(n)" count, direction, time, tag, ring time."""

from __future__ import annotations

import re
from datetime import date

from evidence.entities.phones import _find_phones
from evidence.ocr.base import OcrLine
from evidence.screens.records import CallRow
from evidence.screens.when import is_time_only, iso_time, when_of

COUNT = re.compile(r"[(（]\s*(\d{1,3})\s*[)）]\s*$")
_TAG = re.compile(r"疑似催收|催收|骚扰电话|诈骗电话|推销|广告推销|快递送餐|房产中介|标记")
_DIRECTION = (
    ("missed", re.compile(r"未接|响铃\s*\d+\s*秒|拒接|已拒绝")),
    ("outgoing", re.compile(r"呼出|已拨|去电|拨出")),
    ("incoming", re.compile(r"呼入|已接|来电")),
)
_RING = re.compile(r"响铃\s*(\d+)\s*秒")
_CARRIER = re.compile(r"移动|联通|电信|[省市]$|中国|未知归属")
# iOS writes the number's label under a saved name; it is a detail, never a caller.
_LABEL = re.compile(r"^(?:手机|住宅|工作|移动电话|主要|iPhone|其他|电话)$")
# A call row's count may sit before the time on the same line ("138… (12) 2月18日 23:10").
_ROW_COUNT = re.compile(r"[(（]\s*(\d{1,3})\s*[)）]")
_DAY_WORDS = (
    r"(?:昨天|前天|今天|星期[一二三四五六日天]|周[一二三四五六日]"
    r"|\d{1,2}月\d{1,2}日|\d{1,2}[/\-]\d{1,2})"
)
_TRAILING_WHEN = re.compile(rf"\s*(?:{_DAY_WORDS}\s*)?\d{{1,2}}[:：]\d{{2}}$|\s*{_DAY_WORDS}$")


def first_phone(text: str) -> str:
    """The first phone number written in a text, normalised; "" when there is none."""
    found = _find_phones(text)
    return found[0][1] if found else ""


def _is_detail(line: OcrLine, width: int) -> bool:
    text = line.text.strip()
    at_left = line.box[0] <= 0.55 * width
    if first_phone(text) and at_left and not re.match(r"^(?:呼入|呼出|来电)", text):
        return False  # a number at the row's left is its head, whatever else the line holds
    if line.box[0] > 0.55 * width or is_time_only(text) or _TAG.search(text) or _LABEL.match(text):
        return True
    if any(p.search(text) for _d, p in _DIRECTION) or _RING.search(text):
        return not first_phone(text) and not COUNT.search(text)
    return bool(_CARRIER.search(text)) and not first_phone(text)


def _row_head(text: str) -> dict:
    """A call row's head: number (or saved name), "(n)" count, and the time written beside it."""
    count = _ROW_COUNT.search(text)
    head = _ROW_COUNT.sub(" ", text).strip()
    found = sorted(_find_phones(head))
    if found and not head[: found[0][0][0]].strip():
        (_start, end), number = found[0]
        name, rest = "", head[end:]
    else:
        when = _TRAILING_WHEN.search(head)
        number, name = "", (head[: when.start()] if when else head).strip()
        rest = head[when.start() :] if when else ""
    return {
        "number": number, "name": name, "count": int(count.group(1)) if count else 1,
        "details": [rest.strip()] if rest.strip() else [],
    }  # fmt: skip


def call_rows(lines: list[OcrLine], width: int, anchor: date | None) -> tuple[CallRow, ...]:
    """One row per head line (number or saved name, "(n)"); details below or right of it."""
    rows: list[dict] = []
    for line in lines:
        if not _is_detail(line, width):
            rows.append(_row_head(line.text.strip()))
        elif rows:
            rows[-1]["details"].append(line.text.strip())
    out = []
    for row in rows:
        details = " ".join(row["details"])
        direction = next((d for d, p in _DIRECTION if p.search(details)), "")
        tag = _TAG.search(details)
        ring = _RING.search(details)
        day, clock = when_of(details, anchor) if details else (None, None)
        out.append(
            CallRow(
                number=row["number"],
                name=row["name"],
                count=row["count"],
                direction=direction,
                time=iso_time(day, clock),
                tag=tag.group(0) if tag else "",
                ring=f"{ring.group(1)}秒" if ring else "",
            )
        )
    return tuple(out)


