"""Each page of this set drawn on a Canvas: chats, SMS cards, notices, logs, papers."""

from __future__ import annotations

from PIL import Image, ImageFilter

from tests.blindgen23.canvas import Canvas
from tests.blindgen23.model import Screen

# Skin: background, header, incoming bubble, outgoing bubble, clock style (0 left, 1 centre).
SKINS = {
    "jade23": ("#eef3ef", "#f7faf7", "#ffffff", "#a7e08f", 0),
    "slate23": ("#15171a", "#1f2226", "#2c3036", "#3f7a4c", 1),
    "petal23": ("#f6f1f4", "#fffafd", "#ffffff", "#cfe3ff", 1),
    "duo23": ("#f2f2f5", "#ffffff", "#ffffff", "#d9f0d0", 0),
}
# Every bar, button and input-box string each app draws, one bar a line.
CHROME = {
    "wxcall23": "发送\n语音 表情 更多",
    "smscard23": "短信/彩信",
    "svcnote23": "进入小程序",
    "fav23": "全部 链接 图片 笔记",
    "smsfold23": "通知类短信 全部标为已读",
    "contact23": "发信息 拨号 视频\n通话记录",
    "tabcall23": "拨号盘 最近通话 联系人",
    "ringin23": "拒接 接听",
    "lock23": "上滑解锁",
    "idcard23": "",
    "letter23": "",
}


def paint(s: Screen, paint: bool = True) -> Canvas:
    bg, head, _, _, style = SKINS[s.skin]
    c = Canvas(s.size, bg, paint)
    dark = s.skin == "slate23"
    y = 0
    if s.app in ("idcard23", "letter23"):
        _paper(c, s)
        return c
    if s.statuses:
        y = c.status_bar(s.clock, s.statuses[1], dark, style)
    if s.app == "ringin23":
        _ringin(c, s, y)
        return c
    if s.app == "lock23":
        _lock(c, s)
        return c
    ink = "#eee" if dark else "#111"
    c.box((0, y, c.w, y + c.px(120)), head)
    c.text((c.px(40), y + c.px(60)), "<", c.f(46, latin=True), ink, "lm")
    c.text((c.w // 2, y + c.px(60)), s.title, c.f(40, bold=True), ink, "mm")
    y += c.px(140)
    {
        "wxcall23": _chat, "smscard23": _chat, "svcnote23": _notices, "fav23": _favs,
        "smsfold23": _folder, "contact23": _contact, "tabcall23": _tablet,
    }[s.app](c, s, y)  # fmt: skip
    _bottom(c, s, dark)
    return c


def _bottom(c: Canvas, s: Screen, dark: bool) -> None:
    bars = [b for b in CHROME[s.app].split("\n") if b]
    if s.app in ("contact23",):
        bars = bars[:1]
    h = c.px(110)
    for i, bar in enumerate(reversed(bars)):
        top = c.h - (i + 1) * h
        c.box((0, top, c.w, top + h), "#26292e" if dark else "#fafafa")
        words = bar.split()
        for j, word in enumerate(words):
            x = int(c.w * (j + 0.5) / len(words))
            c.text((x, top + h // 2), word, c.f(32), "#999" if dark else "#555", "mm")


def _divider(c: Canvas, y: int, stamp: str) -> int:
    c.text((c.w // 2, y + c.px(30)), stamp, c.f(28), "#9a9a9a", "mm")
    return c.px(70)


def _chat(c: Canvas, s: Screen, y: int) -> None:
    _, _, inc, out, _ = SKINS[s.skin]
    ink = "#eee" if s.skin == "slate23" else "#111"
    if s.lines:  # the lender's bill card at the top of the SMS thread
        y += _bill_card(c, s.lines, y)
    for m in s.msgs:
        if m.stamp:
            y += _divider(c, y, m.stamp)
        mine = m.who == "me"
        av = c.px(96)
        ax = c.w - c.px(30) - av if mine else c.px(30)
        c.box((ax, y, ax + av, y + av), "#8aa" if mine else "#c98", radius=c.px(12))
        top = y
        if s.group and not mine:
            c.text((ax + av + c.px(24), y), m.who, c.f(26), "#8a8a8a")
            top += c.px(38)
        face = c.f(38)
        maxw = int(c.w * 0.62)
        if m.kind == "poster":
            h = _poster(c, m.text, ax + av + c.px(24), top, maxw)
        elif m.kind == "image" and s.inner is not None:
            h = _picture(c, s.inner, ax + av + c.px(24) if not mine else None, top, maxw)
        else:
            text = m.text
            from tests.blindgen23.canvas import wrap

            lines = wrap(text, face, maxw)
            bw = max(int(face.getlength(ln)) for ln in lines) + c.px(56)
            if m.kind == "callline":
                bw += c.px(50)
            bh = int(face.size * 1.35) * len(lines) + c.px(44)
            bx = ax - c.px(24) - bw if mine else ax + av + c.px(24)
            c.box((bx, top, bx + bw, top + bh), out if mine else inc, radius=c.px(14))
            tx = bx + c.px(28)
            if m.kind == "callline":
                c.box((tx, top + bh // 2 - c.px(14), tx + c.px(30), top + bh // 2 + c.px(14)),
                      ink, radius=c.px(6))  # fmt: skip
                tx += c.px(50)
            c.block(tx, top + c.px(20), text, face, maxw, ink)
            h = bh
        y = top + max(h, av) + c.px(34)


def _bill_card(c: Canvas, lines: list[str], y: int) -> int:
    x0, x1 = c.px(60), c.w - c.px(60)
    top = y + c.px(20)
    c.box((x0, top, x1, top + c.px(110 + 62 * len(lines))), "#ffffff", radius=c.px(24))
    c.text((x0 + c.px(36), top + c.px(30)), lines[0], c.f(36, bold=True), "#c2410c")
    for i, line in enumerate(lines[1:]):
        c.text((x0 + c.px(36), top + c.px(100 + 58 * i)), line, c.f(34), "#222")
    by = top + c.px(110 + 62 * len(lines)) - c.px(90)
    c.box((x0 + c.px(36), by, x1 - c.px(36), by + c.px(70)), "#f97316", radius=c.px(35))
    c.text(((x0 + x1) // 2, by + c.px(35)), "立即还款", c.f(32, bold=True), "#fff", "mm")
    return c.px(150 + 62 * len(lines))


def _poster(c: Canvas, text: str, x: int, y: int, maxw: int) -> int:
    """A forged «曝光» poster sent as a photo: black and red, the borrower's name in it."""
    w, h = maxw, int(maxw * 1.3)
    c.box((x, y, x + w, y + h), "#111")
    c.box((x, y, x + w, y + c.px(150)), "#b91c1c")
    c.text((x + w // 2, y + c.px(75)), "曝光", c.f(84, bold=True, serif=True), "#fff", "mm")
    c.block(x + c.px(30), y + c.px(190), text, c.f(40, bold=True), w - c.px(60), "#fde047")
    return h


def _picture(c: Canvas, inner: Screen, x: int | None, y: int, maxw: int) -> int:
    """A screenshot sent as a picture: the inner screen drawn small, recompressed."""
    sub = paint(inner, c.img is not None)
    c.texts.extend(sub.texts)
    w = int(maxw * 0.8)
    h = int(w * inner.size[1] / inner.size[0])
    if x is None:
        x = c.w - c.px(150) - w
    if sub.img is not None:
        small = sub.img.resize((w, h), Image.LANCZOS).filter(ImageFilter.GaussianBlur(0.4))
        c.paste(small, (x, y))
    return h


def _notices(c: Canvas, s: Screen, y: int) -> None:
    for m in s.msgs:
        y += _divider(c, y, m.stamp)
        head, *rows = m.text.split("\n")
        x0, x1 = c.px(40), c.w - c.px(40)
        h = c.px(200 + 60 * len(rows))
        c.box((x0, y, x1, y + h), "#fff", radius=c.px(18))
        c.text((x0 + c.px(30), y + c.px(30)), m.who, c.f(28), "#777")
        c.text((x0 + c.px(30), y + c.px(80)), head, c.f(38, bold=True), "#111")
        for i, row in enumerate(rows):
            c.text((x0 + c.px(30), y + c.px(150 + 58 * i)), row, c.f(32), "#333")
        c.text((x0 + c.px(30), y + h - c.px(50)), "进入小程序", c.f(30), "#576b95")
        y += h + c.px(30)


def _favs(c: Canvas, s: Screen, y: int) -> None:
    for m in s.msgs:
        x0 = c.px(40)
        face = c.f(36)
        top = y + c.px(24)
        h = c.block(x0 + c.px(30), top, m.text, face, c.w - c.px(140))
        c.text((x0 + c.px(30), top + h + c.px(10)), f"{m.who}  {m.stamp}", c.f(26), "#999")
        y = top + h + c.px(70)
        c.box((x0, y, c.w - x0, y + 2), "#ddd")


def _folder(c: Canvas, s: Screen, y: int) -> None:
    for m in s.msgs:
        c.dot(c.px(90), y + c.px(70), c.px(44), "#60a5fa")
        c.text((c.px(160), y + c.px(30)), m.who, c.f(36, bold=True), "#111")
        c.text((c.w - c.px(40), y + c.px(30)), m.stamp, c.f(26), "#999", "ra")
        c.text((c.px(160), y + c.px(90)), m.text + "…", c.f(30), "#777")
        y += c.px(170)


def _rows(c: Canvas, calls, x0: int, x1: int, y: int) -> int:
    for call in calls:
        label = call.name or call.number
        if call.count > 1:
            label += f" ({call.count})"
        c.text((x0, y + c.px(22)), label, c.f(36), "#d33" if call.tag else "#111")
        sub = " ".join(p for p in (call.place, call.tag) if p)
        if sub:
            c.text((x0, y + c.px(80)), sub, c.f(26), "#999")
        c.text((x1, y + c.px(40)), call.stamp, c.f(28), "#888", "ra")
        y += c.px(140)
    return y


def _contact(c: Canvas, s: Screen, y: int) -> None:
    c.dot(c.w // 2, y + c.px(110), c.px(90), "#9ca3af")
    for i, line in enumerate(s.lines):
        c.text((c.w // 2, y + c.px(260 + 60 * i)), line, c.f(36 if i else 48), "#111", "mm")
    y += c.px(300 + 60 * len(s.lines))
    bar = CHROME["contact23"].split("\n")
    for j, word in enumerate(bar[0].split()):
        c.text((int(c.w * (j + 0.5) / 3), y), word, c.f(30), "#2563eb", "mm")
    c.text((c.px(50), y + c.px(80)), bar[1], c.f(30, bold=True), "#555")
    _rows(c, s.calls, c.px(50), c.w - c.px(50), y + c.px(140))


def _tablet(c: Canvas, s: Screen, y: int) -> None:
    mid = int(c.w * 0.42)
    c.box((mid, y, mid + 2, c.h), "#ccc")
    _rows(c, s.calls, c.px(40), mid - c.px(30), y)
    for i, line in enumerate(s.lines):
        c.text((mid + c.px(60), y + c.px(40 + 70 * i)), line, c.f(34 if i else 44), "#222")


def _ringin(c: Canvas, s: Screen, y: int) -> None:
    if c.d:
        for i in range(c.h):
            c.d.line((0, i, c.w, i), fill=(30 + i * 60 // c.h, 20, 60 + i * 80 // c.h))
    for i, line in enumerate(s.lines):
        face = c.f(64 if i == 0 else 36)
        c.text((c.w // 2, c.px(520 + 110 * i)), line, face, "#fff", "mm")
    for j, word in enumerate(CHROME["ringin23"].split()):
        cx = int(c.w * (0.25 + 0.5 * j))
        c.dot(cx, c.h - c.px(360), c.px(80), "#ef4444" if j == 0 else "#22c55e")
        c.text((cx, c.h - c.px(230)), word, c.f(32), "#fff", "mm")


def _paper(c: Canvas, s: Screen) -> None:
    serif = s.app == "letter23"
    c.box((c.px(60), c.px(160), c.w - c.px(60), c.h - c.px(160)), "#fbf7ee" if serif else "#dbe9f5",
          radius=c.px(10 if serif else 40))  # fmt: skip
    y = c.px(260)
    for i, line in enumerate(s.lines):
        face = c.f(56 if i == 0 else 36, serif=serif, bold=i == 0)
        y += c.block(c.px(130), y, line, face, c.w - c.px(260), "#1f1f1f") + c.px(24)
    if serif and c.d:
        c.d.ellipse((c.w - c.px(420), y, c.w - c.px(160), y + c.px(260)), outline="#d11", width=6)


def _lock(c: Canvas, s: Screen) -> None:
    """A lock screen: big clock, date, notifications stacked as cards with cut previews."""
    if c.d:
        for i in range(c.h):
            c.d.line((0, i, c.w, i), fill=(70 + i * 40 // c.h, 90, 120 + i * 60 // c.h))
    c.text((c.w // 2, c.px(380)), s.clock, c.f(200, latin=True), "#fff", "mm")
    c.text((c.w // 2, c.px(540)), s.title, c.f(40), "#eef", "mm")
    y = c.px(680)
    for m in s.msgs:
        c.box((c.px(40), y, c.w - c.px(40), y + c.px(200)), "#f4f4f6", radius=c.px(36))
        c.text((c.px(90), y + c.px(30)), m.stamp, c.f(26), "#666")
        c.text((c.px(90), y + c.px(80)), m.who, c.f(34, bold=True), "#111")
        c.text((c.px(90), y + c.px(135)), m.text + "…", c.f(32), "#333")
        y += c.px(220)
    c.text((c.w // 2, c.h - c.px(120)), CHROME["lock23"], c.f(30), "#fff", "mm")
