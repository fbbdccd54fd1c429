"""How set 27's apps print a moment, seen from the capture time."""

from __future__ import annotations

from datetime import datetime

WEEK = "一二三四五六日"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def part_of_day(hour: int) -> str:
    if hour < 6:
        return "凌晨"
    if hour < 12:
        return "上午"
    if hour < 13:
        return "中午"
    if hour < 18:
        return "下午"
    return "晚上"


def twelve(at: datetime) -> str:
    h = at.hour % 12 or 12
    return f"{part_of_day(at.hour)}{h}:{at.minute:02d}"


def label(at: datetime, now: datetime, style: str) -> str:
    """style: hm24, cn12, md, slash, rel, en; older days fall back per style."""
    days = (now.date() - at.date()).days
    mins = int((now - at).total_seconds() // 60)
    hm = at.strftime("%H:%M")
    if style == "rel" and days == 0 and mins < 60:
        return "刚刚" if mins < 2 else f"{mins}分钟前"
    if style == "rel" and days == 0:
        return f"{mins // 60}小时前"
    if style == "en":
        return f"{MONTHS[at.month - 1]} {at.day} {hm}" if days else hm
    if style == "slash":
        return f"{at.month}/{at.day} {hm}"
    if style == "md":
        return f"{at.month:02d}-{at.day:02d} {hm}"
    t = twelve(at) if style == "cn12" else hm
    if days == 0:
        return t
    if days == 1:
        return f"昨天 {t}"
    if days == 2:
        return f"前天 {t}"
    if days < 7:
        return f"周{WEEK[at.weekday()]} {t}"
    return f"{at.month}月{at.day}日 {t}"
