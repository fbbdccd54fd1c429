"""Set 30's pages: each app drawn by its own painter on one of the set's phones."""

from __future__ import annotations

from PIL import Image

from tests.blindgen30.canvas import Canvas
from tests.blindgen30.model import Screen
from tests.blindgen30.skins import skin, status_texts, when

# Every word of chrome a page draws (tab bars, buttons, placeholders), by app.
CHROME = {
    "sms_inbox30": "信息 通知类信息 搜索联系人和信息",
    "sms_thread30": "短信/彩信 发送",
    "dialer30": "拨号盘 通话记录 联系人 黄页",
    "dialer30_top": "全部通话 未接来电",
    "intercept30": "拦截记录 骚扰拦截 拦截设置",
    "intercept30_tabs": "电话拦截 短信拦截",
    "xiaohao30": "小号通话 小号短信 我的小号",
    "leak30": "来电提醒 漏话提醒 我的",
    "svcnotice30": "服务通知 查看详情 进入小程序",
    "wxchat30": "按住说话 发送",
    "wxgroup30": "按住说话 发送",
    "tgchat30": "Message 发消息",
    "wachat30": "消息 发送",
    "dydm30": "发消息 私信",
    "kefu30": "在线客服 输入您的问题 转人工",
    "bill30": "立即还款 账单详情 借款记录",
    "callpage30": "发信息 呼叫 编辑联系人 加入黑名单",
    "lock30": "上滑解锁",
    "memo30": "备忘录 完成 笔记",
}


def bars() -> list[str]:
    return list(CHROME.values())


def status_bar(cv: Canvas, scr: Screen, sk: dict, y: int = 0, bg=None) -> int:
    pal, fs = sk["pal"], sk["fs"]
    h = int(fs * 1.9)
    if bg is not None:
        cv.box((0, y, cv.w, y + h), bg)
    t = status_texts(scr.skin, scr.captured)
    small = int(fs * 0.8)
    mid = y + h // 2
    if sk["clock"] == "ios":
        cv.text(cv.w // 2, mid, t[0], small, pal["fg"], bold=True, anchor="mm")
    else:
        x = int(fs * 1.2)
        x += cv.text(x, mid, t[0], small, pal["fg"], bold=True, anchor="lm") + fs * 0.6
        if sk["carrier"]:
            cv.text(x, mid, sk["carrier"], small, pal["fg"], anchor="lm")
    right = cv.w - int(fs * 1.2)
    bw = fs * 1.5
    cv.box((right - bw, mid - fs * 0.35, right, mid + fs * 0.35), None, r=4, outline=pal["fg"])
    cv.text(right - bw - fs * 0.3, mid, t[1], small, pal["fg"], anchor="rm")
    rest = [s for s in t[2:] if s not in (sk["carrier"],) and ("G" in s or "月" in s)]
    x = right - bw - fs * 0.6 - cv.width(t[1], small)
    for s in rest:
        if "月" in s:
            cv.text(int(fs * 6), mid, s, small, pal["fg"], anchor="lm")
        else:
            cv.text(x - fs * 0.3, mid, s, small, pal["fg"], anchor="rm")
    return y + h


def header(cv, sk, y, title, sub="", x0=0, x1=None, bg=None, fg=None, center=False) -> int:
    pal, fs = sk["pal"], sk["fs"]
    x1 = cv.w if x1 is None else x1
    h = int(fs * (3.2 if sub else 2.6))
    cv.box((x0, y, x1, y + h), bg or pal["bar"])
    fg = fg or pal["fg"]
    cv.text(x0 + fs * 0.8, y + h // 2, "‹", int(fs * 1.6), fg, anchor="lm", record=False)
    tx = (x0 + x1) // 2 if center else x0 + fs * 2.2
    anchor = "mm" if center else "lm"
    if sub:
        cv.text(tx, y + h * 0.36, title, int(fs * 1.1), fg, bold=True, anchor=anchor)
        subfg = sk["pal"]["sub"] if bg is None else tuple(int(a * 0.8 + 40) for a in fg)
        cv.text(tx, y + h * 0.72, sub, int(fs * 0.72), subfg, anchor=anchor)
    else:
        cv.text(tx, y + h // 2, title, int(fs * 1.1), fg, bold=True, anchor=anchor)
    cv.line((x0, y + h, x1, y + h), pal["line"])
    return y + h


def tabbar(cv, sk, words: str, y1: int, x0=0, x1=None, active=0, bg=None) -> int:
    """A bottom bar of words ending at y1; returns its top."""
    pal, fs = sk["pal"], sk["fs"]
    x1 = cv.w if x1 is None else x1
    h = int(fs * 2.8)
    cv.box((x0, y1 - h, x1, y1), bg or pal["bar"])
    cv.line((x0, y1 - h, x1, y1 - h), pal["line"])
    ws = words.split()
    step = (x1 - x0) / len(ws)
    for i, w in enumerate(ws):
        col = pal["accent"] if i == active else pal["sub"]
        cx = x0 + step * (i + 0.5)
        cv.dot(cx, y1 - h * 0.64, fs * 0.32, col)
        cv.text(cx, y1 - h * 0.26, w, int(fs * 0.7), col, anchor="mm")
    return y1 - h


def inputbar(cv, sk, y1, hint: str, button: str, x0=0, x1=None, bg=None) -> int:
    pal, fs = sk["pal"], sk["fs"]
    x1 = cv.w if x1 is None else x1
    h = int(fs * 2.6)
    cv.box((x0, y1 - h, x1, y1), bg or pal["bar"])
    cv.box((x0 + fs, y1 - h + fs * 0.45, x1 - fs * 4.2, y1 - fs * 0.45), pal["bg"], r=fs // 2)
    cv.text(x0 + fs * 1.6, y1 - h // 2, hint, int(fs * 0.85), pal["sub"], anchor="lm")
    if button:
        cv.box((x1 - fs * 3.7, y1 - h + fs * 0.5, x1 - fs * 0.6, y1 - fs * 0.5), pal["accent"], r=8)
        cv.text(x1 - fs * 2.15, y1 - h // 2, button, int(fs * 0.78), (255, 255, 255), anchor="mm")
    return y1 - h


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


def listing(cv: Canvas, sk: dict, rows: list[dict], x0: int, y0: int, x1: int, y1: int) -> int:
    """Rows of a list: an icon, a title with its count, a sub-line, a time at the right."""
    pal, fs = sk["pal"], sk["fs"]
    y = y0
    h = int(fs * 3.3)
    for row in rows:
        if y + h > y1:
            raise ValueError(f"list overflows at {row['title']}")
        r = fs * 0.95
        cx, cy = x0 + fs * 1.6, y + h / 2
        cv.dot(cx, cy, r, row.get("icon_bg", (150, 170, 200)))
        cv.text(
            cx, cy, row.get("icon", "·"), int(fs * 0.8), (255, 255, 255), anchor="mm", record=False
        )
        tx = x0 + fs * 3.2
        col = pal["red"] if row.get("red") else pal["fg"]
        w = cv.text(
            tx,
            y + h * 0.3,
            row["title"],
            int(fs * 1.0),
            col,
            anchor="lm",
            bold=row.get("bold", False),
        )
        if row.get("count"):
            cv.text(tx + w + fs * 0.3, y + h * 0.3, row["count"], int(fs * 0.95), col, anchor="lm")
        if row.get("sub"):
            sub = row["sub"]
            room = x1 - tx - fs * 5.5
            while cv.width(sub, int(fs * 0.74)) > room:
                raise ValueError(f"sub too long: {sub}")
            cv.text(tx, y + h * 0.7, sub, int(fs * 0.74), pal["sub"], anchor="lm")
        if row.get("right"):
            used = tx + w + cv.width(row.get("count", ""), int(fs * 0.95)) + fs * 0.6
            low = used + cv.width(row["right"], int(fs * 0.7)) > x1 - fs * 0.8
            cv.text(
                x1 - fs * 0.8,
                y + h * (0.7 if low else 0.3),
                row["right"],
                int(fs * 0.7),
                pal["sub"],
                anchor="rm",
            )
        if row.get("badge"):
            cv.dot(x1 - fs * 1.4, y + h * 0.68, fs * 0.45, pal["red"])
            cv.text(
                x1 - fs * 1.4,
                y + h * 0.68,
                row["badge"],
                int(fs * 0.6),
                (255, 255, 255),
                anchor="mm",
            )
        cv.line((tx, y + h, x1, y + h), pal["line"])
        y += h
    return y


def call_rows(scr: Screen, style: str = "full") -> list[dict]:
    out = []
    for c in sorted(scr.calls, key=lambda c: c.at, reverse=True):
        if not c.drawn:
            continue
        sub = " · ".join(p for p in (c.tag, c.place) if p)
        icon = {"missed": "↙", "in": "↙", "out": "↗", "blocked": "⊘"}[c.kind]
        count = c.words if c.words.startswith("(") else ""
        if c.words and not count:
            sub = f"{c.words}  {sub}".strip()
        out.append(
            {
                "title": c.name or c.number,
                "count": count,
                "sub": sub,
                "right": when(c.at, scr.captured, style),
                "red": c.kind in ("missed", "blocked"),
                "icon": icon,
                "icon_bg": {"out": (90, 170, 110), "in": (80, 130, 220)}.get(c.kind, (230, 90, 80)),
            }
        )
    return out


def preview_rows(scr: Screen, style: str = "rel") -> list[dict]:
    out = []
    for m in scr.msgs:
        if m.kind != "preview":
            continue
        out.append(
            {
                "title": m.shown or m.who,
                "sub": m.text + "…",
                "right": when(m.at, scr.captured, style),
                "icon": (m.shown or m.who)[:1],
                "bold": True,
                "icon_bg": (120, 150, 190),
            }
        )
    return out


def new_canvas(scr: Screen) -> tuple[Canvas, dict]:
    sk = skin(scr.skin)
    if scr.app == "letter30":  # paper, not a screen: A4-like, photographed by this phone
        sk = dict(sk, w=868, h=1228, fs=30)
    return Canvas(sk["w"], sk["h"], sk["pal"]["bg"]), sk


def rows_of(scr: Screen) -> list[dict]:
    return [dict(r) for r in scr.rows]


def paint(scr: Screen, images: dict | None = None) -> Canvas:
    """The screen's page as its phone draws it (before any wrap)."""
    from tests.blindgen30 import pages_more

    cv, sk = new_canvas(scr)
    fn = PAINTERS.get(scr.app) or getattr(pages_more, scr.app.replace("30", "_page"))
    fn(cv, scr, sk, images or {})
    return cv


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


def p_list(cv, scr, sk, images):
    """Call logs, an interception list and a secondary-number app: one row per drawn call."""
    pal, fs = sk["pal"], sk["fs"]
    y = status_bar(cv, scr, sk, bg=pal["bar"])
    if scr.skin in ("fold30", "pad30"):
        from tests.blindgen30.pages_more import fold_calls

        return fold_calls(cv, scr, sk, y)
    app = scr.app
    if app == "dialer30":
        words = CHROME["dialer30_top"].split()
        cv.box((0, y, cv.w, y + fs * 2.8), pal["bar"])
        for i, w in enumerate(words):
            cx = cv.w * (0.32 + 0.36 * i)
            cv.text(
                cx,
                y + fs * 1.4,
                w,
                int(fs * 1.0),
                pal["accent"] if i == 0 else pal["sub"],
                bold=i == 0,
                anchor="mm",
            )
        y += int(fs * 3.2)
        bottom = tabbar(cv, sk, CHROME["dialer30"], cv.h, active=1)
    elif app == "intercept30":
        y = header(cv, sk, y, "拦截记录", center=True)
        words = CHROME["intercept30_tabs"].split()
        for i, w in enumerate(words):
            cx = cv.w * (0.3 + 0.4 * i)
            cv.text(
                cx,
                y + fs * 1.3,
                w,
                int(fs * 0.95),
                pal["accent"] if i == 0 else pal["sub"],
                anchor="mm",
            )
        y += int(fs * 2.6)
        n = sum(1 for c in scr.calls if c.drawn)
        cv.box(
            (fs, y, cv.w - fs, y + fs * 4),
            (232, 242, 255) if pal["bg"][0] > 100 else (30, 40, 60),
            r=fs // 2,
        )
        cv.text(
            fs * 2,
            y + fs * 1.3,
            f"已拦截 {n} 次",
            int(fs * 1.15),
            pal["accent"],
            bold=True,
            anchor="lm",
        )
        cv.text(
            fs * 2,
            y + fs * 2.9,
            scr.extra.get("summary", ""),
            int(fs * 0.72),
            pal["sub"],
            anchor="lm",
        )
        y += int(fs * 4.6)
        bottom = tabbar(cv, sk, CHROME["intercept30"], cv.h, active=0)
    else:  # xiaohao30
        y = header(
            cv, sk, y, scr.title or "我的小号", scr.sub, bg=(255, 120, 40), fg=(255, 255, 255)
        )
        bottom = tabbar(cv, sk, CHROME["xiaohao30"], cv.h, active=0)
    rows = call_rows(scr, scr.extra.get("times", "full")) + rows_of(scr)
    rows.sort(key=lambda r: r.get("order", 0))
    listing(cv, sk, rows, 0, y, cv.w, bottom)


PAINTERS = {
    "sms_inbox30": p_sms_inbox,
    "sms_thread30": p_sms_thread,
    "wxchat30": p_chat,
    "wxgroup30": p_chat,
    "tgchat30": p_chat,
    "wachat30": p_chat,
    "dydm30": p_chat,
    "kefu30": p_chat,
    "dialer30": p_list,
    "intercept30": p_list,
    "xiaohao30": p_list,
}


def to_image(cv: Canvas) -> Image.Image:
    return cv.img
