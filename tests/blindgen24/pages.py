"""Set 24's own phone skins and app pages, drawn with Pillow on a Sheet."""

from __future__ import annotations

import io
from datetime import datetime

from PIL import Image, ImageFilter

from tests.blindgen24.model import Msg, Screen
from tests.blindgen24.sheet import Sheet

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
        sh.box((ax, y, ax + av, y + av), fill=_tint(m.who), r=int(12 * u))
        sh.box((x0, y, x1, y + bh), fill=fill, r=int(14 * u))
        sh.para(x0 + int(28 * u), y + int(16 * u), m.text, size, tfill, maxw + 2)
        y += max(bh, av) + int(34 * u)
    return y


def _tint(who: str) -> tuple[int, int, int]:
    h = sum(ord(c) * (i + 1) for i, c in enumerate(who))
    return (60 + h % 150, 70 + (h // 7) % 140, 90 + (h // 13) % 130)


def _initial(who: str) -> str:
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
        sh.dot(int(100 * u), y + int(70 * u), int(50 * u), _tint(m.who))
        sh.text(
            int(100 * u), y + int(70 * u), _initial(name), int(38 * u), (255, 255, 255), anchor="mm"
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
        sh.d.text((int(180 * u), y + int(84 * u)), line, font=_f(int(30 * u)), fill=k["sub"])
        y += int(170 * u)
        sh.bottom = y
        sh.box((int(180 * u), y - int(8 * u), sh.w, y - int(6 * u)), fill=k["bg"])


def _f(size):
    from tests.blindgen24.sheet import font

    return font(size)


def call_rows(calls):
    """Consecutive calls from one number fold into one row with a count."""
    rows = []
    for c in sorted(calls, key=lambda c: c.at, reverse=True):
        if rows and rows[-1][0].number == c.number and rows[-1][0].name == c.name:
            rows[-1].append(c)
        else:
            rows.append([c])
    return rows


def page_tonghua(sh: Sheet, s: Screen, k: dict) -> None:
    u = sh.w / 1080
    y = status_bar(sh, s, k)
    y += int(30 * u)
    sh.text(int(50 * u), y, "通话记录", int(64 * u), k["fg"], bold=True)
    y += int(130 * u)
    tags = s.extra.get("tags", {})
    places = s.extra.get("places", {})
    for row in call_rows(s.calls):
        c = row[0]
        missed = c.way.endswith("未接")
        label = c.name or c.number
        colour = (220, 50, 50) if missed else k["fg"]
        w = sh.text(int(60 * u), y + int(16 * u), label, int(44 * u), colour)
        if len(row) > 1:
            sh.text(
                int(60 * u) + w + int(12 * u), y + int(20 * u), f"({len(row)})", int(38 * u), colour
            )
        sub = "  ".join(p for p in (tags.get(c.number, ""), places.get(c.number, "")) if p)
        if sub:
            sh.text(int(60 * u), y + int(84 * u), sub, int(28 * u), k["sub"])
        sh.text(
            sh.w - int(60 * u),
            y + int(40 * u),
            when(c.at, s.captured, "clock"),
            int(30 * u),
            k["sub"],
            anchor="ra",
        )
        y += int(150 * u)
        sh.box((int(60 * u), y - int(6 * u), sh.w, y - int(4 * u)), fill=k["card"])
        sh.bottom = y
    bar = CHROME["tonghua24"].split()
    yb = sh.h - int(130 * u)
    sh.box((0, yb, sh.w, sh.h), fill=k["card"])
    for i, word in enumerate(bar):
        cx = int(sh.w * (i + 0.5) / len(bar))
        sh.text(
            cx,
            yb + int(65 * u),
            word,
            int(30 * u),
            k["accent"] if i == 1 else k["sub"],
            anchor="mm",
        )


def page_haoma(sh: Sheet, s: Screen, k: dict) -> None:
    u = sh.w / 1080
    y = status_bar(sh, s, k)
    y += int(120 * u)
    sh.text(sh.w // 2, y, s.title, int(70 * u), k["fg"], anchor="mm")
    y += int(80 * u)
    if s.extra.get("number"):  # a saved contact: the name above, the number under it
        sh.text(sh.w // 2, y, s.extra["number"], int(38 * u), k["fg"], anchor="mm")
        y += int(60 * u)
    sh.text(sh.w // 2, y, s.extra["place"], int(32 * u), k["sub"], anchor="mm")
    y += int(70 * u)
    tag = s.extra.get("tag", "")
    if tag:
        tw = sh.width(tag, int(32 * u)) + int(50 * u)
        box = (sh.w // 2 - tw / 2, y - int(30 * u), sh.w // 2 + tw / 2, y + int(30 * u))
        sh.box(box, fill=(255, 230, 220), r=int(30 * u))
        sh.text(sh.w // 2, y, tag, int(32 * u), (200, 60, 30), anchor="mm")
    y += int(110 * u)
    words = CHROME["haoma24"].split()
    for i, word in enumerate(words):
        cx = int(sh.w * (i + 0.5) / len(words))
        sh.dot(cx, y + int(40 * u), int(44 * u), k["card"])
        sh.text(cx, y + int(120 * u), word, int(30 * u), k["accent"], anchor="mm")
    y += int(220 * u)
    sh.text(int(60 * u), y, "通话记录", int(34 * u), k["sub"])
    y += int(70 * u)
    for c in sorted(s.calls, key=lambda c: c.at, reverse=True):
        day = f"{c.at.year}/{c.at.month}/{c.at.day}"
        sh.text(int(60 * u), y, day, int(36 * u), k["fg"])
        sh.text(int(420 * u), y, f"{c.at.hour:02d}:{c.at.minute:02d}", int(36 * u), k["fg"])
        sh.text(
            sh.w - int(60 * u),
            y,
            c.way,
            int(34 * u),
            (220, 50, 50) if c.way.endswith("未接") else k["sub"],
            anchor="ra",
        )
        y += int(90 * u)


def page_chat(sh: Sheet, s: Screen, k: dict) -> None:
    u = sh.w / 1080
    y = status_bar(sh, s, k)
    y += title_bar(sh, k, y, s.title, "", centre=True)
    style = s.extra.get("style", "noon")
    group = s.app == "qunliao24"
    cut = s.extra.get("cut", len(s.msgs))
    y = bubbles(sh, s.msgs[:cut], s, k, y + int(20 * u), style, group)
    if s.inner is not None:
        y = _paste_inner(sh, s, k, y)
    y = bubbles(sh, s.msgs[cut:], s, k, y, style, group, last=s.msgs[cut - 1].at if cut else None)
    if y > sh.h - int(150 * u):
        raise ValueError(f"{s.name}: the chat runs under its input bar")
    bottom_input(sh, k, CHROME[s.app])


def _paste_inner(sh: Sheet, s: Screen, k: dict, y: int) -> int:
    """The forwarded screenshot: drawn at its own size, shrunk, recompressed, set in a bubble."""
    inner = paint(s.inner)
    # The relative cropped the shot below its last line before sending it.
    inner.img = inner.img.crop((0, 0, inner.w, min(inner.h, inner.bottom + inner.w // 20)))
    inner.h = inner.img.height
    sh.texts += inner.texts
    scale = s.extra.get("scale", 0.72)
    w, h = int(inner.w * scale * sh.w / 1080), int(inner.h * scale * sh.w / 1080)
    h = int(inner.h * scale * sh.w / 1080)
    small = inner.img.resize((w, h), Image.LANCZOS)
    buf = io.BytesIO()
    small.save(buf, "JPEG", quality=60)
    small = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    u = sh.w / 1080
    who = s.msgs[0].who
    sh.box((int(40 * u), y, int(136 * u), y + int(96 * u)), fill=_tint(who), r=int(12 * u))
    sh.box((int(156 * u), y - 4, int(164 * u) + w, y + h + 4), fill=k["sub"])
    sh.img.paste(small, (int(160 * u), y))
    return y + h + int(40 * u)


def page_suoping(sh: Sheet, s: Screen, k: dict) -> None:
    u = sh.w / 1080
    top, bottom = (28, 40, 70), (80, 50, 90)
    for yy in range(sh.h):
        t = yy / sh.h
        sh.d.line(
            [(0, yy), (sh.w, yy)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    white = (250, 250, 252)
    k = dict(k, fg=white, sub=(210, 210, 220))
    status_bar(sh, s, k)
    at = s.captured
    sh.text(
        sh.w // 2, int(420 * u), f"{at.hour:02d}:{at.minute:02d}", int(200 * u), white, anchor="mm"
    )
    sh.text(
        sh.w // 2,
        int(580 * u),
        f"{at.month}月{at.day}日 星期{WEEK[at.weekday()]}",
        int(44 * u),
        white,
        anchor="mm",
    )
    y = int(760 * u)
    for m in s.msgs:
        app = s.extra.get("apps", {}).get(m.who, "信息")
        shown = m.text + "…" if m.preview else m.text
        lines = sh.wrap(shown, int(36 * u), sh.w - int(200 * u))
        hh = int(150 * u) + int(36 * 1.4 * u) * len(lines)
        sh.box((int(40 * u), y, sh.w - int(40 * u), y + hh), fill=(236, 236, 242), r=int(40 * u))
        sh.text(int(90 * u), y + int(30 * u), app, int(28 * u), (90, 90, 100))
        sh.text(
            sh.w - int(90 * u),
            y + int(30 * u),
            when(m.at, s.captured, "ago"),
            int(28 * u),
            (90, 90, 100),
            anchor="ra",
        )
        sh.text(
            int(90 * u),
            y + int(78 * u),
            s.extra.get("shown", {}).get(m.who, m.who),
            int(36 * u),
            (20, 20, 20),
            bold=True,
        )
        sh.para(
            int(90 * u),
            y + int(132 * u),
            shown,
            int(36 * u),
            (30, 30, 30),
            sh.w - int(200 * u),
            lh=1.4,
        )
        y += hh + int(30 * u)
    sh.text(sh.w // 2, sh.h - int(120 * u), CHROME["suoping24"], int(32 * u), white, anchor="mm")


def page_zhangdan(sh: Sheet, s: Screen, k: dict) -> None:
    u = sh.w / 1080
    e = s.extra
    y = status_bar(sh, s, k)
    y += title_bar(sh, k, y, e["platform"] + " · 账单详情", "", centre=True)
    sh.box(
        (int(40 * u), y + int(30 * u), sh.w - int(40 * u), y + int(420 * u)),
        fill=e.get("band", (232, 80, 60)),
        r=int(30 * u),
    )
    sh.text(sh.w // 2, y + int(110 * u), "应还总额(元)", int(34 * u), (255, 240, 235), anchor="mm")
    sh.text(
        sh.w // 2,
        y + int(220 * u),
        e["demanded_text"],
        int(96 * u),
        (255, 255, 255),
        bold=True,
        anchor="mm",
    )
    sh.text(sh.w // 2, y + int(340 * u), e["overdue"], int(34 * u), (255, 240, 235), anchor="mm")
    y += int(480 * u)
    for label, value in e["rows"]:
        sh.text(int(70 * u), y, label, int(36 * u), k["sub"])
        sh.text(sh.w - int(70 * u), y, value, int(36 * u), k["fg"], anchor="ra")
        y += int(96 * u)
    if e.get("note"):
        y += int(30 * u)
        sh.para(int(70 * u), y, e["note"], int(30 * u), (200, 60, 40), sh.w - int(140 * u))
    yb = sh.h - int(260 * u)
    sh.box(
        (int(60 * u), yb, sh.w - int(60 * u), yb + int(110 * u)), fill=k["accent"], r=int(55 * u)
    )
    sh.text(sh.w // 2, yb + int(55 * u), "去还款", int(40 * u), (255, 255, 255), anchor="mm")
    bar = CHROME["zhangdan24"].split()
    for i, word in enumerate(bar):
        cx = int(sh.w * (i + 0.5) / len(bar))
        sh.text(
            cx,
            sh.h - int(70 * u),
            word,
            int(28 * u),
            k["accent"] if i == 2 else k["sub"],
            anchor="mm",
        )


def page_hanjian(sh: Sheet, s: Screen, k: dict) -> None:
    """A forged letter on paper, photographed on a table: drawn flat, then turned and aged."""
    e = s.extra
    pw, ph = 1240, 1754
    paper = Sheet(pw, ph, (250, 248, 240))
    y = 150
    paper.text(pw // 2, y, e["head"], 64, (180, 20, 20), bold=True, serif=True, anchor="mm")
    paper.box((120, y + 60, pw - 120, y + 66), fill=(180, 20, 20))
    y += 140
    paper.text(pw // 2, y, e["title"], 56, (20, 20, 20), bold=True, serif=True, anchor="mm")
    y += 110
    for para in e["body"]:
        y += paper.para(130, y, para, 38, (30, 30, 30), pw - 260, lh=1.7, serif=True) + 24
    y += 150  # room for the seal over the signature
    for line in e["sign"]:
        paper.text(pw - 130, y, line, 38, (30, 30, 30), serif=True, anchor="ra")
        y += 66
    paper.d.ellipse((pw - 470, y - 260, pw - 170, y + 40), outline=(210, 40, 40), width=8)
    paper.text(pw - 320, y - 110, "★", 70, (210, 40, 40), anchor="mm")
    sh.texts += paper.texts
    turned = paper.img.rotate(
        e.get("tilt", 2.5), expand=True, fillcolor=(120, 96, 70), resample=Image.BICUBIC
    )
    turned = turned.resize((int(turned.width * 0.78), int(turned.height * 0.78)))
    sh.box((0, 0, sh.w, sh.h), fill=(118, 94, 68))
    sh.img.paste(turned, ((sh.w - turned.width) // 2, (sh.h - turned.height) // 2))
    sh.img = sh.img.filter(ImageFilter.GaussianBlur(0.6))


PAGES = {
    "duanxin24": page_duanxin,
    "xinxiang24": page_xinxiang,
    "tonghua24": page_tonghua,
    "haoma24": page_haoma,
    "weiliao24": page_chat,
    "qunliao24": page_chat,
    "suoping24": page_suoping,
    "zhangdan24": page_zhangdan,
    "hanjian24": page_hanjian,
}


def paint(s: Screen) -> Sheet:
    """Draw one screen at its own size."""
    k = SKINS[s.skin]
    w, h = s.extra.get("size", k["size"])
    sh = Sheet(w, h, k["bg"] if s.app != "hanjian24" else (118, 94, 68))
    PAGES[s.app](sh, s, k)
    return sh


__all__ = ["CHROME", "Msg", "paint", "when"]
