"""Set 30's shared chrome: the words every page draws, bars, headers, lists and the canvas."""

from __future__ import annotations

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
