"""Set 29's pages: each app drawn on one of four skins, every string recorded as drawn (the call
pages in pages_calls, the skins and shared chrome in skin)."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image

from tests.blindgen29.canvas import WEEK, Canvas, when
from tests.blindgen29.model import Screen
from tests.blindgen29.pages_calls import page_calldetail, page_detail, page_dialer, page_intercept
from tests.blindgen29.skin import (
    WHITE,
    Overflow,
    Theme,
    bottom_input,
    check,
    status,
    theme,
    tint,
    titlebar,
)


def thread(cv: Canvas, s: Screen, th: Theme, y: int, names: dict[str, str], avatars: bool,
           group: bool, paint: bool) -> int:  # fmt: skip
    prev = None
    side = cv.g(36)
    av = cv.g(104) if avatars else 0
    pad = cv.g(30)
    maxw = cv.w * (0.60 if avatars else 0.70)
    for m in s.msgs:
        if prev is None or (m.at - prev).total_seconds() > 600:
            label = when(m.at, s.captured, s.timefmt)
            cv.text(cv.w / 2, y + cv.g(34), label, 25, th.dim, "sans", "mm")
            y += cv.g(34) + round(25 * cv.k * 1.6)
        prev = m.at
        mine = m.who == "me"
        name = names.get(m.who, m.who)
        x = side + (av + cv.g(22) if av else 0)
        if avatars:
            ax = cv.w - side - av if mine else side
            cv.avatar(
                ax, y, av, "我" if mine else name, (90, 140, 210) if mine else tint(name), True
            )
        if group and not mine:
            cv.text(x, y, name, 25, th.dim)
            y += round(25 * cv.k * 1.5)
        if m.kind == "image" and s.inner is not None:
            shot = paint_screen(s.inner, paint)
            cv.texts.extend(shot.texts)
            tw = round(cv.w * 0.5)
            th_ = round(tw * s.inner.height / s.inner.width)
            bx = cv.w - side - av - cv.g(22) - tw if mine else x
            if paint and shot.img is not None:
                cv.img.paste(shot.img.resize((tw, th_), Image.LANCZOS), (bx, y))
            cv.box((bx, y, bx + tw, y + th_), cv.g(10), outline=th.rule, width=cv.g(3))
            y += th_ + cv.g(36)
            continue
        lines = cv.wrap(m.text, 34, maxw - 2 * pad)
        wid = max(cv.width(ln, 34) for ln in lines) + 2 * pad
        hgt = round(34 * cv.k * 1.42) * len(lines) + 2 * pad - cv.g(8)
        bx = cv.w - side - (av + cv.g(22) if av else 0) - wid if mine else x
        cv.box((bx, y, bx + wid, y + hgt), cv.g(20), th.outb if mine else th.inb)
        cv.para(
            bx + pad, y + pad - cv.g(6), m.text, 34, maxw - 2 * pad, th.outfg if mine else th.fg
        )
        y += hgt + cv.g(30)
    return y


def page_chat(cv: Canvas, s: Screen, th: Theme, paint: bool) -> None:
    y = status(cv, s, th)
    cv.box((0, y, cv.w, y + cv.g(150)), 0, th.card if s.app != "sms_thread29" else th.bg)
    y = titlebar(cv, s, th, y, center=s.app != "qqchat29")
    if s.app == "sms_thread29":
        limit = bottom_input(cv, s, th, "短信/彩信", "发送")
        y = thread(cv, s, th, y + cv.g(20), {}, False, False, paint)
    elif s.app == "qqchat29":
        limit = bottom_input(cv, s, th, "", "发送")
        for i, w in enumerate(("语音", "图片", "红包")):
            cv.text(cv.g(150) + i * cv.g(130), limit + cv.g(75), w, 26, th.dim, "sans", "lm")
        y = thread(cv, s, th, y + cv.g(20), {}, True, True, paint)
    else:
        limit = bottom_input(cv, s, th, "", "发送")
        cv.text(cv.w - cv.g(280), limit + cv.g(75), "表情", 26, th.dim, "sans", "mm")
        y = thread(cv, s, th, y + cv.g(20), {}, True, s.app == "wxgroup29", paint)
    if y > limit:
        raise Overflow(f"{s.name}: {y} > {limit}")


# lists -----------------------------------------------------------------------------------


def page_inbox(cv: Canvas, s: Screen, th: Theme) -> None:
    y = status(cv, s, th)
    cv.text(cv.g(60), y + cv.g(80), "信息", 60, th.fg, "bold", "lm")
    y += cv.g(170)
    cv.box((cv.g(44), y, cv.w - cv.g(44), y + cv.g(100)), cv.g(50), th.card)
    cv.magnifier(cv.g(110), y + cv.g(46), cv.g(16), th.dim)
    cv.text(cv.g(150), y + cv.g(50), "搜索", 30, th.dim, "sans", "lm")
    y += cv.g(140)
    if s.lines:  # the 服务号 card: the lender's bill notice
        top = y
        cv.box((cv.g(44), top, cv.w - cv.g(44), top + cv.g(96)), cv.g(30), th.card)
        cv.avatar(cv.g(74), top + cv.g(18), cv.g(60), "服", th.acc)
        cv.text(cv.g(154), top + cv.g(48), "服务号", 32, th.fg, "bold", "lm")
        cv.text(cv.w - cv.g(80), top + cv.g(48), "通知信息", 26, th.dim, "sans", "rm")
        y = top + cv.g(116)
        card_top = y
        y += cv.g(30)
        head, *rows = s.lines
        cv.text(cv.g(84), y, head, 34, th.fg, "bold")
        y += round(34 * cv.k * 1.7)
        for row in rows:
            label, _, value = row.partition("|")
            if value:
                cv.text(cv.g(84), y, label, 29, th.dim)
                cv.text(cv.w - cv.g(84), y, value, 29, th.fg, "sans", "ra")
                y += round(29 * cv.k * 1.6)
            else:
                y += cv.para(cv.g(84), y, label, 28, cv.w - cv.g(168), th.dim) + cv.g(8)
        y += cv.g(20)
        if cv.d is not None:
            cv.d.rounded_rectangle(
                (cv.g(44), card_top, cv.w - cv.g(44), y), cv.g(30), outline=th.rule, width=cv.g(3)
            )
        y += cv.g(30)
    for m in s.msgs:
        cv.avatar(
            cv.g(50),
            y + cv.g(18),
            cv.g(96),
            m.who[-2:] if m.who[0].isdigit() else m.who,
            tint(m.who),
        )
        cv.text(cv.g(174), y + cv.g(44), m.who, 34, th.fg, "bold", "lm")
        cv.text(
            cv.w - cv.g(54),
            y + cv.g(44),
            when(m.at, s.captured, s.timefmt),
            25,
            th.dim,
            "sans",
            "rm",
        )
        shown = m.text + "…" if m.kind == "preview" else m.text
        cv.text(cv.g(174), y + cv.g(104), shown, 29, th.dim, "sans", "lm")
        y += cv.g(160)
        cv.line([(cv.g(174), y - cv.g(6)), (cv.w, y - cv.g(6))], th.rule, 1)
    check(cv, cv.h)


def page_lock(cv: Canvas, s: Screen, th: Theme) -> None:
    if cv.d is not None:
        for yy in range(cv.h):
            t = yy / cv.h
            cv.d.line(
                [(0, yy), (cv.w, yy)], fill=(int(40 + 60 * t), int(52 + 30 * t), int(96 - 40 * t))
            )
    status(cv, s, th, WHITE)
    cv.text(cv.w / 2, cv.g(330), s.clock, 170, WHITE, "sans", "mm")
    d = s.captured
    cv.text(
        cv.w / 2,
        cv.g(480),
        f"{d.month}月{d.day}日 星期{WEEK[d.weekday()]}",
        36,
        WHITE,
        "sans",
        "mm",
    )
    y = cv.g(640)
    items = [(m.at, "信息", m.who, m.text) for m in s.msgs]
    items += [
        (c.at, "电话", c.name or c.number, "未接来电" + (f" ({c.count})" if c.count > 1 else ""))
        for c in s.calls
    ]
    for t, app, who, body in sorted(items, key=lambda x: x[0], reverse=True):
        lines = cv.wrap(body, 30, cv.w - cv.g(200))
        hgt = cv.g(150) + round(30 * cv.k * 1.45) * len(lines)
        cv.box((cv.g(40), y, cv.w - cv.g(40), y + hgt), cv.g(40), (236, 238, 244))
        cv.avatar(
            cv.g(76), y + cv.g(28), cv.g(46), app, (52, 199, 89) if app == "信息" else (0, 122, 255)
        )
        cv.text(cv.g(138), y + cv.g(51), app, 24, (90, 90, 100), "sans", "lm")
        cv.text(
            cv.w - cv.g(80),
            y + cv.g(51),
            when(t, s.captured, "rel"),
            24,
            (90, 90, 100),
            "sans",
            "rm",
        )
        cv.text(cv.g(80), y + cv.g(100), who, 31, (10, 10, 10), "bold", "lm")
        cv.para(cv.g(80), y + cv.g(132), body, 30, cv.w - cv.g(200), (30, 30, 34))
        y += hgt + cv.g(24)
    cv.box(
        (cv.w / 2 - cv.g(120), y + cv.g(10), cv.w / 2 + cv.g(120), y + cv.g(80)),
        cv.g(35),
        (80, 80, 100),
    )
    cv.text(cv.w / 2, y + cv.g(45), "全部清除", 26, WHITE, "sans", "mm")
    check(cv, cv.h - cv.g(170))
    cv.text(cv.w / 2, cv.h - cv.g(120), "向上滑动解锁", 28, WHITE, "sans", "mm")


def page_bill(cv: Canvas, s: Screen, th: Theme) -> None:
    brand = (255, 96, 40)
    y = status(cv, s, th)
    cv.box((0, y, cv.w, y + cv.g(560)), 0, brand)
    cv.chevron(cv.g(52), y + cv.g(70), cv.g(34), WHITE, 5)
    cv.text(cv.w / 2, y + cv.g(70), s.title, 38, WHITE, "bold", "mm")
    cv.text(cv.w / 2, y + cv.g(200), s.lines[0], 30, (255, 230, 215), "sans", "mm")
    cv.text(cv.w / 2, y + cv.g(310), s.lines[1], 96, WHITE, "bold", "mm")
    cv.box(
        (cv.w / 2 - cv.g(150), y + cv.g(410), cv.w / 2 + cv.g(150), y + cv.g(470)),
        cv.g(30),
        (200, 40, 20),
    )
    cv.text(cv.w / 2, y + cv.g(440), s.lines[2], 26, WHITE, "sans", "mm")
    y += cv.g(600)
    cv.box(
        (cv.g(40), y, cv.w - cv.g(40), y + cv.g(110) * (len(s.lines) - 3) + cv.g(100)),
        cv.g(30),
        th.card,
    )
    cv.text(cv.g(80), y + cv.g(50), "账单明细", 32, th.fg, "bold", "lm")
    y += cv.g(110)
    for row in s.lines[3:]:
        label, _, value = row.partition("|")
        cv.text(cv.g(80), y + cv.g(40), label, 30, th.dim, "sans", "lm")
        cv.text(cv.w - cv.g(80), y + cv.g(40), value, 30, th.fg, "sans", "rm")
        y += cv.g(110)
    limit = cv.h - cv.g(200)
    check(cv, limit - cv.g(50))
    cv.box((cv.g(60), limit + cv.g(40), cv.w - cv.g(60), limit + cv.g(160)), cv.g(60), brand)
    cv.text(cv.w / 2, limit + cv.g(100), "立即还款", 36, WHITE, "bold", "mm")
    cv.text(cv.w / 2, limit - cv.g(20), "还款记录", 26, th.dim, "sans", "mm")


def page_ding(cv: Canvas, s: Screen, th: Theme) -> None:
    blue = (0, 137, 255)
    y = status(cv, s, th)
    cv.chevron(cv.g(52), y + cv.g(70), cv.g(34), th.fg, 5)
    cv.text(cv.w / 2, y + cv.g(70), "DING", 42, blue, "bold", "mm")
    y += cv.g(150)
    for i, w in enumerate(("我收到的", "我发出的")):
        cx = cv.w * (i + 0.5) / 2
        cv.text(
            cx, y + cv.g(40), w, 31, blue if i == 0 else th.dim, "bold" if i == 0 else "sans", "mm"
        )
    y += cv.g(110)
    for m in s.msgs:
        lines = cv.wrap(m.text, 33, cv.w - cv.g(200))
        hgt = cv.g(330) + round(33 * cv.k * 1.45) * len(lines)
        cv.box((cv.g(40), y, cv.w - cv.g(40), y + hgt), cv.g(24), th.card)
        cv.avatar(cv.g(70), y + cv.g(30), cv.g(90), m.who, blue, True)
        cv.text(cv.g(180), y + cv.g(52), m.who, 32, th.fg, "bold", "lm")
        cv.text(
            cv.g(180), y + cv.g(100), when(m.at, s.captured, s.timefmt), 24, th.dim, "sans", "lm"
        )
        cv.box(
            (cv.w - cv.g(240), y + cv.g(36), cv.w - cv.g(70), y + cv.g(86)),
            cv.g(10),
            (255, 240, 225),
        )
        cv.text(cv.w - cv.g(155), y + cv.g(61), "电话DING", 24, (240, 110, 0), "sans", "mm")
        cv.para(cv.g(80), y + cv.g(160), m.text, 33, cv.w - cv.g(200), th.fg)
        by = y + hgt - cv.g(110)
        cv.line([(cv.g(80), by), (cv.w - cv.g(80), by)], th.rule, 1)
        cv.text(cv.g(80), by + cv.g(55), "1人未确认", 26, (240, 110, 0), "sans", "lm")
        cv.text(cv.w - cv.g(80), by + cv.g(55), "确认收到", 28, blue, "sans", "rm")
        y += hgt + cv.g(30)
    check(cv, cv.h)


def page_letter(cv: Canvas, s: Screen, th: Theme) -> None:
    paper = (250, 248, 240)
    if cv.d is not None:
        cv.d.rectangle((0, 0, cv.w, cv.h), fill=paper)
    y = cv.g(140)
    cv.text(cv.w / 2, y, s.title, 70, (20, 20, 20), "serifb", "mt")
    y += cv.g(170)
    cv.line([(cv.g(80), y), (cv.w - cv.g(80), y)], (120, 20, 20), 4)
    y += cv.g(50)
    for line in s.lines[:-2]:
        y += cv.para(cv.g(90), y, line, 34, cv.w - cv.g(180), (30, 30, 30), "serif", 1.7) + cv.g(26)
    y += cv.g(60)
    for line in s.lines[-2:]:
        cv.text(cv.w - cv.g(100), y, line, 34, (30, 30, 30), "serif", "ra")
        y += cv.g(70)
    cx, cy, r = cv.w - cv.g(280), y - cv.g(110), cv.g(130)
    cv.dot(cx, cy, r, outline=(210, 30, 30), width=cv.g(8))
    cv.line([(cx - r * 0.3, cy), (cx + r * 0.3, cy)], (210, 30, 30), 6)
    cv.line([(cx, cy - r * 0.3), (cx, cy + r * 0.3)], (210, 30, 30), 6)
    check(cv, cv.h)


PAGES = {
    "sms_thread29": page_chat, "wxchat29": page_chat, "wxgroup29": page_chat,
    "qqchat29": page_chat, "sms_inbox29": page_inbox, "dialer29": page_dialer,
    "calldetail29": page_calldetail, "intercept29": page_intercept, "detail29": page_detail,
    "lock29": page_lock, "bill29": page_bill, "ding29": page_ding, "letter29": page_letter,
}  # fmt: skip


@dataclass
class Shot:
    img: Image.Image | None
    texts: list[str]


def paint_screen(s: Screen, paint: bool = True) -> Shot:
    th = theme(s)
    cv = Canvas(s.width, s.height, th.bg, s.scale, paint)
    fn = PAGES[s.app]
    if fn is page_chat:
        fn(cv, s, th, paint)
    else:
        fn(cv, s, th)
    return Shot(cv.img, cv.texts)
