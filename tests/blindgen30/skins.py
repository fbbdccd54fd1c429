"""Set 30's phones: budget 720 px Androids, an old iPhone SE, a foldable, a tablet, big type."""

from __future__ import annotations

from datetime import datetime

LIGHT = {
    "bg": (246, 246, 244),
    "fg": (28, 28, 30),
    "sub": (128, 128, 134),
    "bar": (255, 255, 255),
    "line": (226, 226, 228),
    "inb": (255, 255, 255),
    "outb": (76, 142, 250),
    "infg": (28, 28, 30),
    "outfg": (255, 255, 255),
    "accent": (40, 112, 230),
    "red": (222, 54, 48),
    "card": (255, 255, 255),
}
DARK = {
    "bg": (14, 14, 16),
    "fg": (232, 232, 236),
    "sub": (140, 140, 150),
    "bar": (26, 26, 30),
    "line": (44, 44, 50),
    "inb": (40, 40, 46),
    "outb": (38, 98, 200),
    "infg": (232, 232, 236),
    "outfg": (245, 245, 250),
    "accent": (98, 160, 255),
    "red": (255, 96, 88),
    "card": (30, 30, 34),
}
EYE = dict(
    LIGHT,
    bg=(238, 226, 196),
    bar=(246, 236, 208),
    inb=(250, 242, 220),
    card=(250, 242, 220),
    line=(214, 200, 168),
    outb=(196, 130, 40),
)

FLYME = dict(
    LIGHT, bg=(255, 255, 255), bar=(250, 250, 250), line=(238, 238, 238), accent=(0, 150, 255)
)

# w, h, base font, palette, clock style, carrier drawn in the status bar (or "")
SKINS = {
    "honor30": (720, 1600, 25, LIGHT, "24", "中国联通"),
    "honordark30": (720, 1600, 25, DARK, "24", "中国联通"),
    "redmidark30": (720, 1600, 24, DARK, "24", ""),
    "se30": (750, 1334, 27, LIGHT, "ios", ""),
    "sedark30": (750, 1334, 27, DARK, "ios", ""),
    "fold30": (2200, 2480, 40, LIGHT, "24", "中国移动"),
    "pad30": (2160, 1440, 30, LIGHT, "pad", ""),
    "elder30": (1080, 2340, 74, LIGHT, "12", "中国移动"),
    "eyecare30": (1080, 2400, 44, EYE, "24", "中国电信"),
    "meizu30": (1080, 2400, 36, FLYME, "24", ""),
    "vivo30": (1080, 2408, 36, LIGHT, "24", "中国移动"),
    "memo30": (1080, 2340, 40, LIGHT, "24", ""),
}

BATTERY = {
    "honor30": 63,
    "honordark30": 41,
    "redmidark30": 18,
    "se30": 77,
    "sedark30": 52,
    "fold30": 88,
    "pad30": 96,
    "elder30": 34,
    "eyecare30": 71,
    "meizu30": 57,
    "vivo30": 29,
    "memo30": 80,
}
NET = {
    "honor30": "4G",
    "honordark30": "4G",
    "redmidark30": "5G",
    "fold30": "5G",
    "elder30": "4G",
    "eyecare30": "4G",
    "meizu30": "5G",
    "vivo30": "5G",
    "memo30": "5G",
}


def skin(name: str):
    w, h, fs, pal, clock, carrier = SKINS[name]
    return {"w": w, "h": h, "fs": fs, "pal": pal, "clock": clock, "carrier": carrier}


def clock(name: str, at: datetime) -> str:
    style = SKINS[name][4]
    if style == "ios":
        return f"{at.hour % 12 or 12}:{at.minute:02d}"
    if style == "12":
        return f"{'上午' if at.hour < 12 else '下午'}{at.hour % 12 or 12}:{at.minute:02d}"
    return f"{at.hour:02d}:{at.minute:02d}"


def status_texts(name: str, at: datetime) -> list[str]:
    """Every string a status bar of this skin draws at this moment."""
    out = [clock(name, at), f"{BATTERY[name]}%"]
    if name in NET:
        out.append(NET[name])
    if SKINS[name][5]:
        out.append(SKINS[name][5])
    if SKINS[name][4] == "pad":
        out.append(f"{at.month}月{at.day}日 {WEEK[at.weekday()]}")
    return out


WEEK = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]


def when(at: datetime, now: datetime, style: str) -> str:
    """A message or call time as a phone writes it, relative to when the shot was taken."""
    hm24 = f"{at.hour:02d}:{at.minute:02d}"
    half = "上午" if at.hour < 12 else "下午"
    if at.hour < 6:
        half = "凌晨"
    elif at.hour >= 19:
        half = "晚上"
    hm12 = f"{half}{at.hour % 12 or 12}:{at.minute:02d}"
    hm = hm12 if style.endswith("12") else hm24
    days = (now.date() - at.date()).days
    if style.startswith("rel"):
        mins = int((now - at).total_seconds() // 60)
        if days == 0 and mins < 1:
            return "刚刚"
        if days == 0 and mins < 60:
            return f"{mins}分钟前"
    if style.startswith("slash"):
        return f"{at.month}/{at.day} {hm}" if days else hm
    if style.startswith("dmy"):
        return f"{at.day:02d}/{at.month:02d}" if days else hm
    if days == 0:
        return hm
    if days == 1:
        return f"昨天 {hm}"
    if days < 7 and not style.startswith("full"):
        return f"{WEEK[at.weekday()]} {hm}"
    if at.year != now.year:
        return f"{at.year}年{at.month}月{at.day}日 {hm}"
    return f"{at.month}月{at.day}日 {WEEK[at.weekday()]} {hm}"
