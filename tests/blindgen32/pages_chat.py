"""Chat pages of the thirty-second blind set: 1:1 and group chats, a tablet, a PC client, paper."""

from __future__ import annotations

from PIL import Image

from tests.blindgen32.draw import Canvas, back_arrow
from tests.blindgen32.model import Msg, Screen
from tests.blindgen32.pages import frame, tone
from tests.blindgen32.skins import CHROME, SKINS
from tests.blindgen32.when import long_date, stamp


def picture(c: Canvas, x, y, w, kind: str, lines: list[str]) -> float:
    """A photo a collector posts: the borrower's ID card or a shot of their contacts list."""
    if kind == "idcard":
        h = w * 0.63
        c.box(x, y, x + w, y + h, r=8, fill="#dfe9f3", outline="#9fb3c8")
        c.box(x + w * 0.7, y + h * 0.1, x + w * 0.94, y + h * 0.66, r=4, fill="#c9ced6")
        c.dot(x + w * 0.82, y + h * 0.3, w * 0.07, fill="#8f98a6")
        for i, t in enumerate(lines[:-1]):
            c.text(x + 10, y + 10 + i * 19, t, 11, "#26323f")
        c.text(x + 10, y + h - 24, lines[-1], 11, "#26323f")
        return h
    h = 24 + 26 * len(lines)
    c.box(x, y, x + w, y + h, r=8, fill="#ffffff", outline="#cccccc")
    c.text(x + 10, y + 6, "通讯录", 12, "#333", True)
    for i, t in enumerate(lines):
        c.text(x + 10, y + 26 + i * 26, t, 12, "#222")
        c.line(x + 10, y + 47 + i * 26, x + w - 10, y + 47 + i * 26, "#eeeeee")
    return h


def bubbles(c: Canvas, s: Screen, k, x0: float, x1: float, y: float, group: bool,
            render_inner=None) -> float:  # fmt: skip
    """The thread between x0 and x1 from y on; returns where it ends."""
    last = None
    for m in s.msgs:
        if last is None or (m.at - last).total_seconds() > 300:
            c.text((x0 + x1) / 2, y + 2, stamp(m.at, s.captured, s.relative), 11.5, k.sub,
                   anchor="mt")  # fmt: skip
            y += 26
        last = m.at
        if m.kind == "system":
            rows = c.lines(m.text, 11.5, x1 - x0 - 60)
            h = len(rows) * 17 + 8
            c.box((x0 + x1) / 2 - 130, y, (x0 + x1) / 2 + 130, y + h, r=4, fill=k.line)
            c.para((x0 + x1) / 2 - 122, y + 4, m.text, 11.5, k.sub, 244, lh=1.4)
            y += h + 10
            continue
        mine = m.who == "me"
        ax = x1 - 26 if mine else x0 + 26
        c.box(ax - 18, y, ax + 18, y + 36, r=5, fill=tone(m.who if not mine else "我"))
        mark = "我" if mine else "#" if m.who[:1].isdigit() else m.who[:1]
        c.text(ax, y + 18, mark, 15, "#fff", anchor="mm", log=False)
        if group and not mine:
            c.text(x0 + 52, y - 2, m.who, 11.5, k.sub)
            y += 16
        maxw = (x1 - x0) * 0.64
        bx = None
        if m.kind == "image":
            w = (
                (min(maxw, 250) if x1 - x0 < 500 else 270)
                if m.image == "shot"
                else (x1 - x0) * 0.52
            )
            if m.image == "shot":
                img = render_inner(s.inner)
                ph = w * img.height / img.width
                bx = x1 - 56 - w if mine else x0 + 56
                px = (int(bx * c.s), int(y * c.s))
                c.img.paste(img.resize((int(w * c.s), int(ph * c.s)), Image.LANCZOS), px)
                c.box(bx, y, bx + w, y + ph, r=2, outline=k.line)
                h = ph
            else:
                bx = x1 - 56 - w if mine else x0 + 56
                h = picture(c, bx, y, w, m.image, m.text.split("\n"))
            y += h + 12
            continue
        rows = c.lines(m.text, 15, maxw - 22)
        w = max(c.width(r, 15) for r in rows) + 22
        h = len(rows) * 15 * 1.45 + 16
        bx = x1 - 56 - w if mine else x0 + 56
        c.box(bx, y, bx + w, y + h, r=6, fill=k.mine if mine else k.theirs)
        c.para(bx + 11, y + 7, m.text, 15, k.mine_fg if mine else k.fg, maxw - 21)
        y += max(h, 36) + 12
    return y


def input_bar(c: Canvas, k, x0: float, x1: float):
    y = c.h - 58
    c.box(x0, y, x1, c.h, fill=k.bar)
    c.line(x0, y, x1, y, k.line)
    c.dot(x0 + 22, y + 24, 12, outline=k.fg, width=1.5)
    c.box(x0 + 42, y + 8, x1 - 80, y + 40, r=6, fill=k.card if k.card != k.bar else "#ffffff")
    c.dot(x1 - 58, y + 24, 12, outline=k.fg, width=1.5)
    c.dot(x1 - 24, y + 24, 12, outline=k.fg, width=1.5)
    c.text(x1 - 24, y + 24, "+", 16, k.fg, anchor="mm", log=False)


def chat(s: Screen, render_inner=None) -> Canvas:
    c, k = frame(s)
    c.box(0, 40 if k.ios else 30, c.w, c.h, fill=k.chat_bg)
    back_arrow(c, 14, 46, k.fg)
    c.text(c.w / 2, 54, s.title, 17, k.fg, True, "mm")
    for i in range(3):
        c.dot(c.w - 34 + i * 8, 54, 1.8, fill=k.fg)
    c.line(0, 78, c.w, 78, k.line)
    y = bubbles(c, s, k, 0, c.w, 90, s.app == "group32", render_inner)
    assert y <= c.h - 58, (s.name, y, c.h)
    input_bar(c, k, 0, c.w)
    return c


def pad(s: Screen) -> Canvas:
    """A landscape tablet's messages app: the thread list left, the open thread right."""
    k = SKINS[s.skin]
    c = Canvas(s.width, 800 * 0.625, k.bg, s.width / 800)
    c.text(16, 6, s.captured.strftime("%H:%M"), 12, k.fg, True)
    c.text(60, 6, f"{s.captured.month}月{s.captured.day}日", 12, k.fg, log=False)
    c.text(c.w - 16, 6, "WLAN 64%", 12, k.fg, anchor="ra", log=False)
    c.texts += ["WLAN", "64%"]
    left = 270
    c.box(0, 26, left, c.h, fill="#ffffff")
    c.text(18, 36, "信息", 22, k.fg, True)
    c.box(14, 72, left - 14, 102, r=15, fill="#f1f3f4")
    c.text(30, 79, CHROME["padsms32"].split()[0], 12.5, k.sub)
    y = 116
    for name in s.lines:
        cur = name == s.title
        if cur:
            c.box(6, y - 6, left - 6, y + 44, r=12, fill=k.mine)
        c.avatar(32, y + 19, 16, name, tone(name))
        c.text(58, y + 10, name, 14, k.fg, cur)
        y += 56
    c.line(left, 26, left, c.h, k.line)
    c.text(left + 20, 38, s.title, 17, k.fg, True)
    c.line(left, 70, c.w, 70, k.line)
    end = bubbles(c, s, k, left, c.w, 80, False)
    assert end <= c.h - 50, s.name
    c.box(left + 16, c.h - 44, c.w - 16, c.h - 10, r=17, fill="#ffffff", outline=k.line)
    c.text(left + 34, c.h - 35, "短信", 13, k.sub)
    c.texts.append(CHROME["padsms32"])
    return c


def pc(s: Screen, render_inner=None) -> Canvas:
    """A PC chat client's window: icon rail, chat list, the open chat and a typing area."""
    k = SKINS[s.skin]
    c = Canvas(s.width, 900 * 0.78, "#d8dde3", s.width / 900)
    c.box(0, 0, c.w, c.h, fill=k.bg)
    c.box(0, 0, 56, c.h, fill="#2e2e2e")
    c.box(12, 28, 44, 60, r=4, fill="#6fa8dc")
    for i in range(4):
        c.box(18, 90 + i * 48, 38, 110 + i * 48, r=4, outline="#aaaaaa")
    c.box(56, 0, 290, c.h, fill="#e6e6e6")
    c.box(68, 20, 278, 46, r=4, fill="#dadada")
    c.text(80, 26, "搜索", 12, "#999", log=False)
    y = 62
    for name in s.lines:
        if name == s.title:
            c.box(56, y - 8, 290, y + 50, fill="#c9c9c9")
        c.box(68, y, 108, y + 40, r=4, fill=tone(name))
        c.text(118, y + 2, name, 13.5, "#111")
        y += 58
    c.text(306, 20, s.title, 16, "#111")
    for i, ch in enumerate("－□×"):
        c.text(c.w - 70 + i * 24, 4, ch, 13, "#555", log=False)
    c.line(290, 56, c.w, 56, "#dddddd")
    end = bubbles(c, s, k, 290, c.w, 66, False, render_inner)
    top = c.h - 120
    assert end <= top, s.name
    c.box(290, top, c.w, c.h, fill="#ffffff")
    c.line(290, top, c.w, top, "#dddddd")
    send, hist = CHROME["pcchat32"].split()
    c.text(c.w - 130, top + 8, hist, 12, "#576b95")
    c.box(c.w - 100, c.h - 42, c.w - 20, c.h - 12, r=3, fill="#e9e9e9")
    c.text(c.w - 60, c.h - 27, send, 12.5, "#07c160", anchor="mm")
    return c


def notice(s: Screen) -> Canvas:
    """A paper letter: a heading, the body, a stamp; the photo32 wrap puts it on a table."""
    k = SKINS[s.skin]
    c = Canvas(s.width, 420 * 1.38, k.bg, s.width / 420, serif=True)
    c.text(c.w / 2, 34, s.title, 24, k.fg, True, "mt")
    c.line(30, 74, c.w - 30, 74, k.accent, 2)
    y = 92
    for part in s.lines[:1] + [m.text for m in s.msgs] + s.lines[1:-2]:
        y += c.para(34, y, part, 14.5, k.fg, c.w - 68, lh=1.7) + 8
    for part in s.lines[-2:]:
        c.text(c.w - 40, y + 6, part, 14, k.fg, anchor="ra")
        y += 28
    c.dot(c.w - 100, y - 40, 46, outline=k.accent, width=3)
    c.text(c.w - 100, y - 40, "★", 22, k.accent, anchor="mm", log=False)
    assert y <= c.h - 10, s.name
    return c


def msg(who, text, when, **kw) -> Msg:
    from tests.blindgen32.model import at

    return Msg(who, text, at(when), **kw)


__all__ = ["chat", "long_date", "msg", "notice", "pad", "pc"]
