"""One screenshot alone: the calls or messages it shows, and its line in the evidence list."""

from __future__ import annotations

import re

from evidence.entities import Entities, event_dates, extract_entities, normalise_text

KIND_NAMES = {
    "chat": "聊天记录",
    "sms": "短信",
    "call_log": "通话记录",
    "social": "社交平台内容",
    "email": "邮件",
    "im": "即时通讯记录",
    "other": "截图",
    "recording": "通话录音",
}
_CALL_ROW = re.compile(r"呼入|呼出|未接|已拨|已接|来电|去电|响铃|\d+\s*分\s*\d+\s*秒|\d+\s*秒")
_SMS_ROW = re.compile(r"^\D{0,4}(?:\+?86[ \-]?)?(?:1[3-9]\d|106|0\d{2,3}|[48]00)[\d \-]{5,}")
_ROW_COUNT = re.compile(r"[(（]\s*(\d{1,3})\s*[)）]")
_MESSAGE_END = re.compile(r"[。！？!?]$")


def count_calls(text: str) -> int:
    """Calls in a call log: rows with a direction or a duration, a row's "(12)" counting 12."""
    lines = normalise_text(text).splitlines()
    total = 0
    for index, line in enumerate(lines):
        if not _CALL_ROW.search(line):
            continue
        above = lines[index - 1] if index and not _CALL_ROW.search(lines[index - 1]) else ""
        rows = _ROW_COUNT.search(line) or _ROW_COUNT.search(above)
        total += int(rows.group(1)) if rows else 1
    return total


def count_messages(kind: str, text: str) -> int:
    """SMS list rows, or finished sentences in a chat (one message each, roughly)."""
    lines = [line.strip() for line in normalise_text(text).splitlines() if line.strip()]
    if kind == "sms":
        return sum(1 for line in lines if _SMS_ROW.match(line))
    if kind in ("chat", "im", "social"):
        return sum(1 for line in lines if _MESSAGE_END.search(line))
    return 0


def summarise(kind: str, text: str, entities: Entities) -> str:
    """One Chinese line describing a screenshot for the evidence list."""
    parts = [KIND_NAMES.get(kind, "截图")]
    dates = event_dates(text) or list(entities.dates)
    if dates:
        parts.append(dates[0] if dates[0] == dates[-1] else f"{dates[0]} 至 {dates[-1]}")
    if kind == "call_log":
        parts.append(f"来电/通话 {count_calls(text)} 条")
    elif kind == "sms":
        parts.append(f"短信 {count_messages('sms', text)} 条")
    if entities.phones:
        shown = "、".join(entities.phones[:3]) + ("等" if len(entities.phones) > 3 else "")
        parts.append(f"号码 {shown}")
    if entities.platforms:
        parts.append("平台 " + "、".join(entities.platforms[:2]))
    if entities.amounts:
        parts.append("金额 " + "、".join(f"{a:g} 元" for a in entities.amounts[:3]))
    if entities.threats:
        parts.append("威胁：" + "、".join(entities.threats))
    return "；".join(parts)


def summarise_text(kind: str, text: str) -> str:
    """summarise() with the entities read from the text, as the store keeps it."""
    return summarise(kind, text, extract_entities(text))
