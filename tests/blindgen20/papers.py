"""Papers and small screens: the loan app's bill page, an ID card, a forged 催告函, and the
kids' feature phone's SMS reader (a 240×320 screen)."""

from __future__ import annotations

from tests.blindgen20 import times
from tests.blindgen20.canvas import Canvas
from tests.blindgen20.model import Screen
from tests.blindgen20.skins import CHROME, nav_bar, status_bar


def bill_page(c: Canvas, s: Screen) -> None:
    """The lender's app: a gradient card with the sum due, then the loan's lines."""
    k = c.width / 1080
    c.rect((0, 0, c.width, c.height), "#f5f5f5")
    c.gradient((0, 0, c.width, int(640 * k)), (255, 112, 67), (255, 171, 64))
    dark = s.dark
    s.dark = True
    y = status_bar(c, s)
    s.dark = dark
    c.text((c.width // 2, y + int(30 * k)), s.title, int(40 * k), "white", "bold", anchor="ma")
    c.text((c.width // 2, y + int(150 * k)), s.sub, int(30 * k), "#fff3e0", anchor="ma")
    c.text((c.width // 2, y + int(210 * k)), s.paras[0], int(96 * k), "white", "bold", anchor="ma")
    y = int(700 * k)
    c.rect(
        (
            int(36 * k),
            y,
            c.width - int(36 * k),
            y + int(110 * k) * (len(s.paras) - 1) + int(40 * k),
        ),
        "#ffffff",
        int(28 * k),
    )
    y += int(30 * k)
    for line in s.paras[1:]:
        label, value = line.split(" ", 1)
        c.text((int(80 * k), y + int(20 * k)), label, int(32 * k), "#666")
        c.text(
            (c.width - int(80 * k), y + int(20 * k)),
            value,
            int(32 * k),
            "#222",
            "bold",
            anchor="ra",
        )
        y += int(110 * k)
    tabs, button = CHROME["bill20"].split("\n")
    by = c.height - int(380 * k)
    c.rect((int(80 * k), by, c.width - int(80 * k), by + int(110 * k)), "#ff7043", int(55 * k))
    c.text((c.width // 2, by + int(28 * k)), button, int(38 * k), "white", "bold", anchor="ma")
    ty = c.height - int(190 * k)
    c.rect((0, ty, c.width, c.height), "#ffffff")
    names = tabs.split()
    for i, t in enumerate(names):
        c.text(
            (int(c.width * (i + 0.5) / len(names)), ty + int(80 * k)),
            t,
            int(28 * k),
            "#ff7043" if i == 0 else "#888",
            anchor="ma",
        )
    nav_bar(c, s)


def id_card(c: Canvas, s: Screen) -> None:
    """An ID card's face on a desk (the photo's skew comes later)."""
    c.rect((0, 0, c.width, c.height), "#7b6a58")
    x0, y0, x1, y1 = 160, 200, c.width - 160, c.height - 200
    c.rect((x0 + 14, y0 + 18, x1 + 14, y1 + 18), "#4e4134", 40)  # its shadow on the desk
    c.gradient((x0, y0, x1, y1), (232, 240, 236), (206, 224, 232))
    c.rect((x0, y0, x1, y1), None, 40, outline="#b0bec5", width=3)
    y = y0 + 70
    for line in s.paras:
        label, value = line.split(" ", 1)
        c.text((x0 + 60, y), label, 30, "#3d6fa5", family="sans")
        c.text((x0 + 200, y), value, 34, "#111", family="serif")
        y += 86
    c.rect((x1 - 330, y0 + 80, x1 - 60, y0 + 420), "#c9d3da", 10)
    c.avatar((x1 - 195, y0 + 210), 80, "人", "#8d9ba6")


def letter(c: Canvas, s: Screen) -> None:
    """A forged notice on paper: serif title, paragraphs, a red seal; the name box for mosaic."""
    c.rect((0, 0, c.width, c.height), "#5d5348")
    m = 90
    c.rect((m, 60, c.width - m, c.height - 60), "#fbf9f3", 6)
    c.text((c.width // 2, 140), s.title, 64, "#111", "bold", anchor="ma", family="serif")
    c.text((c.width // 2, 240), s.sub, 30, "#444", anchor="ma", family="serif")
    y = 330
    name = s.extra.get("to", "")
    if name:
        w = c.text((m + 80, y), name, 38, "#111", family="serif")
        c.text((m + 80 + w, y), "：", 38, "#111", family="serif")
        s.extra["name_box"] = (m + 70, y - 6, m + 100 + w, y + 56)
        y += 90
    for para in s.paras:
        y += c.para((m + 80, y), para, 34, "#222", c.width - 2 * m - 160, 1.6, family="serif")
        y += 26
    cx, cy = c.width - m - 300, y + 140
    c.text((cx, y + 40), s.extra.get("seal", ""), 34, "#111", anchor="ma", family="serif")
    c.text(
        (cx, y + 270),
        f"{s.captured.year}年{s.captured.month}月{s.captured.day}日",
        30,
        "#111",
        anchor="ma",
        family="serif",
    )
    if not c.dry:
        c.draw.ellipse((cx - 120, cy - 120, cx + 120, cy + 120), outline="#d32f2f", width=8)
        c.draw.text((cx, cy), "★", font=c.face(60), fill="#d32f2f", anchor="mm")


def kid_sms(c: Canvas, s: Screen) -> None:
    """The kids' phone: one SMS at a time, sender, time, then the words on a yellow screen."""
    c.rect((0, 0, c.width, c.height), "#fff8e1")
    y = status_bar(c, s)
    c.gradient((0, y, c.width, y + 26), (255, 179, 0), (255, 143, 0))
    c.text((6, y + 4), s.title, 14, "#3e2723", "bold")
    y += 32
    for m in s.msgs:
        c.text((6, y), m.who, 13, "#bf360c", "bold")
        c.text((c.width - 6, y), times.hm(m.at), 12, "#6d4c41", anchor="ra")
        y += 18
        c.text((6, y), times.day_zh(m.at), 11, "#6d4c41")
        y += 16
        y += c.para((6, y), m.text, 14, "#212121", c.width - 12, 1.35) + 8
        c.line([(4, y - 4), (c.width - 4, y - 4)], "#ffcc80", 1)
    nav_bar(c, s)
