"""Set 26's lock screen, loan bill and photographed paper."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFilter

from tests.blindgen26.draw import CHROME, Canvas
from tests.blindgen26.model import stamp


def page_lock(c: Canvas):
    """A lock screen: the big clock and date, then banners stacked under it."""
    s, k, b = c.s, c.k, c.base
    top = "#1E2A3A" if k["dark"] else "#5C7FA8"
    for y in range(0, c.h, 8):  # a plain two-tone wallpaper
        t = y / c.h
        col = tuple(int(int(top[i : i + 2], 16) * (1 - t) + 20 * t) for i in (1, 3, 5))
        c.d.rectangle((0, y, c.w, y + 8), fill=col)
    c.status(fg="#FFFFFF")
    c.y += int(b * 2)
    c.text(
        c.w // 2,
        c.y,
        s.captured.strftime("%H:%M"),
        int(b * 4.2),
        "#FFFFFF",
        "bold",
        "ma",
        record=False,
    )
    c.y += int(b * 5.4)
    c.text(c.w // 2, c.y, s.sub, int(b * 0.8), "#FFFFFF", anchor="ma")
    c.y += int(b * 2.8)
    for m in s.msgs:
        lines = c.wrap(m.text, int(b * 0.78), c.w - int(b * 3.4))[:4]
        hgt = int(b * 2.2) + len(lines) * int(b * 1.15)
        c.room(hgt + 30, 300)
        c.box(
            (int(b * 0.7), c.y, c.w - int(b * 0.7), c.y + hgt),
            "#F2F2F2" if not k["dark"] else "#2B2E33",
            34,
        )
        fg = "#1A1A1A" if not k["dark"] else "#F0F0F0"
        c.text(int(b * 1.5), c.y + int(b * 0.5), s.title, int(b * 0.55), "#888888")
        c.text(
            c.w - int(b * 1.5),
            c.y + int(b * 0.5),
            stamp(m.at, s.captured, "ago"),
            int(b * 0.55),
            "#888888",
            anchor="ra",
        )
        c.text(int(b * 1.5), c.y + int(b * 1.2), m.who, int(b * 0.78), fg, "bold")
        for i, line in enumerate(lines):
            c.text(
                int(b * 1.5),
                c.y + int(b * 2.2) + i * int(b * 1.15) - 10,
                line,
                int(b * 0.78),
                fg,
                record=False,
            )
        c.texts.append(m.text)
        c.y += hgt + 24
    c.text(c.w // 2, c.h - 200, CHROME["lock26"], int(b * 0.7), "#FFFFFF", anchor="ma")


def page_bill(c: Canvas):
    """A loan app's bill page: an overdue banner, the amounts, and the pay button."""
    s, k, b = c.s, c.k, c.base
    c.status()
    c.header(s.title, s.sub)
    c.box(
        (int(b * 0.6), c.y, c.w - int(b * 0.6), c.y + int(b * 2.2)),
        "#FFF1E6" if not k["dark"] else "#3A2616",
        18,
    )
    c.text(int(b * 1.2), c.y + int(b * 1.1), s.lines[0], int(b * 0.72), "#E56B1F", anchor="lm")
    c.y += int(b * 3)
    c.text(c.w // 2, c.y, s.lines[1], int(b * 0.7), k["sub"], anchor="ma")
    c.y += int(b * 1.3)
    c.text(c.w // 2, c.y, s.lines[2], int(b * 2.0), k["fg"], "bold", "ma")
    c.y += int(b * 3.4)
    c.box(
        (int(b * 0.6), c.y, c.w - int(b * 0.6), c.y + int(b * 1.9) * (len(s.lines) - 3) + 40),
        k["card"],
        24,
    )
    c.y += 30
    for line in s.lines[3:]:
        name, _, val = line.partition("：")
        c.text(int(b * 1.3), c.y, name, int(b * 0.75), k["sub"])
        c.text(c.w - int(b * 1.3), c.y, val, int(b * 0.75), k["fg"], anchor="ra")
        c.y += int(b * 1.9)
    c.y += int(b * 1.5)
    words = CHROME["bill26"].split()
    c.box((int(b * 1.2), c.h - 330, c.w - int(b * 1.2), c.h - 330 + int(b * 2.3)), k["acc"], 60)
    c.text(c.w // 2, c.h - 330 + int(b * 1.15), words[0], int(b * 0.9), "#FFFFFF", "bold", "mm")
    c.text(c.w // 2, c.h - 330 + int(b * 2.9), words[1], int(b * 0.7), k["acc"], anchor="ma")
    c.gesture()


def page_letter(c: Canvas) -> Canvas:
    """A forged 律师函 / court notice on paper, photographed on a table (own wrap: photo26)."""
    s = c.s
    pw, ph = 1500, 2100
    paper = Image.new("RGB", (pw, ph), "#FBFAF4")
    pc = Canvas(s, w=pw, h=ph)
    pc.img = paper
    pc.d = ImageDraw.Draw(paper)
    y = 150
    pc.text(pw // 2, y, s.title, 92, "#111111", "serifb", "ma")
    y += 200
    for line in s.lines:
        for part in pc.wrap(line, 50, pw - 300, "serif"):
            pc.text(150, y, part, 50, "#222222", "serif", record=False)
            y += 78
        pc.texts.append(line)
        y += 30
    pc.d.ellipse((pw - 560, y - 60, pw - 160, y + 340), outline="#D0312D", width=10)
    pc.text(pw - 360, y + 140, "专用章", 52, "#D0312D", "serifb", "mm", record=False)
    table = Image.new("RGB", (1300, 1900), "#6B5B4B")
    paper = paper.rotate(3.5, expand=True, resample=Image.BICUBIC, fillcolor="#6B5B4B")
    paper = paper.resize((int(paper.width * 0.8), int(paper.height * 0.8)), Image.LANCZOS)
    table.paste(
        paper.crop((0, 0, min(paper.width, 1300 - 20), min(paper.height, 1900 - 30))), (20, 30)
    )
    shade = Image.new("L", table.size, 0)
    ImageDraw.Draw(shade).rectangle((900, 0, 1300, 1900), fill=60)
    table = Image.composite(Image.new("RGB", table.size, "#000000"), table, shade)
    out = Canvas(s, w=table.width, h=table.height)
    out.img = table.filter(ImageFilter.GaussianBlur(0.8))
    out.texts = [s.title, *pc.texts]
    return out
