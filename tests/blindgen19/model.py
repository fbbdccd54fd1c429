"""What a case of the nineteenth blind set holds: screens of items, each with its true time."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

WEEK = "一二三四五六日"


@dataclass
class Msg:
    """One message as drawn. side "in" is the other party, "out" the phone's owner."""

    who: str
    text: str
    at: datetime
    label: str = ""
    side: str = "in"
    kind: str = "bubble"  # bubble | preview | req | transcript


@dataclass
class Call:
    """One call-log or recording row; count is the "(n)" drawn after the name."""

    number: str
    at: datetime
    label: str
    count: int = 1
    name: str = ""
    place: str = ""
    tag: str = ""
    extra: str = ""


@dataclass
class Deco:
    """Anything else drawn in a page: time separators, 拍了拍 lines, cards, key-value rows."""

    kind: str
    text: str
    extra: str = ""


@dataclass
class Screen:
    name: str
    skin: str
    app: str
    captured: datetime
    title: str = ""
    owner: str = "borrower"
    items: list = field(default_factory=list)
    post: tuple[str, ...] = ()  # fwd19 crop19 long19 mark19 hl19 mosaic19 photo19
    target: int = 0  # the item a red ring, highlighter or mosaic goes over
    battery: int = 76
    net: str = "5G"

    @property
    def statuses(self) -> list[str]:
        """The status-bar strings drawn (none when the top is cropped or it is a photo)."""
        if "crop19" in self.post or "photo19" in self.post:
            return []
        return [self.captured.strftime("%H:%M"), self.net, f"{self.battery}%"]

    @property
    def msgs(self) -> list[Msg]:
        return [i for i in self.items if isinstance(i, Msg)]

    @property
    def calls(self) -> list[Call]:
        return [i for i in self.items if isinstance(i, Call)]


@dataclass
class Case:
    key: str
    phone: str
    collectors: list[str]
    contacts: list[tuple[str, str]]
    loan: dict
    screens: list[Screen]


def number_key(text: str) -> str:
    """A phone number's digits, or "" for a nickname."""
    digits = re.sub(r"[\s\-]", "", text)
    return digits if re.fullmatch(r"\d{5,12}", digits) else ""


def at(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


def hm(when: datetime) -> str:
    return when.strftime("%H:%M")


def half(when: datetime) -> str:
    """下午 3:20 / 晚上10:05: a 12-hour clock with its part of the day."""
    h = when.hour
    part = "凌晨" if h < 6 else "上午" if h < 12 else "下午" if h < 18 else "晚上"
    return (
        f"{part} {h % 12 or 12}:{when.minute:02d}"
        if part != "晚上"
        else f"晚上{h % 12}:{when.minute:02d}"
    )


def week(when: datetime) -> str:
    return f"周{WEEK[when.weekday()]} {half(when)}"


def full(when: datetime) -> str:
    return f"{when.year}年{when.month}月{when.day}日 星期{WEEK[when.weekday()]} {hm(when)}"


def slash(when: datetime) -> str:
    return f"{when.month}/{when.day} {hm(when)}"


def ago(captured: datetime, when: datetime) -> str:
    minutes = int((captured - when).total_seconds() // 60)
    return "刚刚" if minutes < 2 else f"{minutes}分钟前"


_PACKAGE = {"wxchat19": "com.tencent.mm", "wxnew19": "com.tencent.mm", "wxinfo19": "com.tencent.mm"}


def shot_name(skin: str, app: str, captured: datetime, post: tuple[str, ...], sec: int) -> str:
    """A file name the way the phone (or WeChat, or the camera) would give it."""
    stamp = captured.strftime("%Y%m%d") + f"{captured:%H%M}{sec:02d}"
    day, clock = stamp[:8], stamp[8:]
    if "photo19" in post:
        return f"IMG_{day}_{clock}.jpg"
    if "fwd19" in post:
        return f"微信图片_{stamp}.jpg"
    if skin == "origin19":
        return f"Screenshot_{day}_{clock}.jpg"
    if skin == "capsule19":
        return f"Screenshot_{day}_{clock}_{_PACKAGE.get(app, 'com.android.phone')}.jpg"
    if skin == "dot19":
        return f"Screenshot_{day}-{clock}_{'WeChat' if app.startswith('wx') else 'Phone'}.png"
    if skin == "tecno19":
        return f"Screenshot_{day}-{clock}.jpg"
    return f"Screenshot_{day}-{clock}.png"


def screen(skin: str, app: str, captured: str, items: list, **kw) -> Screen:
    """A screen named from its capture time; seconds come from the text so names stay stable."""
    when = at(captured)
    post = kw.get("post", ())
    sec = (sum(map(ord, app + skin)) + len(items) * 7) % 60
    return Screen(shot_name(skin, app, when, post, sec), skin, app, when, items=items, **kw)
