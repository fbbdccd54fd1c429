"""Set 30's one-off pages: 漏话提醒, 服务通知, a bill, a lock screen, a notice, a number's page."""

from __future__ import annotations

from tests.blindgen30.chrome import CHROME, call_rows, header, listing, status_bar, tabbar
from tests.blindgen30.skins import WEEK, when


def leak_page(cv, scr, sk, images):
    """A carrier's 来电提醒 app: one card per 漏话提醒 it sent."""
    pal, fs = sk["pal"], sk["fs"]
    y = status_bar(cv, scr, sk, bg=(0, 120, 210))
    y = header(
        cv, sk, y, scr.title or "来电提醒", bg=(0, 120, 210), fg=(255, 255, 255), center=True
    )
    bottom = tabbar(cv, sk, CHROME["leak30"], cv.h, active=1)
    y += fs
    for m in scr.msgs:
        body = cv.lines(m.text, fs, cv.w - fs * 4)
        h = int(fs * 2.6 + len(body) * fs * 1.45)
        if y + h > bottom:
            raise ValueError("leak page overflows")
        cv.box((fs, y, cv.w - fs, y + h), pal["card"], r=fs // 2)
        cv.text(fs * 2, y + fs * 1.2, "漏话提醒", int(fs * 0.9), pal["fg"], bold=True, anchor="lm")
        cv.text(
            cv.w - fs * 2,
            y + fs * 1.2,
            when(m.at, scr.captured, "full"),
            int(fs * 0.7),
            pal["sub"],
            anchor="rm",
        )
        cv.para(fs * 2, y + fs * 2.2, m.text, fs, pal["fg"], cv.w - fs * 4)
        y += h + fs


def svcnotice_page(cv, scr, sk, images):
    """微信-like 服务通知: a mini program's cards."""
    pal, fs = sk["pal"], sk["fs"]
    y = status_bar(cv, scr, sk, bg=(237, 237, 237))
    cv.box((0, y, cv.w, cv.h), (237, 237, 237))
    y = header(cv, sk, y, "服务通知", bg=(237, 237, 237), center=True)
    y += fs
    for card in scr.extra["cards"]:
        cv.text(cv.w // 2, y + fs * 0.6, card["time"], int(fs * 0.7), pal["sub"], anchor="mm")
        y += int(fs * 1.6)
        rows = card["fields"]
        h = int(fs * (5.6 + 1.6 * len(rows)))
        cv.box((fs, y, cv.w - fs, y + h), (255, 255, 255), r=fs // 3)
        cv.dot(fs * 2.2, y + fs * 1.4, fs * 0.6, (255, 140, 0))
        cv.text(fs * 3.2, y + fs * 1.4, card["app"], int(fs * 0.8), pal["sub"], anchor="lm")
        cv.text(
            fs * 1.8, y + fs * 3, card["title"], int(fs * 1.1), (20, 20, 20), bold=True, anchor="lm"
        )
        yy = y + fs * 4.4
        for k, v in rows:
            cv.text(fs * 1.8, yy, k, int(fs * 0.85), pal["sub"], anchor="lm")
            cv.text(fs * 7.5, yy, v, int(fs * 0.85), (20, 20, 20), anchor="lm")
            yy += fs * 1.6
        cv.line((fs, y + h - fs * 1.5, cv.w - fs, y + h - fs * 1.5), (230, 230, 230))
        cv.text(fs * 1.8, y + h - fs * 0.75, "进入小程序", int(fs * 0.8), pal["fg"], anchor="lm")
        y += h + fs


def bill_page(cv, scr, sk, images):
    """A loan app's bill: the sums, the due day and «立即还款»."""
    pal, fs = sk["pal"], sk["fs"]
    ex = scr.extra
    band = ex.get("color", (250, 100, 40))
    y = status_bar(cv, scr, sk, bg=band)
    cv.box((0, y, cv.w, y + fs * 11), band)
    y = header(cv, sk, y, ex["platform"], bg=band, fg=(255, 255, 255), center=True)
    cv.text(cv.w // 2, y + fs * 1.5, "应还总额(元)", int(fs * 0.85), (255, 235, 220), anchor="mm")
    cv.text(
        cv.w // 2,
        y + fs * 3.6,
        ex["due_total"],
        int(fs * 2.4),
        (255, 255, 255),
        bold=True,
        anchor="mm",
    )
    cv.text(cv.w // 2, y + fs * 5.9, ex["overdue"], int(fs * 0.85), (255, 255, 180), anchor="mm")
    y += int(fs * 8.4)
    cv.box((fs, y, cv.w - fs, y + fs * (2.2 + 1.9 * len(ex["fields"]))), pal["card"], r=fs // 2)
    cv.text(fs * 2, y + fs * 1.2, "账单详情", int(fs), pal["fg"], bold=True, anchor="lm")
    y += int(fs * 2.6)
    for k, v in ex["fields"]:
        cv.text(fs * 2, y, k, int(fs * 0.88), pal["sub"], anchor="lm")
        cv.text(cv.w - fs * 2, y, v, int(fs * 0.88), pal["fg"], anchor="rm")
        y += int(fs * 1.9)
    cv.text(cv.w // 2, y + fs * 1.4, "借款记录", int(fs * 0.85), pal["accent"], anchor="mm")
    cv.box((fs * 2, cv.h - fs * 5, cv.w - fs * 2, cv.h - fs * 2.4), band, r=int(fs * 1.3))
    cv.text(
        cv.w // 2,
        cv.h - fs * 3.7,
        "立即还款",
        int(fs * 1.1),
        (255, 255, 255),
        bold=True,
        anchor="mm",
    )


def lock_page(cv, scr, sk, images):
    """A lock screen: the big clock, the day, notification cards, «上滑解锁»."""
    fs = sk["fs"]
    top, bot = scr.extra.get("wall", ((30, 40, 70), (90, 60, 90)))
    for yy in range(cv.h):
        t = yy / cv.h
        shade = tuple(int(a + (b - a) * t) for a, b in zip(top, bot, strict=True))
        cv.d.line((0, yy, cv.w, yy), fill=shade)
    white = (245, 245, 250)
    status_bar(cv, scr, dict(sk, pal=dict(sk["pal"], fg=white)))
    at = scr.captured
    cv.text(
        cv.w // 2,
        fs * 7.5,
        f"{at.hour:02d}:{at.minute:02d}",
        int(fs * 4.2),
        white,
        anchor="mm",
        record=False,
    )
    day = f"{at.month}月{at.day}日 {WEEK[at.weekday()]}"
    cv.text(cv.w // 2, fs * 10.4, day, int(fs * 0.95), white, anchor="mm")
    y = int(fs * 12.5)
    for m in scr.msgs:
        body = cv.lines(m.text, int(fs * 0.9), cv.w - fs * 4.4)
        h = int(fs * 3.4 + len(body) * fs * 1.3)
        cv.box((fs, y, cv.w - fs, y + h), (236, 236, 240), r=fs)
        app = m.shown or "信息"
        cv.text(fs * 2.2, y + fs * 1.1, app, int(fs * 0.7), (90, 90, 96), anchor="lm")
        cv.text(
            cv.w - fs * 2.2,
            y + fs * 1.1,
            when(m.at, at, "rel"),
            int(fs * 0.7),
            (90, 90, 96),
            anchor="rm",
        )
        cv.text(fs * 2.2, y + fs * 2.3, m.who, int(fs * 0.92), (20, 20, 20), bold=True, anchor="lm")
        cv.para(
            fs * 2.2, y + fs * 2.95, m.text, int(fs * 0.9), (30, 30, 30), cv.w - fs * 4.4, lead=1.3
        )
        y += h + fs // 2
        if y > cv.h - fs * 4:
            raise ValueError("lock overflows")
    cv.text(cv.w // 2, cv.h - fs * 2, "上滑解锁", int(fs * 0.8), white, anchor="mm")


def letter_page(cv, scr, sk, images):
    """A printed notice on paper (the photo wrap makes it a picture of paper)."""
    ex = scr.extra
    cv.box((0, 0, cv.w, cv.h), (250, 248, 240))
    fs = sk["fs"]
    ink = (30, 30, 30)
    y = fs * 3
    cv.text(cv.w // 2, y, ex["head"], int(fs * 1.3), ink, bold=True, anchor="mm", serif=True)
    y += fs * 2.2
    cv.text(
        cv.w // 2, y, ex["kind"], int(fs * 1.6), (180, 20, 20), bold=True, anchor="mm", serif=True
    )
    y += fs * 1.6
    cv.text(cv.w - fs * 3, y, ex["no"], int(fs * 0.75), ink, anchor="rm", serif=True)
    y += fs * 1.8
    for para in ex["body"]:
        y += cv.para(fs * 3, y, para, int(fs * 0.95), ink, cv.w - fs * 6, lead=1.6, serif=True)
        y += fs * 0.6
    y += fs
    for line in ex["foot"]:
        cv.text(cv.w - fs * 3, y, line, int(fs * 0.9), ink, anchor="rm", serif=True)
        y += fs * 1.6
    cx, cy, r = cv.w - fs * 8, y - fs * 3, fs * 3.2
    cv.d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(210, 40, 40), width=max(3, fs // 6))
    cv.text(cx, cy, "★", int(fs * 1.6), (210, 40, 40), anchor="mm", record=False)


def callpage_page(cv, scr, sk, images):
    """One number's page on a relative's phone: who, where from, every call it made."""
    pal, fs = sk["pal"], sk["fs"]
    y = status_bar(cv, scr, sk, bg=pal["bar"])
    y = header(cv, sk, y, "", bg=pal["bar"])
    cv.dot(cv.w // 2, y + fs * 3, fs * 2.1, (150, 160, 180))
    cv.text(cv.w // 2, y + fs * 3, "?", int(fs * 1.8), (255, 255, 255), anchor="mm", record=False)
    cv.text(cv.w // 2, y + fs * 6.4, scr.title, int(fs * 1.4), pal["fg"], bold=True, anchor="mm")
    cv.text(cv.w // 2, y + fs * 8.2, scr.sub, int(fs * 0.8), pal["sub"], anchor="mm")
    if scr.extra.get("tag"):
        cv.box(
            (cv.w // 2 - fs * 5, y + fs * 9.2, cv.w // 2 + fs * 5, y + fs * 10.8),
            (255, 235, 230),
            r=fs // 2,
        )
        cv.text(cv.w // 2, y + fs * 10, scr.extra["tag"], int(fs * 0.75), pal["red"], anchor="mm")
    y += int(fs * 12)
    for i, w in enumerate(("发信息", "呼叫")):
        cx = cv.w * (0.33 + 0.34 * i)
        cv.dot(cx, y, fs * 1.1, pal["accent"])
        cv.text(cx, y + fs * 1.9, w, int(fs * 0.75), pal["sub"], anchor="mm")
    y += int(fs * 3.4)
    head = scr.extra.get("head", "通话记录")
    cv.text(fs * 1.2, y, head, int(fs * 0.9), pal["sub"], anchor="lm")
    y += int(fs * 1.2)
    for c in scr.calls:
        if not c.drawn:
            continue
        cv.line((fs, y, cv.w - fs, y), pal["line"])
        day = f"{c.at.month}月{c.at.day}日 {c.at.hour:02d}:{c.at.minute:02d}"
        cv.text(fs * 1.2, y + fs * 1.2, day, int(fs * 0.9), pal["fg"], anchor="lm")
        what = c.words or {"missed": "未接来电", "in": "呼入", "blocked": "已拦截"}[c.kind]
        cv.text(
            cv.w - fs * 1.2,
            y + fs * 1.2,
            what,
            int(fs * 0.85),
            pal["red"] if c.kind == "missed" else pal["sub"],
            anchor="rm",
        )
        y += int(fs * 2.4)
    tabbar(cv, sk, "编辑联系人 加入黑名单", cv.h)


def fold_calls(cv, scr, sk, y):
    """A foldable's call log: the rows left, one number's details right."""
    pal, fs = sk["pal"], sk["fs"]
    split = int(cv.w * 0.45)
    cv.text(fs, y + fs * 1.5, "通话记录", int(fs * 1.5), pal["fg"], bold=True, anchor="lm")
    bottom = tabbar(cv, sk, CHROME["dialer30"], cv.h, x1=split, active=1)
    drawn = sorted((c for c in scr.calls if c.drawn), key=lambda c: c.at, reverse=True)
    rows = [r for r, c in zip(call_rows(scr), drawn, strict=True) if not c.dup]
    listing(cv, sk, rows, 0, int(y + fs * 3), split, bottom)
    cv.line((split, y, split, cv.h), pal["line"], 2)
    x0 = split + fs
    det = scr.extra["detail"]
    cv.text(x0, y + fs * 1.6, det["title"], int(fs * 1.3), pal["fg"], bold=True, anchor="lm")
    cv.text(x0, y + fs * 3.2, det["sub"], int(fs * 0.8), pal["sub"], anchor="lm")
    cv.box((x0, y + fs * 4.2, x0 + fs * 6, y + fs * 5.8), (255, 235, 230), r=fs // 2)
    cv.text(x0 + fs * 3, y + fs * 5, det["tag"], int(fs * 0.7), pal["red"], anchor="mm")
    yy = y + fs * 7.5
    cv.text(x0, yy, det["head"], int(fs * 0.85), pal["sub"], anchor="lm")
    yy += fs * 1.4
    for c in scr.calls:
        if not c.dup:
            continue
        cv.line((x0, yy, cv.w - fs, yy), pal["line"])
        day = f"{c.at.month}月{c.at.day}日 {c.at.hour:02d}:{c.at.minute:02d}"
        cv.text(x0, yy + fs * 1.2, day, int(fs * 0.9), pal["fg"], anchor="lm")
        cv.text(
            cv.w - fs * 2,
            yy + fs * 1.2,
            c.words or "未接来电",
            int(fs * 0.85),
            pal["red"],
            anchor="rm",
        )
        yy += fs * 2.4
