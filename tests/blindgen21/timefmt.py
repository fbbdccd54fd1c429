"""How each app writes a message's or a call's time relative to when the shot was taken."""

from __future__ import annotations

from datetime import datetime

WEEK = "一二三四五六日"


def _part(at: datetime) -> str:
    """The part of the day a 12-hour clock names: 凌晨, 上午, 下午, 晚上."""
    if at.hour < 6:
        return "凌晨"
    return "上午" if at.hour < 12 else "下午" if at.hour < 18 else "晚上"


def _half_day(at: datetime) -> str:
    """下午4:12, 晚上11:02: a 12-hour clock with the part of day in words."""
    return f"{_part(at)}{at.hour % 12 or 12}:{at.minute:02d}"


def stamp(at: datetime, captured: datetime, style: str = "plain") -> str:
    days = (captured.date() - at.date()).days
    hm = at.strftime("%H:%M")
    if style == "half":  # iOS-12-like and 美团-like: 昨天 下午4:12
        if days == 0:
            return _half_day(at)
        if days == 1:
            return f"昨天 {_half_day(at)}"
        return f"{at.month}月{at.day}日 {_half_day(at)}"
    if style == "words":  # 钉钉-like: 3月9日 晚上11点02分
        return f"{at.month}月{at.day}日 {_part(at)}{at.hour % 12 or 12}点{at.minute:02d}分"
    if style == "slash":  # 2026/03/09 23:40
        return at.strftime("%Y/%m/%d %H:%M")
    if days == 0:
        return f"今天 {hm}"
    if days == 1:
        return f"昨天 {hm}"
    if days < 7:
        return f"星期{WEEK[at.weekday()]} {hm}"
    return at.strftime("%Y/%m/%d %H:%M")
