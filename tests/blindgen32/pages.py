"""Phone pages of the thirty-second blind set: call log, a number's page, SMS, lock screen, bill."""

from __future__ import annotations

from tests.blindgen32.draw import Canvas, back_arrow, status_bar, tab_bar
from tests.blindgen32.model import Screen
from tests.blindgen32.skins import CHROME, SKINS, battery_of, net_of
from tests.blindgen32.when import long_date, short, stamp

TALL = 2.22  # phone height / width
COLORS = ("#5b8def", "#f08a4b", "#47b39c", "#b46bd6", "#e0607e", "#8a9a5b")


def tone(name: str) -> str:
    return COLORS[sum(map(ord, name)) % len(COLORS)]


def frame(s: Screen, tall: float = TALL) -> tuple[Canvas, object]:
    k = SKINS[s.skin]
    tall = 3.3 if s.wrap == "stitch32" else tall
    tall = 1.3 if s.owner != "me" else tall  # a relative's capture, cut to what matters
    dp = 360 if s.width <= 720 else k.dp
    c = Canvas(s.width, dp * tall, k.bg, s.width / dp)
    dark = s.skin == "basalt32"
    status_bar(c, s.captured.strftime("%H:%M"), battery_of(s), net_of(s),
               "#f2f2f2" if dark else k.fg, k.ios, "" if k.ios else "中国移动")  # fmt: skip
    return c, k


def title(c: Canvas, k, text: str, y=34.0, sub: str = "") -> float:
    if k.ios:
        c.text(16, y + 26, text, 30, k.fg, True)
        return y + 74
    back_arrow(c, 16, y + 14, k.fg)
    c.text(40, y + 10, text, 19, k.fg, True)
    if sub:
        c.text(40, y + 36, sub, 12, k.sub)
        return y + 62
    return y + 50


def calllog(s: Screen) -> Canvas:
    c, k = frame(s)
    y = title(c, k, "最近通话" if k.ios else "通话记录")
    seg = ("全部", "未接来电")
    c.box(16, y, c.w - 16, y + 30, r=9, fill=k.card)
    c.box(18, y + 2, c.w / 2, y + 28, r=8, fill=k.bg)
    for i, w in enumerate(seg):
        c.text(c.w / 4 + i * c.w / 2 - 8 * i, y + 15, w, 13, k.fg, i == 0, "mm", log=False)
    y += 44
    bottom = c.h - 60
    for call in s.calls:
        red = call.kind == "missed"
        row_h = 62
        if not k.ios:
            c.box(12, y, c.w - 12, y + row_h - 4, r=12, fill=k.card)
        c.avatar(40, y + 29, 17, call.label, tone(call.label))
        name = call.label + (f" ({call.count})" if call.count > 1 else "")
        c.text(66, y + 8, name, 16, k.missed if red else k.fg, True, log=False)
        c.texts.append(call.label)
        if call.count > 1:
            c.texts.append(f"({call.count})")
        x = 66
        if call.sim:
            c.box(x, y + 35, x + 15, y + 49, r=3, outline=k.sub)
            c.text(x + 7.5, y + 42, str(call.sim), 9, k.sub, True, "mm")
            x += 20
        if call.tag:
            w = c.width(call.tag, 11) + 10
            c.box(
                x, y + 34, x + w, y + 50, r=4, fill="#fde2dd" if s.skin != "basalt32" else "#4a2424"
            )
            c.text(x + 5, y + 35, call.tag, 11, k.missed)
            x += w + 6
        kind = {"missed": "未接", "in": "呼入", "out": "呼出"}[call.kind]
        sub = f"{call.place} {kind}".strip() if call.place else kind
        c.text(x, y + 34, sub, 12.5, k.sub)
        when = (
            stamp(call.times[-1], s.captured, s.relative)
            if s.relative
            else short(call.times[-1], s.captured)
        )
        c.text(c.w - 50, y + 20, when, 12.5, k.sub, anchor="ra")
        c.dot(c.w - 32, y + 28, 9, outline=k.accent, width=1.4)
        c.text(c.w - 32, y + 28, "i", 11, k.accent, True, "mm", log=False)
        y += row_h + (0 if k.ios else 2)
        if k.ios:
            c.line(66, y - 1, c.w, y - 1, k.line)
    assert y <= bottom, s.name
    if s.owner != "me":  # a relative's capture, cut below its last row
        c.img = c.cut(y + 8)
        return c
    tab_bar(c, c.h - 58, CHROME["calllog32"].split(), 1, k.sub, k.accent, k.bar, k.line)
    return c


def numpage(s: Screen) -> Canvas:
    """One number's page: the crowd tag, 归属地, and each call of the number on its own row."""
    c, k = frame(s)
    call = s.calls[0]
    back_arrow(c, 16, 48, k.fg)
    c.avatar(c.w / 2, 108, 34, call.label, tone(call.label))
    c.text(c.w / 2, 156, call.label, 24, k.fg, True, "mt")
    c.text(c.w / 2, 190, call.place, 13, k.sub, anchor="mt")
    mark = f"被{s.lines[0]}人标记为「{call.tag}」" if s.lines else call.tag
    w = c.width(mark, 12.5) + 22
    c.box(c.w / 2 - w / 2, 212, c.w / 2 + w / 2, 236, r=12, fill="#fde2dd")
    c.text(c.w / 2, 224, mark, 12.5, k.missed, anchor="mm")
    acts = CHROME["numpage32"].split()
    for i, a in enumerate(acts):
        cx = c.w * (i + 1) / (len(acts) + 1)
        c.dot(cx, 272, 20, fill=k.card)
        c.dot(cx, 272, 7, outline=k.accent, width=2)
        c.text(cx, 302, a, 11.5, k.fg, anchor="mt", log=False)
    c.texts.append(" ".join(acts))
    y = 336
    c.box(12, y, c.w - 12, y + 26 + 44 * call.count, r=12, fill=k.card)
    c.text(26, y + 8, "通话记录", 13, k.sub)
    y += 34
    for t in call.times:
        c.text(26, y + 4, f"{t.month}月{t.day}日 {t:%H:%M}", 15, k.fg)
        kind = {"missed": "未接来电", "in": "呼入 1分08秒", "out": "呼出"}[call.kind]
        ring = f"响铃{3 + t.minute % 9}声" if call.kind == "missed" else ""
        c.text(
            c.w - 26, y + 4, f"{kind} {ring}".strip(), 13, k.missed if ring else k.sub, anchor="ra"
        )
        y += 44
    assert y <= c.h - 20, s.name
    return c


def smsinbox(s: Screen) -> Canvas:
    c, k = frame(s)
    y = title(c, k, "信息")
    c.box(16, y, c.w - 16, y + 34, r=17, fill=k.card)
    c.text(34, y + 8, "搜索", 13.5, k.sub, log=False)
    y += 46
    tabs = CHROME["smsinbox32"].split()
    for i, w in enumerate(tabs):
        c.text(20 + i * 78, y, w, 14, k.accent if i == 0 else k.sub, i == 0, log=False)
    c.texts.append(" ".join(tabs))
    y += 30
    for m in s.msgs:
        c.avatar(38, y + 30, 20, m.who, tone(m.who))
        c.text(68, y + 10, m.who, 15.5, k.fg, True)
        c.text(c.w - 16, y + 12, short(m.at, s.captured), 12, k.sub, anchor="ra")
        assert c.width(m.text + "…", 13) <= c.w - 84, m.text  # a cut preview fits its row
        c.text(68, y + 36, m.text + "…", 13, k.sub)
        y += 70
        c.line(68, y - 4, c.w, y - 4, k.line)
    assert y <= c.h - 20, s.name
    return c


def smsthread(s: Screen) -> Canvas:
    c, k = frame(s)
    who = next((m.who for m in s.msgs if m.who != "me"), s.title)
    y = title(c, k, s.title or who, sub=s.lines[0] if s.lines else "")
    last = None
    for m in s.msgs:
        if last is None or (m.at - last).total_seconds() > 600:
            c.text(c.w / 2, y + 4, stamp(m.at, s.captured, s.relative), 11.5, k.sub, anchor="mt")
            y += 28
        last = m.at
        mine = m.who == "me"
        maxw = c.w * 0.68
        rows = c.lines(m.text, 15, maxw - 24)
        w = max(c.width(r, 15) for r in rows) + 24
        h = len(rows) * 15 * 1.45 + 18
        x0 = c.w - 14 - w if mine else 14
        c.box(x0, y, x0 + w, y + h, r=16, fill=k.mine if mine else k.theirs)
        c.para(x0 + 12, y + 8, m.text, 15, k.mine_fg if mine else k.fg, maxw - 24 + 1)
        y += h + 10
    assert y <= c.h - 64, s.name
    if s.owner != "me":
        c.img = c.cut(y + 8)
        return c
    yb = c.h - 56
    c.box(0, yb - 6, c.w, c.h, fill=k.bar)
    c.box(52, yb, c.w - 52, yb + 38, r=19, outline=k.line, fill=k.bg)
    c.text(66, yb + 10, CHROME["smsthread32"], 14, k.sub)
    c.dot(28, yb + 19, 13, outline=k.sub, width=1.5)
    c.text(28, yb + 19, "+", 16, k.sub, anchor="mm", log=False)
    c.dot(c.w - 28, yb + 19, 15, fill=k.accent)
    return c


def lock(s: Screen) -> Canvas:
    c, k = frame(s)
    for i in range(int(c.h)):  # a dusk wallpaper
        r = int(40 + 60 * i / c.h)
        c.line(0, i, c.w, i, (r, 60 + i % 2, 110 - int(40 * i / c.h)))
    status_bar(c, s.captured.strftime("%H:%M"), battery_of(s), net_of(s), "#ffffff", k.ios)
    c.text(c.w / 2, 80, long_date(s.captured)[5:], 16, "#ffffff", anchor="mt")
    c.text(c.w / 2, 104, s.captured.strftime("%H:%M"), 76, "#ffffff", True, "mt", log=False)
    y = 230
    for m in s.msgs:
        rows = c.lines(m.text, 14, c.w - 60)
        h = 68 + len(rows) * 14 * 1.45
        c.box(12, y, c.w - 12, y + h, r=18, fill="#ecebf0")
        c.box(24, y + 12, 42, y + 30, r=5, fill="#34c759")
        c.text(50, y + 13, "信息", 12, "#555")
        c.text(c.w - 24, y + 13, stamp(m.at, s.captured, True), 12, "#666", anchor="ra")
        c.text(24, y + 36, m.who, 14.5, "#111", True)
        c.para(24, y + 58, m.text, 14, "#222", c.w - 60)
        y += h + 22
    assert y <= c.h - 80, s.name
    c.text(c.w / 2, c.h - 40, CHROME["lock32"], 13, "#ffffff", anchor="mm")
    return c


def bill(s: Screen, loan: dict) -> Canvas:
    c, k = frame(s)
    y = title(c, k, s.title)
    c.box(14, y, c.w - 14, y + 150, r=16, fill=k.accent)
    c.text(30, y + 18, "应还总额(元)", 13, "#ffffff")
    c.text(30, y + 44, f"{loan['demanded']:,}.00", 34, "#ffffff", True)
    c.text(30, y + 104, s.lines[0], 13, "#ffffff")
    y += 170
    rows = [
        ("借款金额", f"¥{loan['amount']:,}.00"),
        ("服务费(已预扣)", f"¥{loan['deducted']:,}.00"),
        ("实际到账", f"¥{loan['received']:,}.00"),
        *[tuple(x.split("|")) for x in s.lines[1:]],
    ]
    c.box(14, y, c.w - 14, y + 16 + 46 * len(rows), r=16, fill=k.card)
    for i, (a, b) in enumerate(rows):
        c.text(30, y + 16 + i * 46, a, 14.5, k.sub)
        c.text(c.w - 30, y + 16 + i * 46, b, 14.5, k.missed if "逾期" in a else k.fg, anchor="ra")
    y += 30 + 46 * len(rows)
    c.box(24, y, c.w - 24, y + 46, r=23, fill=k.accent)
    c.text(c.w / 2, y + 23, "立即还款", 16, "#ffffff", True, "mm")
    assert y + 46 <= c.h - 64, s.name
    tab_bar(c, c.h - 58, CHROME["bill32"].split(), 2, k.sub, k.accent, k.bar, k.line)
    return c
