"""Pillow primitives for the thirty-second blind set: a canvas in dp that logs what it writes."""

from __future__ import annotations

from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANS_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SC = 2  # the Simplified Chinese face inside the Noto CJK collections


@lru_cache(maxsize=256)
def font(px: int, bold: bool = False, serif: bool = False) -> ImageFont.FreeTypeFont:
    path = SERIF if serif else SANS_BOLD if bold else SANS
    return ImageFont.truetype(path, max(6, px), index=SC)


class Canvas:
    """An image addressed in dp (scale px per dp); every text drawn is kept in `texts`."""

    def __init__(self, w_px: int, h_dp: float, bg: str, scale: float, serif: bool = False):
        self.s = scale
        self.w = w_px / scale
        self.h = h_dp
        self.img = Image.new("RGB", (w_px, int(h_dp * scale)), bg)
        self.d = ImageDraw.Draw(self.img)
        self.texts: list[str] = []
        self.serif = serif

    def _f(self, size: float, bold: bool = False):
        return font(round(size * self.s), bold, self.serif)

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self._f(size, bold).getlength(text) / self.s

    def text(self, x, y, text, size=15, fill="#000", bold=False, anchor="la", log=True):
        self.d.text((x * self.s, y * self.s), text, fill=fill, font=self._f(size, bold),
                    anchor=anchor)  # fmt: skip
        if log:
            self.texts.append(text)
        return self.width(text, size, bold)

    def lines(self, text: str, size: float, max_w: float, bold: bool = False) -> list[str]:
        """Break text into lines that fit max_w, character by character (as CJK text wraps)."""
        out, cur = [], ""
        for ch in text:
            if ch == "\n":
                out.append(cur)
                cur = ""
                continue
            hang = ch in "，。！？、；：”）" and len(cur) > 1  # no line opens with a comma
            if cur and self.width(cur + ch, size, bold) > max_w and not hang:
                out.append(cur)
                cur = ""
            cur += ch
        return [*out, cur] if cur or not out else out

    def para(self, x, y, text, size, fill, max_w, lh=1.45, bold=False) -> float:
        """Draw wrapped text; return its height. The whole text is logged once."""
        rows = self.lines(text, size, max_w, bold)
        for i, row in enumerate(rows):
            self.text(x, y + i * size * lh, row, size, fill, bold, log=False)
        self.texts.append(text)
        return len(rows) * size * lh

    def box(self, x0, y0, x1, y1, r=0, fill=None, outline=None, width=1):
        xy = [x0 * self.s, y0 * self.s, x1 * self.s, y1 * self.s]
        self.d.rounded_rectangle(xy, radius=r * self.s, fill=fill, outline=outline,
                                 width=max(1, round(width * self.s)))  # fmt: skip

    def dot(self, cx, cy, r, fill=None, outline=None, width=1):
        xy = [(cx - r) * self.s, (cy - r) * self.s, (cx + r) * self.s, (cy + r) * self.s]
        self.d.ellipse(xy, fill=fill, outline=outline, width=max(1, round(width * self.s)))

    def line(self, x0, y0, x1, y1, fill, width=1):
        self.d.line([x0 * self.s, y0 * self.s, x1 * self.s, y1 * self.s], fill=fill,
                    width=max(1, round(width * self.s)))  # fmt: skip

    def poly(self, pts, fill):
        self.d.polygon([(x * self.s, y * self.s) for x, y in pts], fill=fill)

    def avatar(self, cx, cy, r, name, color):
        """A round avatar with the name's last character (as contacts apps draw them)."""
        self.dot(cx, cy, r, fill=color)
        mark = name[-1] if name and not name[-1].isdigit() else "#"
        self.text(cx, cy, mark, r * 0.9, "#fff", anchor="mm", log=False)

    def cut(self, h_dp: float) -> Image.Image:
        return self.img.crop((0, 0, self.img.width, min(self.img.height, int(h_dp * self.s))))


def signal(c: Canvas, x, y, fg):
    for i in range(4):
        h = 3 + i * 2.2
        c.box(x + i * 4, y + 10 - h, x + i * 4 + 2.6, y + 10, r=0.6, fill=fg)


def wifi(c: Canvas, x, y, fg):
    c.poly([(x, y + 2), (x + 12, y + 2), (x + 6, y + 11)], fill=fg)


def battery(c: Canvas, x, y, pct: int, fg, pill: bool):
    """A battery glyph; iOS-like draws the % inside the pill, Android-like beside it."""
    if pill:
        c.box(x, y, x + 25, y + 12, r=3.5, outline=fg, width=1)
        c.box(x + 1.5, y + 1.5, x + 1.5 + 22 * pct / 100, y + 10.5, r=2.5, fill="#b9b9bd")
        c.text(x + 12.5, y + 6, str(pct), 9, fg, True, "mm")
        c.box(x + 26, y + 4, x + 27.5, y + 8, r=0.5, fill=fg)
    else:
        c.box(x, y + 1, x + 21, y + 11, r=2.5, outline=fg, width=1)
        c.box(x + 1.8, y + 2.8, x + 1.8 + 17.4 * pct / 100, y + 9.2, r=1, fill=fg)
        c.box(x + 21.5, y + 4, x + 23, y + 8, r=0.5, fill=fg)


def status_bar(c: Canvas, clock: str, pct: int, net: str, fg: str, ios: bool, carrier: str = ""):
    """Clock left, radios right; the % text is what statuses() reports for the screen."""
    if ios:
        c.text(30, 14, clock, 15, fg, True)
        x = c.w - 40
        battery(c, x, 16, pct, fg, pill=True)
        c.text(x - 6, 22, net, 11.5, fg, True, "rm")
        signal(c, x - 26 - c.width(net, 11.5, True), 12, fg)
        return
    c.text(18, 9, clock, 13.5, fg, True)
    if carrier:
        c.text(22 + c.width(clock, 13.5, True), 10, carrier, 12, fg)
    x = c.w - 18
    c.text(x, 16, f"{pct}%", 12, fg, anchor="rm")
    battery(c, x - c.width(f"{pct}%", 12) - 27, 10, pct, fg, pill=False)
    wifi(c, x - c.width(f"{pct}%", 12) - 46, 10, fg)
    c.text(x - c.width(f"{pct}%", 12) - 52, 16, net, 10.5, fg, True, "rm")
    signal(c, x - c.width(f"{pct}%", 12) - 58 - c.width(net, 10.5, True) - 16, 9, fg)


def tab_bar(c: Canvas, y, words: list[str], active: int, fg, accent, bg, line):
    """A bottom tab bar: a glyph above each word, the active one in the accent colour."""
    c.box(0, y, c.w, c.h, fill=bg)
    c.line(0, y, c.w, y, line)
    step = c.w / len(words)
    for i, w in enumerate(words):
        cx = step * (i + 0.5)
        col = accent if i == active else fg
        if i % 2:
            c.dot(cx, y + 17, 8, outline=col, width=1.6)
        else:
            c.box(cx - 8, y + 9, cx + 8, y + 25, r=4, outline=col, width=1.6)
        c.text(cx, y + 38, w, 10.5, col, anchor="mm", log=False)
    c.texts.append(" ".join(words))


def back_arrow(c: Canvas, x, y, fg):
    c.line(x + 8, y, x, y + 8, fg, 2)
    c.line(x, y + 8, x + 8, y + 16, fg, 2)
