"""Set 29's call pages: the dialer's log, a number's own page, the blocker's list, a carrier's
通话详单."""

from __future__ import annotations

from tests.blindgen29.canvas import WEEK, Canvas, when
from tests.blindgen29.model import Screen
from tests.blindgen29.skin import (
    RED,
    WHITE,
    Overflow,
    Theme,
    check,
    status,
    tabbar,
    tint,
)


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
    cv.avatar(cv.w / 2 - cv.g(90), y, cv.g(180), face, tint(s.title))
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
