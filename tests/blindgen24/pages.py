"""Set 24's own phone skins and app pages, drawn with Pillow on a Sheet."""

from __future__ import annotations

from datetime import datetime

from tests.blindgen24.model import Screen
from tests.blindgen24.sheet import Sheet, font

WEEK = "一二三四五六日"

# Skins: size, colours, and how the status bar is laid out.
SKINS = {
    "yunshan24": {"size": (1080, 2400), "bg": (246, 246, 248), "fg": (24, 24, 28),
                  "sub": (128, 128, 136), "accent": (0, 122, 110), "card": (255, 255, 255)},
    "moye24": {"size": (1080, 2340), "bg": (17, 17, 19), "fg": (226, 226, 230),
               "sub": (140, 140, 150), "accent": (62, 168, 98), "card": (38, 38, 42)},
    "guoguo24": {"size": (1170, 2532), "bg": (255, 255, 255), "fg": (10, 10, 12),
                 "sub": (138, 138, 142), "accent": (10, 132, 255), "card": (233, 233, 235)},
    "qinglan24": {"size": (720, 1600), "bg": (236, 242, 250), "fg": (20, 32, 52),
                  "sub": (110, 122, 140), "accent": (30, 96, 200), "card": (255, 255, 255)},
}  # fmt: skip

# The chrome each app draws: tab bars, buttons and placeholders (truth "tabs").
CHROME = {
    "duanxin24": "短信息 发送",
    "xinxiang24": "全部信息 通知信息 骚扰拦截",
    "tonghua24": "拨号键盘 通话记录 联系人 个人收藏",
    "haoma24": "呼叫 发信息 加入黑名单",
    "weiliao24": "按住说话 发送",
    "qunliao24": "按住说话 发送",
    "suoping24": "上滑解锁",
    "zhangdan24": "首页 借钱 账单 我的",
    "hanjian24": "",
}


def clock(at: datetime) -> str:
    return f"{at.hour}:{at.minute:02d}"


def noon(at: datetime) -> str:
    part = "凌晨" if at.hour < 6 else "上午" if at.hour < 12 else "下午" if at.hour < 18 else "晚上"
    h = at.hour if at.hour <= 12 else at.hour - 12
    return f"{part}{h}:{at.minute:02d}"


def when(at: datetime, now: datetime, style: str) -> str:
    """A time as the skin labels it, relative to the moment of capture."""
    days = (now.date() - at.date()).days
    mins = int((now - at).total_seconds() // 60)
    if style == "ago" and days == 0 and mins < 60:
        return "刚刚" if mins < 1 else f"{mins}分钟前"
    if days == 0:
        return noon(at) if style in ("noon", "ago") else f"{at.hour:02d}:{at.minute:02d}"
    if days == 1:
        return f"昨天 {at.hour:02d}:{at.minute:02d}" if style != "noon" else f"昨天 {noon(at)}"
    if days < 7:
        return f"周{WEEK[at.weekday()]} {noon(at)}"
    return f"{at.month}/{at.day} {at.hour:02d}:{at.minute:02d}"


def status_strings(s: Screen) -> list[str]:
    """What the status bar of s draws: its clock, carrier and battery (truth "statuses")."""
    at = s.captured
    t = f"{at.hour:02d}:{at.minute:02d}" if s.skin == "yunshan24" else clock(at)
    battery = f"{s.extra.get('battery', 64)}%"
    carrier = [] if s.skin == "guoguo24" else [s.extra.get("carrier", "中国移动")]
    out = [t, *carrier, battery]
    if s.app == "suoping24":
        out += [
            f"{at.hour:02d}:{at.minute:02d}",
            f"{at.month}月{at.day}日 星期{WEEK[at.weekday()]}",
        ]
    return out


def status_bar(sh: Sheet, s: Screen, k: dict, y0: int = 0) -> int:
    """Status bar for the skin. Returns the bar's height."""
    u = sh.w / 1080
    size = int(34 * u)
    hh = int(96 * u)
    fg = k["fg"]
    bits = status_strings(s)
    t, battery = bits[0], bits[-1] if s.app != "suoping24" else bits[-3]
    if s.skin == "guoguo24":
        sh.text(int(90 * u), y0 + int(34 * u), t, size + 2, fg, bold=True)
        sh.text(sh.w - int(150 * u), y0 + int(34 * u), battery, size - 6, fg)
        return hh + int(20 * u)
    carrier = bits[1]
    sh.text(int(40 * u), y0 + int(28 * u), t, size, fg)
    sh.text(
        int(40 * u) + sh.width(t, size) + int(24 * u), y0 + int(32 * u), carrier, size - 8, k["sub"]
    )
    sh.text(
        sh.w - int(40 * u) - sh.width(battery, size - 4), y0 + int(30 * u), battery, size - 4, fg
    )
    return hh


def title_bar(sh: Sheet, k: dict, y: int, title: str, sub: str = "", centre=False) -> int:
    u = sh.w / 1080
    size = int(46 * u)
    x = sh.w // 2 if centre else int(120 * u)
    sh.text(int(40 * u), y + int(22 * u), "‹", int(60 * u), k["accent"])
    if centre:
        sh.text(x, y + int(50 * u), title, size, k["fg"], bold=True, anchor="mm")
    else:
        sh.text(x, y + int(26 * u), title, size, k["fg"], bold=True)
    h = int(110 * u)
    if sub:
        if centre:
            sh.text(x, y + int(100 * u), sub, int(28 * u), k["sub"], anchor="mm")
        else:
            sh.text(x, y + int(88 * u), sub, int(28 * u), k["sub"])
        h += int(40 * u)
    sh.box((0, y + h, sh.w, y + h + max(1, int(2 * u))), fill=k["sub"])
    return h + int(4 * u)


def bottom_input(sh: Sheet, k: dict, words: str) -> int:
    u = sh.w / 1080
    h = int(150 * u)
    y = sh.h - h
    sh.box((0, y, sh.w, sh.h), fill=k["card"])
    a, b = words.split(" ")
    sh.box(
        (int(40 * u), y + int(30 * u), sh.w - int(220 * u), y + int(110 * u)),
        fill=k["bg"],
        r=int(20 * u),
    )
    sh.text(int(70 * u), y + int(48 * u), a, int(34 * u), k["sub"])
    sh.box(
        (sh.w - int(190 * u), y + int(30 * u), sh.w - int(40 * u), y + int(110 * u)),
        fill=k["accent"],
        r=int(20 * u),
    )
    sh.text(sh.w - int(115 * u), y + int(70 * u), b, int(34 * u), (255, 255, 255), anchor="mm")
    return h


def bubbles(sh: Sheet, msgs, s: Screen, k: dict, y: int, style: str, names: bool, last=None) -> int:
    """Chat bubbles top-down; a time label when a gap opens; sender names in groups."""
    u = sh.w / 1080
    size = int(s.extra.get("font", 40) * u)
    maxw = int(sh.w * 0.62)
    dark = s.skin == "moye24"
    for m in msgs:
        if m.who == "system":
            y += int(20 * u)
            y += sh.para(int(120 * u), y, m.text, int(28 * u), k["sub"], sh.w - int(240 * u))
            y += int(20 * u)
            continue
        if last is None or (m.at - last).total_seconds() > 30 * 60:
            label = when(m.at, s.captured, style)
            sh.text(sh.w // 2, y + int(30 * u), label, int(28 * u), k["sub"], anchor="mm")
            y += int(70 * u)
        last = m.at
        mine = m.who == "me"
        lines = sh.wrap(m.text, size, maxw)
        bw = max(sh.width(line, size) for line in lines) + int(56 * u)
        bh = int(size * 1.42) * len(lines) + int(40 * u)
        av = int(96 * u)
        if names and not mine:
            sh.text(
                int(160 * u), y, s.extra.get("shown", {}).get(m.who, m.who), int(28 * u), k["sub"]
            )
            y += int(44 * u)
        if mine:
            x1 = sh.w - int(160 * u)
            x0 = x1 - bw
            ax = sh.w - int(40 * u) - av
            fill = (46, 125, 72) if dark else (149, 236, 105)
            tfill = (235, 245, 235) if dark else (12, 12, 12)
        else:
            x0 = int(160 * u)
            x1 = x0 + bw
            ax = int(40 * u)
            fill = k["card"]
            tfill = k["fg"]
        sh.box((ax, y, ax + av, y + av), fill=tint(m.who), r=int(12 * u))
        sh.box((x0, y, x1, y + bh), fill=fill, r=int(14 * u))
        sh.para(x0 + int(28 * u), y + int(16 * u), m.text, size, tfill, maxw + 2)
        y += max(bh, av) + int(34 * u)
    return y


def tint(who: str) -> tuple[int, int, int]:
    h = sum(ord(c) * (i + 1) for i, c in enumerate(who))
    return (60 + h % 150, 70 + (h // 7) % 140, 90 + (h // 13) % 130)


def initial(who: str) -> str:
    for ch in who:
        if "\u4e00" <= ch <= "\u9fff":
            return ch
    return who[-2:] if who else "?"


def page_duanxin(sh: Sheet, s: Screen, k: dict) -> None:
    u = sh.w / 1080
    y = status_bar(sh, s, k)
    y += title_bar(sh, k, y, s.title, s.extra.get("sub", ""), centre=s.skin == "guoguo24")
    size = int(s.extra.get("font", 40) * u)
    maxw = int(sh.w * 0.66)
    last = None
    for m in s.msgs:
        if last is None or (m.at - last).total_seconds() > 20 * 60:
            label = when(m.at, s.captured, s.extra.get("style", "noon"))
            sh.text(sh.w // 2, y + int(40 * u), label, int(28 * u), k["sub"], anchor="mm")
            y += int(80 * u)
        last = m.at
        lines = sh.wrap(m.text, size, maxw)
        bw = max(sh.width(line, size) for line in lines) + int(60 * u)
        bh = int(size * 1.42) * len(lines) + int(44 * u)
        if m.who == "me":
            x1 = sh.w - int(40 * u)
            x0 = x1 - bw
            fill, tf = k["accent"], (255, 255, 255)
        else:
            x0 = int(40 * u)
            x1 = x0 + bw
            fill, tf = k["card"], k["fg"]
        sh.box((x0, y, x1, y + bh), fill=fill, r=int(34 * u))
        sh.para(x0 + int(30 * u), y + int(18 * u), m.text, size, tf, maxw + 2)
        y += bh + int(26 * u)
    sh.bottom = y
    if y > sh.h - int(150 * u):
        raise ValueError(f"{s.name}: the thread runs under its input bar")
    bottom_input(sh, k, CHROME["duanxin24"])


def page_xinxiang(sh: Sheet, s: Screen, k: dict) -> None:
    u = sh.w / 1080
    y = status_bar(sh, s, k)
    sh.text(int(50 * u), y + int(30 * u), "信息", int(76 * u), k["fg"], bold=True)
    y += int(150 * u)
    x = int(50 * u)
    for i, word in enumerate(CHROME["xinxiang24"].split()):
        w = sh.text(x, y, word, int(32 * u), k["accent"] if i == 0 else k["sub"], bold=i == 0)
        x += w + int(50 * u)
    y += int(80 * u)
    for m in s.msgs:
        name = s.extra.get("shown", {}).get(m.who, m.who)
        sh.dot(int(100 * u), y + int(70 * u), int(50 * u), tint(m.who))
        sh.text(
            int(100 * u), y + int(70 * u), initial(name), int(38 * u), (255, 255, 255), anchor="mm"
        )
        sh.text(int(180 * u), y + int(18 * u), name, int(40 * u), k["fg"], bold=True)
        label = when(m.at, s.captured, s.extra.get("style", "clock"))
        sh.text(sh.w - int(50 * u), y + int(24 * u), label, int(28 * u), k["sub"], anchor="ra")
        shown = m.text + "…" if m.preview else m.text
        sh.texts.append(shown)
        lines = sh.wrap(shown, int(30 * u), sh.w - int(220 * u))
        if len(lines) > 1:
            raise ValueError(f"an inbox row must fit one line: {shown}")
        line = lines[0]
        sh.d.text((int(180 * u), y + int(84 * u)), line, font=font(int(30 * u)), fill=k["sub"])
        y += int(170 * u)
        sh.bottom = y
        sh.box((int(180 * u), y - int(8 * u), sh.w, y - int(6 * u)), fill=k["bg"])
