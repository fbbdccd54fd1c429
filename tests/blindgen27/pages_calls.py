"""Set 27's call pages: the dialer's call log and a number's own page of calls."""

from __future__ import annotations

from tests.blindgen27.pages import header, status_bar
from tests.blindgen27.timefmt import WEEK, label


def page_calllog(g, s, k):
    y = status_bar(g, s, k)
    fs = k["fs"]
    if k["title"] == "large":
        g.text(48, y + 130, "通话记录", fs + 26, k["fg"], 700)
        y += 160
    else:
        y = header(g, k, "通话记录", "", y)
    g.rect(g.w / 2 - 240, y, 480, 84, k["them"], 42)
    g.rect(g.w / 2 - 234, y + 6, 234, 72, k["accent"], 36)
    g.text(g.w / 2 - 117, y + 56, "全部", fs - 8, "#ffffff", 600, "middle")
    g.text(g.w / 2 + 117, y + 56, "未接", fs - 8, k["fg"], 400, "middle")
    y += 120
    for c in s.calls:
        who = c.name or c.number
        red = "#e5483b" if c.missed else k["fg"]
        head = who + (f" ({c.count})" if c.count > 1 else "")
        g.text(70, y + 62, head, fs, red, 500)
        under = "  ".join(x for x in (c.tag, c.place or ("" if c.name else "未知归属地")) if x)
        if c.name:
            under = "  ".join(x for x in (c.number, c.place) if x)
        g.text(70, y + 122, under, fs - 12, k["sub"])
        g.text(
            g.w - 60,
            y + 62,
            label(c.at, s.captured, s.extra.get("time", k["time"])),
            fs - 12,
            k["sub"],
            anchor="end",
        )
        g.text(g.w - 60, y + 122, "ⓘ", fs - 6, k["accent"], anchor="end", record=False)
        y += 170
        g.rect(70, y - 8, g.w - 70, 2, k["line"])
    top = g.h - 160
    g.rect(0, top, g.w, 160, k["bar"])
    for i, word in enumerate(["拨号", "通话记录", "联系人", "收藏"]):
        g.text(
            (i + 0.5) * g.w / 4,
            top + 92,
            word,
            fs - 10,
            k["accent"] if i == 1 else k["sub"],
            500,
            "middle",
        )


def page_numpage(g, s, k):
    y = status_bar(g, s, k) + 40
    fs = k["fs"]
    g.circle(g.w / 2, y + 120, 110, "#a9b9d6")
    g.text(g.w / 2, y + 320, s.title, fs + 20, k["fg"], 600, "middle")
    g.text(g.w / 2, y + 390, s.sub, fs - 6, k["sub"], anchor="middle")
    y += 440
    if s.extra.get("tag"):
        g.rect(g.w / 2 - 230, y, 460, 70, "#fbe3df", 35)
        g.text(g.w / 2, y + 48, s.extra["tag"], fs - 12, "#c9372c", 600, "middle")
        y += 100
    for i, word in enumerate(("呼叫", "发信息", "视频通话")):
        x = (i + 0.5) * g.w / 3
        g.circle(x, y + 60, 56, k["them"])
        g.text(x, y + 170, word, fs - 12, k["fg"], anchor="middle")
    y += 230
    g.rect(40, y, g.w - 80, 110 + 140 * len(s.calls), k["them"], 28)
    g.text(80, y + 72, "通话记录", fs - 8, k["sub"], 600)
    y += 110
    for c in s.calls:
        d = f"{c.at.month}月{c.at.day}日 周{WEEK[c.at.weekday()]}"
        g.text(80, y + 56, d, fs - 8, k["fg"])
        g.text(80, y + 108, c.at.strftime("%H:%M"), fs - 12, k["sub"])
        state = "未接来电" if c.missed else "呼入 " + c.tag
        g.text(g.w - 80, y + 56, state, fs - 10, "#e5483b" if c.missed else k["sub"], anchor="end")
        y += 140
    y += 40
    g.text(g.w / 2, y + 60, "加入黑名单", fs - 6, "#e5483b", anchor="middle")
