"""Set 29's pages: each app drawn on one of four skins, every string recorded as drawn."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image

from tests.blindgen29.canvas import WEEK, Canvas, when
from tests.blindgen29.model import Screen

WHITE = (255, 255, 255)
RED = (232, 64, 52)


@dataclass
class Theme:
    bg: tuple
    fg: tuple
    dim: tuple
    card: tuple
    acc: tuple
    inb: tuple
    outb: tuple
    outfg: tuple
    rule: tuple


SKINS = {
    "magic929": Theme((245, 246, 248), (24, 24, 28), (130, 132, 140), WHITE, (10, 102, 255),
                      WHITE, (10, 102, 255), WHITE, (226, 228, 233)),
    "origin529": Theme(WHITE, (16, 18, 24), (122, 126, 138), (244, 245, 249), (64, 92, 246),
                       (240, 242, 247), (64, 92, 246), WHITE, (232, 234, 240)),
    "iqoo29": Theme((9, 9, 12), (234, 234, 240), (138, 140, 152), (27, 27, 33), (255, 128, 16),
                    (36, 36, 42), (255, 128, 16), (20, 12, 0), (46, 46, 54)),
    "lumen29": Theme(WHITE, (0, 0, 0), (138, 138, 142), (242, 242, 247), (0, 122, 255),
                     (233, 233, 235), (0, 122, 255), WHITE, (222, 222, 226)),
}  # fmt: skip

CHROME = {
    "sms_thread29": "短信/彩信 发送",
    "sms_inbox29": "信息 服务号 通知信息 搜索",
    "dialer29": "拨号 通话记录 联系人 收藏 全部 未接",
    "calldetail29": "呼叫 发信息 拉黑 标记 通话记录",
    "wxchat29": "发送 表情",
    "qqchat29": "发送 语音 图片 红包",
    "lock29": "向上滑动解锁 全部清除",
    "bill29": "立即还款 账单明细 还款记录",
    "detail29": "通话详单 上网详单 短信详单 查询",
    "detailhead29": "起始时间 通信地点 通信方式 对方号码 通信时长",
    "intercept29": "拦截电话 拦截短信 拦截设置 清空",
    "ding29": "DING 我收到的 我发出的 确认收到",
    "editor29": "取消 完成 裁剪 旋转 标注 滤镜 调节",
}


def theme(s: Screen) -> Theme:
    th = SKINS[s.skin]
    if s.app in ("wxchat29", "wxgroup29"):
        if s.dark:
            return Theme((17, 17, 17), (222, 222, 222), (120, 120, 120), (30, 30, 30), (7, 193, 96),
                         (44, 44, 44), (58, 170, 92), (10, 10, 10), (40, 40, 40))  # fmt: skip
        return Theme((237, 237, 237), (20, 20, 20), (150, 150, 150), WHITE, (7, 193, 96),
                     WHITE, (149, 236, 105), (20, 20, 20), (220, 220, 220))  # fmt: skip
    if s.app == "qqchat29":
        return Theme((17, 17, 23), (230, 232, 240), (128, 132, 146), (30, 31, 40), (0, 153, 255),
                     (38, 39, 50), (0, 140, 240), WHITE, (44, 45, 56))  # fmt: skip
    return th


class Overflow(ValueError):
    pass


def status(cv: Canvas, s: Screen, th: Theme, fg=None) -> int:
    fg = fg or th.fg
    h = cv.g(96)
    y = h / 2
    if s.skin == "lumen29":
        cv.text(cv.g(120), y, s.clock, 34, fg, "bold", "mm")
        cv.battery(
            cv.w - cv.g(120), y - cv.g(18), cv.g(64), cv.g(34), s.battery, fg, str(s.battery) + "%"
        )
        cv.wifi(cv.w - cv.g(170), y + cv.g(14), cv.g(26), fg)
        cv.bars(cv.w - cv.g(250), y - cv.g(14), cv.g(30), fg)
        return h
    cv.text(cv.g(54), y, s.clock, 30 if s.skin == "origin529" else 33, fg, "sans", "lm")
    right = cv.w - cv.g(60)
    if s.skin in ("origin529", "iqoo29"):
        cv.battery(
            right - cv.g(62), y - cv.g(16), cv.g(62), cv.g(32), s.battery, fg, str(s.battery) + "%"
        )
        x = right - cv.g(62)
    else:
        cv.battery(right - cv.g(54), y - cv.g(13), cv.g(54), cv.g(26), s.battery, fg)
        w = cv.text(right - cv.g(66), y, f"{s.battery}%", 28, fg, "sans", "rm")
        x = right - cv.g(66) - w
    cv.wifi(x - cv.g(40), y + cv.g(14), cv.g(24), fg)
    cv.bars(x - cv.g(120), y - cv.g(14), cv.g(28), fg)
    return h


def titlebar(cv: Canvas, s: Screen, th: Theme, y: int, center=True, icons=True) -> int:
    h = cv.g(150)
    mid = y + h / 2
    cv.chevron(cv.g(52), mid, cv.g(34), th.fg, 5)
    if s.sub:
        cv.text(
            cv.w / 2 if center else cv.g(120),
            mid - cv.g(22),
            s.title,
            40,
            th.fg,
            "bold",
            "mm" if center else "lm",
        )
        cv.text(
            cv.w / 2 if center else cv.g(120),
            mid + cv.g(32),
            s.sub,
            25,
            th.dim,
            "sans",
            "mm" if center else "lm",
        )
    else:
        cv.text(
            cv.w / 2 if center else cv.g(120),
            mid,
            s.title,
            40,
            th.fg,
            "bold",
            "mm" if center else "lm",
        )
    if icons:
        cv.dots3(cv.w - cv.g(70), mid, cv.g(6), th.fg)
    return y + h


def bottom_input(cv: Canvas, s: Screen, th: Theme, placeholder: str, send: str) -> int:
    h = cv.g(150)
    top = cv.h - h
    cv.box((0, top, cv.w, cv.h), 0, th.card)
    cv.box((cv.g(130), top + cv.g(30), cv.w - cv.g(220), top + cv.g(120)), cv.g(22), th.bg)
    if placeholder:
        cv.text(cv.g(160), top + cv.g(75), placeholder, 30, th.dim, "sans", "lm")
    cv.dot(cv.g(66), top + cv.g(75), cv.g(30), outline=th.dim, width=cv.g(4))
    cv.box((cv.w - cv.g(190), top + cv.g(34), cv.w - cv.g(40), top + cv.g(116)), cv.g(16), th.acc)
    cv.text(cv.w - cv.g(115), top + cv.g(75), send, 30, WHITE, "sans", "mm")
    return top


def tabbar(cv: Canvas, th: Theme, words: list[str], on: int) -> int:
    h = cv.g(170)
    top = cv.h - h
    cv.box((0, top, cv.w, cv.h), 0, th.card)
    step = cv.w / len(words)
    for i, w in enumerate(words):
        c = th.acc if i == on else th.dim
        cx = step * i + step / 2
        cv.box(
            (cx - cv.g(26), top + cv.g(30), cx + cv.g(26), top + cv.g(76)),
            cv.g(10),
            outline=c,
            width=cv.g(4),
        )
        cv.text(cx, top + cv.g(112), w, 24, c, "sans", "mm")
    return top


def check(cv: Canvas, limit: float) -> None:
    if cv.low > limit + 2:
        raise Overflow(f"content reaches {cv.low:.0f} past {limit:.0f}")


# chats -----------------------------------------------------------------------------------


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
                ax, y, av, "我" if mine else name, (90, 140, 210) if mine else _tint(name), True
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


def _tint(name: str) -> tuple:
    n = sum(map(ord, name))
    return (80 + n * 37 % 140, 90 + n * 53 % 120, 100 + n * 71 % 130)


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
            _tint(m.who),
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


def _callrow(cv, s, th, y, c, fmt) -> int:
    label = c.name or c.number
    red = RED if c.missed else th.fg
    w = cv.text(cv.g(150), y + cv.g(46), label, 36, red, "sans", "lm")
    if c.count > 1:
        cv.text(cv.g(150) + w + cv.g(10), y + cv.g(46), f"({c.count})", 36, red, "sans", "lm")
    sub = " | ".join(x for x in (c.tag, c.place) if x)
    if sub:
        cv.text(cv.g(150), y + cv.g(104), sub, 25, th.dim, "sans", "lm")
    cv.handset(cv.g(80), y + cv.g(72), cv.g(16), th.dim if not c.missed else RED)
    cv.text(cv.w - cv.g(130), y + cv.g(72), when(c.at, s.captured, fmt), 26, th.dim, "sans", "rm")
    cv.dot(cv.w - cv.g(70), y + cv.g(72), cv.g(20), outline=th.acc, width=cv.g(3))
    cv.text(cv.w - cv.g(70), y + cv.g(72), "i", 22, th.acc, "bold", "mm", record=False)
    return y + cv.g(150) + round(10 * cv.k)


def page_dialer(cv: Canvas, s: Screen, th: Theme) -> None:
    y = status(cv, s, th)
    cv.text(
        cv.g(60),
        y + cv.g(90),
        s.title or "通话记录",
        62 if s.skin == "origin529" else 50,
        th.fg,
        "bold",
        "lm",
    )
    y += cv.g(180)
    cv.box((cv.g(60), y, cv.g(300), y + cv.g(76)), cv.g(38), th.card)
    cv.box((cv.g(66), y + cv.g(6), cv.g(180), y + cv.g(70)), cv.g(32), th.acc)
    cv.text(cv.g(123), y + cv.g(38), "全部", 26, WHITE, "sans", "mm")
    cv.text(cv.g(240), y + cv.g(38), "未接", 26, th.dim, "sans", "mm")
    cv.magnifier(cv.w - cv.g(180), y + cv.g(36), cv.g(18), th.fg)
    cv.dots3(cv.w - cv.g(80), y + cv.g(38), cv.g(6), th.fg)
    y += cv.g(110)
    limit = tabbar(cv, th, ["拨号", "通话记录", "联系人", "收藏"], 1)
    for c in s.calls:
        y = _callrow(cv, s, th, y, c, s.timefmt)
    if y > limit:
        raise Overflow(f"{s.name}: {y} > {limit}")


def page_calldetail(cv: Canvas, s: Screen, th: Theme) -> None:
    y = status(cv, s, th)
    cv.chevron(cv.g(52), y + cv.g(70), cv.g(34), th.fg, 5)
    y += cv.g(150)
    face = "" if s.title[0] in "+0123456789" else s.title
    cv.avatar(cv.w / 2 - cv.g(90), y, cv.g(180), face, _tint(s.title))
    y += cv.g(220)
    cv.text(cv.w / 2, y, s.title, 52, th.fg, "bold", "mt")
    y += round(52 * cv.k * 1.5)
    cv.text(cv.w / 2, y, s.sub, 28, th.dim, "sans", "mt")
    y += round(28 * cv.k * 1.7)
    for line in s.lines:
        w = cv.width(line, 27) + cv.g(50)
        cv.box(
            (cv.w / 2 - w / 2, y, cv.w / 2 + w / 2, y + cv.g(60)),
            cv.g(30),
            (255, 236, 230) if not s.dark else (70, 36, 30),
        )
        cv.text(cv.w / 2, y + cv.g(30), line, 27, RED, "sans", "mm")
        y += cv.g(84)
    y += cv.g(20)
    for i, w in enumerate(("呼叫", "发信息", "拉黑", "标记")):
        cx = cv.w * (i + 0.5) / 4
        cv.dot(cx, y + cv.g(50), cv.g(50), th.card)
        cv.handset(cx, y + cv.g(50), cv.g(14), th.acc) if i == 0 else cv.dot(
            cx, y + cv.g(50), cv.g(14), outline=th.acc, width=cv.g(4)
        )
        cv.text(cx, y + cv.g(130), w, 26, th.fg, "sans", "mm")
    y += cv.g(200)
    cv.text(cv.g(60), y, "通话记录", 30, th.dim, "bold")
    y += cv.g(70)
    day = None
    for c in sorted(s.calls, key=lambda c: c.at, reverse=True):
        d = c.at.date()
        if d != day:
            day = d
            cv.text(
                cv.g(60), y + cv.g(10), f"{d.month}月{d.day}日 周{WEEK[d.weekday()]}", 27, th.dim
            )
            y += cv.g(70)
        cv.text(cv.g(60), y + cv.g(40), c.at.strftime("%H:%M"), 32, th.fg, "sans", "lm")
        what = "未接来电" if c.missed else f"呼入 {c.dur}"
        cv.text(cv.g(260), y + cv.g(40), what, 32, RED if c.missed else th.fg, "sans", "lm")
        if c.place:
            cv.text(cv.w - cv.g(60), y + cv.g(40), c.place, 26, th.dim, "sans", "rm")
        y += cv.g(96)
    check(cv, cv.h)


def page_intercept(cv: Canvas, s: Screen, th: Theme) -> None:
    green = (22, 178, 108)
    y = status(cv, s, th)
    cv.box((0, y, cv.w, y + cv.g(420)), 0, green)
    cv.chevron(cv.g(52), y + cv.g(70), cv.g(34), WHITE, 5)
    cv.text(cv.w / 2, y + cv.g(70), "骚扰拦截", 40, WHITE, "bold", "mm")
    cv.text(cv.w / 2, y + cv.g(210), s.lines[0], 44, WHITE, "bold", "mm")
    cv.text(cv.w / 2, y + cv.g(300), s.lines[1], 28, (220, 255, 236), "sans", "mm")
    y += cv.g(420)
    for i, w in enumerate(("拦截电话", "拦截短信")):
        cx = cv.w * (i + 0.5) / 2
        cv.text(
            cx, y + cv.g(60), w, 32, green if i == 0 else th.dim, "bold" if i == 0 else "sans", "mm"
        )
    cv.box((cv.w / 4 - cv.g(50), y + cv.g(100), cv.w / 4 + cv.g(50), y + cv.g(108)), cv.g(4), green)
    cv.text(cv.w - cv.g(60), y + cv.g(160), "清空", 26, th.dim, "sans", "rm")
    y += cv.g(210)
    for c in s.calls:
        cv.dot(cv.g(90), y + cv.g(66), cv.g(36), outline=(240, 140, 40), width=cv.g(5))
        cv.line([(cv.g(64), y + cv.g(92)), (cv.g(116), y + cv.g(40))], (240, 140, 40), 5)
        w = cv.text(cv.g(160), y + cv.g(40), c.number, 35, th.fg, "sans", "lm")
        if c.count > 1:
            cv.text(cv.g(160) + w + cv.g(10), y + cv.g(40), f"({c.count})", 35, th.fg, "sans", "lm")
        cv.text(
            cv.g(160),
            y + cv.g(100),
            " ".join(x for x in (c.tag, c.place) if x),
            25,
            (226, 120, 30),
            "sans",
            "lm",
        )
        cv.text(
            cv.w - cv.g(60),
            y + cv.g(40),
            when(c.at, s.captured, s.timefmt),
            25,
            th.dim,
            "sans",
            "rm",
        )
        cv.text(cv.w - cv.g(60), y + cv.g(100), "已拦截", 24, th.dim, "sans", "rm")
        y += cv.g(160)
        cv.line([(cv.g(160), y - cv.g(8)), (cv.w, y - cv.g(8))], th.rule, 1)
    limit = cv.h - cv.g(160)
    cv.box((cv.g(200), limit + cv.g(30), cv.w - cv.g(200), limit + cv.g(120)), cv.g(45), th.card)
    cv.text(cv.w / 2, limit + cv.g(75), "拦截设置", 30, th.fg, "sans", "mm")
    if y > limit:
        raise Overflow(f"{s.name}: {y} > {limit}")


def page_detail(cv: Canvas, s: Screen, th: Theme) -> None:
    blue = (0, 120, 215)
    y = status(cv, s, th)
    cv.box((0, y, cv.w, y + cv.g(150)), 0, blue)
    cv.chevron(cv.g(52), y + cv.g(75), cv.g(34), WHITE, 5)
    cv.text(cv.w / 2, y + cv.g(75), "通话详单", 38, WHITE, "bold", "mm")
    y += cv.g(150)
    for i, w in enumerate(("通话详单", "上网详单", "短信详单")):
        cx = cv.w * (i + 0.5) / 3
        cv.text(
            cx, y + cv.g(60), w, 30, blue if i == 0 else th.dim, "bold" if i == 0 else "sans", "mm"
        )
    y += cv.g(120)
    cv.text(cv.g(40), y, s.lines[0], 28, th.fg, "bold")
    cv.box((cv.w - cv.g(200), y - cv.g(10), cv.w - cv.g(40), y + cv.g(56)), cv.g(10), blue)
    cv.text(cv.w - cv.g(120), y + cv.g(23), "查询", 28, WHITE, "sans", "mm")
    y += cv.g(70)
    cv.text(cv.g(40), y, s.lines[1], 24, th.dim)
    y += cv.g(70)
    cols = [cv.g(30), cv.g(250), cv.g(420), cv.g(580), cv.g(900)]
    cv.box((0, y, cv.w, y + cv.g(80)), 0, (232, 240, 250))
    for x, w in zip(
        cols, ("起始时间", "通信地点", "通信方式", "对方号码", "通信时长"), strict=True
    ):
        cv.text(x, y + cv.g(40), w, 24, (60, 70, 90), "bold", "lm")
    y += cv.g(80)
    for i, c in enumerate(sorted(s.calls, key=lambda c: c.at)):
        if i % 2:
            cv.box((0, y, cv.w, y + cv.g(110)), 0, (247, 249, 252))
        cv.text(cols[0], y + cv.g(32), c.at.strftime("%m-%d"), 24, th.fg, "sans", "lm")
        cv.text(
            cols[0],
            y + cv.g(78),
            c.at.strftime("%H:%M:") + f"{(c.at.minute * 7 + c.at.hour * 13 + i * 5) % 60:02d}",
            24,
            th.fg,
            "sans",
            "lm",
        )
        cv.text(cols[1], y + cv.g(55), c.place or "本地", 24, th.fg, "sans", "lm")
        cv.text(cols[2], y + cv.g(55), c.tag or "被叫", 24, th.fg, "sans", "lm")
        cv.text(cols[3], y + cv.g(55), c.number, 24, th.fg, "sans", "lm")
        cv.text(cols[4], y + cv.g(55), c.dur, 24, th.fg, "sans", "lm")
        y += cv.g(110)
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
