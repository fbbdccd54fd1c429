"""Set 27's lock screen, loan bill and photographed notice."""

from __future__ import annotations

from tests.blindgen27.pages import SERIF, header, status_bar, wrap
from tests.blindgen27.timefmt import WEEK, label


def page_lock(g, s, k):
    fs = k["fs"]
    g.rect(0, 0, g.w, g.h, "#1c2a3f")
    g.parts.append(
        f'<circle cx="{g.w * 0.8:.0f}" cy="{g.h * 0.25:.0f}" r="{g.w * 0.7:.0f}" fill="#3d4f73" '
        'opacity="0.55"/>'
    )
    g.text(60, 70, s.captured.strftime("%H:%M"), fs - 8, "#ffffff", 500, record=False)
    g.text(g.w - 60, 70, "76%", fs - 10, "#ffffff", anchor="end", record=False)
    c = s.captured
    g.text(
        g.w / 2,
        250,
        f"{c.month}月{c.day}日 星期{WEEK[c.weekday()]}",
        fs - 2,
        "#ffffff",
        anchor="middle",
    )
    g.text(g.w / 2, 470, c.strftime("%H:%M"), 200, "#ffffff", 300, "middle", record=False)
    y = 620
    style = s.extra.get("time", "rel")
    for m in s.msgs:
        lines = wrap(m.text, fs - 6, g.w - 220)
        h = 130 + len(lines) * (fs - 6) * 1.35
        g.rect(40, y, g.w - 80, h, "#ffffffd9" if False else "#eef0f4", 36, 'opacity="0.93"')
        g.text(80, y + 56, m.app or "信息", fs - 16, "#555555")
        g.text(g.w - 80, y + 56, label(m.at, s.captured, style), fs - 16, "#555555", anchor="end")
        g.text(80, y + 110, m.name or m.who, fs - 4, "#111111", 600)
        for i, line in enumerate(lines):
            g.text(80, y + 110 + (i + 1) * (fs - 6) * 1.35, line, fs - 6, "#222222", record=False)
        g.texts.append(m.text)
        y += h + 24
    for call in s.calls:
        g.rect(40, y, g.w - 80, 160, "#eef0f4", 36, 'opacity="0.93"')
        g.text(80, y + 56, "电话", fs - 16, "#555555")
        g.text(
            g.w - 80, y + 56, label(call.at, s.captured, style), fs - 16, "#555555", anchor="end"
        )
        g.text(
            80,
            y + 120,
            f"未接来电 {call.name or call.number}" + (f" ({call.count})" if call.count > 1 else ""),
            fs - 4,
            "#111111",
            600,
        )
        g.texts.append(call.name or call.number)
        y += 184
    g.text(g.w / 2, g.h - 90, "上滑解锁", fs - 12, "#ffffff", anchor="middle")


def page_bill(g, s, k):
    y = header(g, k, s.title, "", status_bar(g, s, k))
    fs = k["fs"]
    g.rect(40, y, g.w - 80, 360, k["accent"], 36)
    g.text(90, y + 80, s.extra["head"], fs - 8, "#ffffffcc")
    g.text(90, y + 200, s.extra["big"], fs + 50, "#ffffff", 700)
    g.text(90, y + 290, s.extra["warn"], fs - 8, "#ffe3a3")
    y += 400
    g.rect(40, y, g.w - 80, 120 * len(s.lines) + 60, k["them"], 30)
    y += 30
    for line in s.lines:
        left, right = line.split("|")
        g.text(90, y + 76, left, fs - 6, k["sub"])
        g.text(g.w - 90, y + 76, right, fs - 4, k["fg"], 500, "end")
        y += 120
    top = g.h - 200
    g.rect(60, top, g.w - 120, 120, "#ff6a2b", 60)
    g.text(g.w / 2, top + 78, "立即还款", fs, "#ffffff", 700, "middle")
    g.text(g.w / 2, top - 40, "借款详情    还款计划", fs - 12, k["sub"], anchor="middle")


def page_notice(g, s, k):
    g.rect(0, 0, g.w, g.h, "#f7f2e6")
    fs = 46
    g.text(g.w / 2, 220, s.title, 78, "#b01e1e", 700, "middle", SERIF)
    g.rect(120, 270, g.w - 240, 6, "#b01e1e")
    y = 380
    for para in s.lines:
        for line in wrap(para, fs, g.w - 240):
            g.text(120, y, line, fs, "#222222", 400, font=SERIF, record=False)
            y += fs * 1.6
        g.texts.append(para)
        y += 24
    g.parts.append(
        f'<circle cx="{g.w - 330}" cy="{y + 40}" r="150" fill="none" stroke="#d2232a" '
        'stroke-width="10" opacity="0.8"/>'
    )
    g.text(g.w - 330, y + 56, s.extra.get("seal", "法务部"), 40, "#d2232a", 700, "middle", SERIF)
