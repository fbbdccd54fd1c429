"""How the set's pages write a moment: clock, 昨天, 星期X, a date, or only «N分钟前»."""

from __future__ import annotations

from datetime import datetime

WEEK = "一二三四五六日"


def stamp(t: datetime, now: datetime, relative: bool = False, clock: bool = True) -> str:
    """A moment as a page relative to `now` draws it."""
    if relative:
        mins = int((now - t).total_seconds() // 60)
        if mins < 2:
            return "刚刚"
        if mins < 60:
            return f"{mins}分钟前"
        if mins < 24 * 60:
            return f"{mins // 60}小时前"
        return f"{mins // (24 * 60)}天前"
    hm = t.strftime("%H:%M") if clock else ""
    days = (now.date() - t.date()).days
    if days == 0:
        return hm or "今天"
    if days == 1:
        return f"昨天 {hm}".strip()
    if days < 7:
        return f"星期{WEEK[t.weekday()]} {hm}".strip()
    return f"{t.month}月{t.day}日 {hm}".strip()


def short(t: datetime, now: datetime) -> str:
    """A list's right-hand time: 09:14, 昨天, 周三, 11/28."""
    days = (now.date() - t.date()).days
    if days == 0:
        return t.strftime("%H:%M")
    if days == 1:
        return "昨天"
    if days < 7:
        return f"周{WEEK[t.weekday()]}"
    return f"{t.month}/{t.day}"


def long_date(t: datetime) -> str:
    return f"{t.year}年{t.month}月{t.day}日 星期{WEEK[t.weekday()]}"
