"""Pillow primitives of this set: fonts, wrapped text, bubbles, bars; every string is recorded.

A Canvas without an image only measures and records, so the test reads what a screen draws
without painting it.
"""

from __future__ import annotations

from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

NOTO = "/usr/share/fonts/opentype/noto/"
LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SC = 2  # the Simplified Chinese face inside each .ttc


@lru_cache(maxsize=64)
def font(size: int, bold: bool = False, serif: bool = False, latin: bool = False):
    if latin:
        return ImageFont.truetype(LATIN, size)
    name = ("NotoSerifCJK-" if serif else "NotoSansCJK-") + ("Bold" if bold else "Regular")
    return ImageFont.truetype(f"{NOTO}{name}.ttc", size, index=SC)


def wrap(text: str, face, width: int) -> list[str]:
    """Lines no wider than width, breaking between characters (Latin words kept whole)."""
    lines, line = [], ""
    for token in _tokens(text):
        if line and face.getlength(line + token) > width:
            lines.append(line)
            line = token.lstrip(" ")
        else:
            line += token
    return [*lines, line] if line else lines


def _tokens(text: str) -> list[str]:
    out, word = [], ""
    for ch in text:
        if ch.isascii() and ch.isalnum():
            word += ch
            continue
        if word:
            out.append(word)
            word = ""
        out.append(ch)
    return [*out, word] if word else out


class Canvas:
    """A screen being drawn (or, with paint=False, only laid out) and the strings it holds."""

    def __init__(self, size: tuple[int, int], bg: str, paint: bool = True):
        self.w, self.h = size
        self.k = min(self.w, self.h) / 1080  # a landscape tablet scales by its height
        self.img = Image.new("RGB", size, bg) if paint else None
        self.d = ImageDraw.Draw(self.img) if paint else None
        self.texts: list[str] = []

    def px(self, v: float) -> int:
        return round(v * self.k)

    def f(self, size: float, **kw):
        return font(max(8, self.px(size)), **kw)

    def text(self, xy, s: str, face, fill="#111", anchor="la") -> None:
        self.texts.append(s)
        if self.d:
            self.d.text(xy, s, font=face, fill=fill, anchor=anchor)

    def block(self, x: int, y: int, s: str, face, width: int, fill="#111", gap=1.35) -> int:
        """Wrapped text; the whole string is recorded once. Returns the height used."""
        self.texts.append(s)
        step = int(face.size * gap)
        for i, line in enumerate(wrap(s, face, width)):
            if self.d:
                self.d.text((x, y + i * step), line, font=face, fill=fill)
        return step * max(1, len(wrap(s, face, width)))

    def box(self, xy, fill, radius=0, outline=None, width=1) -> None:
        if self.d:
            self.d.rounded_rectangle(xy, radius, fill=fill, outline=outline, width=width)

    def dot(self, cx: int, cy: int, r: int, fill) -> None:
        if self.d:
            self.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill)

    def paste(self, img: Image.Image, xy) -> None:
        if self.img is not None:
            self.img.paste(img, xy)

    def status_bar(self, clock: str, battery: str, dark: bool, style: int) -> int:
        """Clock left or centred (by skin style), signal bars, 5G and battery; returns height."""
        h = self.px(78)
        ink = "#eee" if dark else "#111"
        face = self.f(34, latin=True)
        if style == 1:
            self.text((self.w // 2, h // 2), clock, face, ink, "mm")
        else:
            self.text((self.px(48), h // 2), clock, face, ink, "lm")
        x = self.w - self.px(48)
        self.text((x, h // 2), battery, self.f(28, latin=True), ink, "rm")
        bx = x - self.px(150)
        for i in range(4):
            bh = self.px(8 + 6 * i)
            self.box((bx + i * self.px(11), h // 2 + self.px(14) - bh,
                      bx + i * self.px(11) + self.px(7), h // 2 + self.px(14)), ink)  # fmt: skip
        return h
