"""How set 28's apps write a time, each against the moment the screen was captured."""

from __future__ import annotations

from datetime import datetime

WEEK = "一二三四五六日"


def part_of_day(t: datetime) -> str:
    h = t.hour
    if h < 6:
        return "凌晨"
    if h < 12:
        return "上午"
    if h < 13:
        return "中午"
    if h < 18:
        return "下午"
    return "晚上"


def ampm(t: datetime) -> str:
    """«晚上9:07», «凌晨1:12», «下午3:05»."""
    h = t.hour % 12 or 12
    if t.hour == 12:
        h = 12
    return f"{part_of_day(t)}{h}:{t.minute:02d}"


def full(t: datetime) -> str:
    """«2026年11月29日 星期日 21:07»."""
    return f"{t.year}年{t.month}月{t.day}日 星期{WEEK[t.weekday()]} {t:%H:%M}"


def slash(t: datetime) -> str:
    """«11/29 21:07»."""
    return f"{t.month}/{t.day} {t:%H:%M}"


def rel(t: datetime, now: datetime, style: str = "rel") -> str:
    """A list's time: 刚刚, N分钟前, today's clock, 昨天, 周X or 上周X, else a date."""
    gap = (now - t).total_seconds()
    days = (now.date() - t.date()).days
    clock = ampm(t) if style == "ampm" else f"{t:%H:%M}"
    if gap < 60:
        return "刚刚"
    if gap < 3600:
        return f"{int(gap // 60)}分钟前"
    if days == 0:
        return clock
    if days == 1:
        return f"昨天 {clock}"
    if days < 7 and t.weekday() < now.weekday():
        return f"周{WEEK[t.weekday()]} {clock}"
    if days < 14 and t.weekday() >= now.weekday():
        return f"上周{WEEK[t.weekday()]}"
    return f"{t.month}/{t.day}" if t.year == now.year else f"{t:%Y/%m/%d}"


def sep(t: datetime, now: datetime, style: str) -> str:
    """A chat's separator line in the page's own style."""
    if style == "full":
        return full(t)
    if style == "slash":
        return slash(t)
    if style == "ampm":
        days = (now.date() - t.date()).days
        if days == 0:
            return ampm(t)
        if days == 1:
            return f"昨天 {ampm(t)}"
        if days < 7 and t.weekday() < now.weekday():
            return f"周{WEEK[t.weekday()]} {ampm(t)}"
        return f"{t.month}月{t.day}日 {ampm(t)}"
    return rel(t, now)
