"""Time labels as each app prints them (the truth test checks conduct times are drawn)."""

from __future__ import annotations

from datetime import datetime

_WEEK = "一二三四五六日"
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ampm_en(at: datetime) -> str:
    """«9:41 PM»."""
    return f"{(at.hour % 12) or 12}:{at.minute:02d} {'PM' if at.hour >= 12 else 'AM'}"


def ampm_zh(at: datetime) -> str:
    """«上午8:02», «下午9:41», «凌晨1:10», «晚上10:15»."""
    part = "凌晨" if at.hour < 6 else "上午" if at.hour < 12 else "下午" if at.hour < 18 else "晚上"
    return f"{part}{(at.hour % 12) or 12}:{at.minute:02d}"


def hm(at: datetime) -> str:
    return at.strftime("%H:%M")


def day_zh(at: datetime) -> str:
    """«3月9日 周一»."""
    return f"{at.month}月{at.day}日 周{_WEEK[at.weekday()]}"


def day_slash(at: datetime) -> str:
    """«09/03/2026» (day first, as a Hong Kong phone prints it)."""
    return at.strftime("%d/%m/%Y")


def day_en(at: datetime) -> str:
    """«Mar 9 at 9:41 PM»."""
    return f"{_MONTHS[at.month - 1]} {at.day} at {ampm_en(at)}"


def day_group(at: datetime, now: datetime) -> str:
    """A call-log group header: «今天», «昨天» or «3月8日»."""
    days = (now.date() - at.date()).days
    return "今天" if days == 0 else "昨天" if days == 1 else f"{at.month}月{at.day}日"


def relative(at: datetime, now: datetime) -> str:
    """An inbox's age: «1小时前» the same day, «昨天», else «3月8日»."""
    if at.date() == now.date():
        hours = int((now - at).total_seconds() // 3600)
        return f"{hours}小时前" if hours else f"{max(1, (now - at).seconds // 60)}分钟前"
    return day_group(at, now)


def full(at: datetime) -> str:
    """A carrier's «2026-03-09 22:15:03»."""
    return at.strftime("%Y-%m-%d %H:%M:%S")


def slash_hm(at: datetime) -> str:
    """«09/03/2026 22:15»."""
    return f"{day_slash(at)} {hm(at)}"
