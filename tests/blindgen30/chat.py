"""Set 30's message pages: bubbles, the SMS inbox and thread, a foldable's two panes, chats."""

from __future__ import annotations

from tests.blindgen30.canvas import Canvas
from tests.blindgen30.chrome import (
    CHROME,
    header,
    inputbar,
    listing,
    preview_rows,
    rows_of,
    status_bar,
)
from tests.blindgen30.model import Screen
from tests.blindgen30.skins import when

STYLE = {
    # in-bubble, out-bubble, out text, page bg (None: palette), avatars, time style
    "sms_thread30": (None, None, None, None, False, "full"),
    "wxchat30": ((255, 255, 255), (149, 236, 105), (20, 20, 20), (237, 237, 237), True, "rel"),
    "wxgroup30": ((255, 255, 255), (149, 236, 105), (20, 20, 20), (237, 237, 237), True, "rel"),
    "tgchat30": ((255, 255, 255), (225, 255, 199), (20, 20, 20), (160, 190, 150), False, "slash"),
    "wachat30": ((255, 255, 255), (217, 253, 211), (20, 20, 20), (236, 229, 221), True, "dmy"),
    "dydm30": ((48, 48, 56), (254, 44, 85), (255, 255, 255), (22, 22, 26), True, "rel"),
    "kefu30": ((255, 255, 255), (255, 209, 0), (20, 20, 20), (244, 244, 244), True, "full"),
}
DARKCHAT = ((44, 44, 44), (60, 160, 90), (235, 235, 235), (17, 17, 17))


def thread(cv: Canvas, scr: Screen, sk: dict, x0: int, y0: int, x1: int, y1: int, images=None):
    """Bubbles top-down from y0 to y1, with time lines; raises when they do not fit."""
    pal, fs = sk["pal"], sk["fs"]
    inb, outb, outfg, bg, avatars, tstyle = STYLE[scr.app]
    inb, outb, outfg = inb or pal["inb"], outb or pal["outb"], outfg or pal["outfg"]
    infg = pal["infg"]
    if pal["bg"][0] < 60 and scr.app in ("wxchat30", "wxgroup30"):
        inb, outb, outfg, bg = DARKCHAT
        infg = outfg
    if bg is not None and scr.app != "dydm30" and pal["bg"][0] < 60 and scr.app != "wxchat30":
        bg = None
    if bg is not None:
        cv.box((x0, y0, x1, y1), bg)
    tstyle = scr.extra.get("times", tstyle)
    y = y0 + fs
    last = None
    av = int(fs * 1.7) if avatars else 0
    maxw = (x1 - x0) * 0.66
    for m in sorted(scr.msgs, key=lambda m: m.at):
        if m.kind == "preview":
            continue
        if last is None or (m.at - last).total_seconds() > 600:
            stamp = when(m.at, scr.captured, tstyle)
            cv.text((x0 + x1) // 2, y + fs * 0.5, stamp, int(fs * 0.7), pal["sub"], anchor="mm")
            y += int(fs * 1.6)
        last = m.at
        if m.kind == "system" or (m.kind == "notice" and scr.app != "sms_thread30"):
            h = cv.para(x0 + fs * 3, y, m.text, int(fs * 0.72), pal["sub"], x1 - x0 - fs * 6)
            y += h + fs // 2
            continue
        mine = m.who == "me"
        if not mine and scr.app == "wxgroup30":
            cv.text(x0 + fs + av + fs * 0.5, y, m.shown or m.who, int(fs * 0.68), pal["sub"])
            y += int(fs * 1.05)
        if m.kind == "image":
            im = images[m.text]
            scale = min(
                maxw / im.width, (y1 - y0) * 0.68 / im.height, (y1 - y - fs * 2) / im.height
            )
            im = im.resize((int(im.width * scale), int(im.height * scale)))
            bx = x1 - fs - av - fs * 0.5 - im.width if mine else x0 + fs + av + fs * 0.5
            cv.img.paste(im, (int(bx), int(y)))
            cv.box((bx, y, bx + im.width, y + im.height), None, outline=(200, 200, 200))
            _avatar(cv, m, mine, x0, x1, y, av, fs)
            y += im.height + fs
            continue
        size = fs
        rows = cv.lines(m.text, size, maxw - fs * 1.4)
        lead = size * 1.4
        tw = max(cv.width(r, size) for r in rows)
        extra_t = scr.app == "tgchat30"
        bw = tw + fs * 1.4 + (fs * 2.6 if extra_t and len(rows) == 1 else 0)
        bh = len(rows) * lead + fs * 0.9 + (fs * 0.7 if extra_t and len(rows) > 1 else 0)
        bx = x1 - fs - av - fs * 0.5 - bw if mine else x0 + fs + av + fs * 0.5
        r = int(fs * (0.9 if scr.app == "sms_thread30" else 0.35))
        cv.box((bx, y, bx + bw, y + bh), outb if mine else inb, r=r)
        for i, row in enumerate(rows):
            cv.text(
                bx + fs * 0.7,
                y + fs * 0.45 + i * lead,
                row,
                size,
                outfg if mine else infg,
                record=False,
            )
        cv.texts.append(m.text)
        if extra_t:
            hm = f"{m.at.hour:02d}:{m.at.minute:02d}"
            cv.text(
                bx + bw - fs * 0.4,
                y + bh - fs * 0.3,
                hm,
                int(fs * 0.55),
                (110, 150, 110),
                anchor="rb",
                record=False,
            )
        _avatar(cv, m, mine, x0, x1, y, av, fs)
        y += int(bh + fs * 0.8)
        if y > y1:
            raise ValueError(f"{scr.name}: thread overflows at «{m.text[:12]}»")
    return y


def _avatar(cv, m, mine, x0, x1, y, av, fs):
    if not av:
        return
    ax = x1 - fs - av if mine else x0 + fs
    hue = sum(map(ord, m.who)) % 5
    col = [(90, 140, 210), (220, 120, 80), (120, 170, 100), (160, 110, 190), (200, 170, 60)][hue]
    cv.box((ax, y, ax + av, y + av), col, r=int(av * 0.18))
    face = "我" if mine else (m.shown or m.who).lstrip("0123456789 -")[:1] or "?"
    cv.text(
        ax + av / 2, y + av / 2, face, int(av * 0.5), (255, 255, 255), anchor="mm", record=False
    )


def p_sms_inbox(cv, scr, sk, images):
    pal, fs = sk["pal"], sk["fs"]
    y = status_bar(cv, scr, sk, bg=pal["bar"])
    cv.text(fs * 1.2, y + fs * 1.6, "信息", int(fs * 1.9), pal["fg"], bold=True, anchor="lm")
    y += int(fs * 3.4)
    cv.box((fs, y, cv.w - fs, y + fs * 2.2), pal["card"], r=fs)
    cv.text(fs * 2, y + fs * 1.1, "搜索联系人和信息", int(fs * 0.85), pal["sub"], anchor="lm")
    y += int(fs * 3)
    fold = scr.extra.get("fold")
    rows = []
    if fold:
        rows.append(
            {
                "title": "通知类信息",
                "sub": fold[0],
                "right": fold[1],
                "badge": fold[2],
                "icon": "通",
                "icon_bg": (70, 130, 220),
                "bold": True,
            }
        )
    rows += preview_rows(scr, scr.extra.get("times", "rel")) + rows_of(scr)
    rows.sort(key=lambda r: r.get("order", 0))
    listing(cv, sk, rows, 0, y, cv.w, cv.h - fs * 3)


def p_sms_thread(cv, scr, sk, images):
    pal, fs = sk["pal"], sk["fs"]
    if scr.skin in ("fold30", "pad30"):
        return two_panes(cv, scr, sk, images)
    y = status_bar(cv, scr, sk, bg=pal["bar"])
    y = header(cv, sk, y, scr.title, scr.sub, center=sk["clock"] == "ios")
    top = inputbar(cv, sk, cv.h - (fs if sk["clock"] == "ios" else 0), "短信/彩信", "发送")
    thread(cv, scr, sk, 0, y, cv.w, top, images)


def two_panes(cv, scr, sk, images):
    """A foldable's or tablet's messages: the list left, the open thread right."""
    pal, fs = sk["pal"], sk["fs"]
    y = status_bar(cv, scr, sk, bg=pal["bar"])
    split = int(cv.w * 0.4)
    cv.box((0, y, split, cv.h), pal["card"])
    cv.text(fs, y + fs * 1.5, "信息", int(fs * 1.5), pal["fg"], bold=True, anchor="lm")
    cv.box((fs * 0.6, y + fs * 2.8, split - fs * 0.6, y + fs * 4.6), pal["bg"], r=fs)
    cv.text(fs * 1.4, y + fs * 3.7, "搜索联系人和信息", int(fs * 0.8), pal["sub"], anchor="lm")
    rows = preview_rows(scr, "full") + rows_of(scr)
    rows.sort(key=lambda r: r.get("order", 0))
    listing(cv, sk, rows, 0, int(y + fs * 5.2), split, cv.h)
    cv.line((split, y, split, cv.h), pal["line"], 2)
    hy = header(cv, sk, y, scr.title, scr.sub, x0=split + 1)
    top = inputbar(cv, sk, cv.h, "短信/彩信", "发送", x0=split + 1)
    thread(cv, scr, sk, split + 1, hy, cv.w, top, images)


def p_chat(cv, scr, sk, images):
    pal, fs = sk["pal"], sk["fs"]
    hdr = {"tgchat30": (64, 126, 180), "wachat30": (7, 94, 84), "kefu30": (255, 200, 30)}
    top_bg = hdr.get(scr.app)
    fg = (255, 255, 255) if scr.app in ("tgchat30", "wachat30") else None
    if scr.app == "dydm30":
        top_bg, fg = (22, 22, 26), (240, 240, 240)
    on_top = dict(sk, pal=dict(pal, fg=fg)) if fg else sk
    y = status_bar(cv, scr, on_top, bg=top_bg or pal["bar"])
    y = header(cv, sk, y, scr.title, scr.sub, bg=top_bg, fg=fg, center=scr.app.startswith("wx"))
    hint, button = CHROME[scr.app].split()[0], CHROME[scr.app].split()[-1]
    if scr.app == "kefu30":
        cv.box((0, y, cv.w, y + fs * 2.2), (255, 246, 214))
        cv.text(fs, y + fs * 1.1, "转人工", int(fs * 0.8), (180, 110, 0), anchor="lm")
        cv.text(cv.w - fs, y + fs * 1.1, "在线客服", int(fs * 0.8), (180, 110, 0), anchor="rm")
        y += int(fs * 2.2)
        hint, button = "输入您的问题", ""
    if scr.app == "tgchat30":
        hint, button = "Message", ""
    top = inputbar(cv, sk, cv.h, hint, button, bg=(22, 22, 26) if scr.app == "dydm30" else None)
    thread(cv, scr, sk, 0, y, cv.w, top, images)
