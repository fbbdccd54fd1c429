"""Set 30's drawing primitives: a canvas that remembers every string it writes."""

from __future__ import annotations

import re
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc"
_NO_START = "，。！？、；：」）》…,.!?;:)"
_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-{}.ttc"


@lru_cache(maxsize=256)
def font(size: int, bold: bool = False, serif: bool = False) -> ImageFont.FreeTypeFont:
    path = (_SERIF if serif else _SANS).format("Bold" if bold else "Regular")
    return ImageFont.truetype(path, size, index=2)  # the SC face


class Canvas:
    def __init__(self, w: int, h: int, bg):
        self.w, self.h = w, h
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.texts: list[str] = []

    def width(self, s: str, size: int, bold: bool = False, serif: bool = False) -> float:
        return font(size, bold, serif).getlength(s)

    def text(self, x, y, s, size, fill, bold=False, anchor="la", serif=False, record=True):
        self.d.text((x, y), s, font=font(size, bold, serif), fill=fill, anchor=anchor)
        if record and s.strip():
            self.texts.append(s)
        return self.width(s, size, bold, serif)

    def lines(self, s: str, size: int, maxw: float, bold=False, serif=False) -> list[str]:
        out, cur = [], ""
        for ch in re.findall(r"[A-Za-z0-9.,:%/\-]+|.", s, flags=re.S):
            if ch == "\n":
                out.append(cur)
                cur = ""
                continue
            if self.width(cur + ch, size, bold, serif) > maxw and cur and ch not in _NO_START:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    def para(self, x, y, s, size, fill, maxw, lead=1.42, bold=False, serif=False) -> int:
        """A wrapped paragraph; the whole string is recorded once. Returns its height."""
        rows = self.lines(s, size, maxw, bold, serif)
        for i, row in enumerate(rows):
            self.text(x, y + i * size * lead, row, size, fill, bold, serif=serif, record=False)
        self.texts.append(s)
        return int(len(rows) * size * lead)

    def box(self, xy, fill, r=0, outline=None, width=1):
        if r:
            self.d.rounded_rectangle(xy, r, fill=fill, outline=outline, width=width)
        else:
            self.d.rectangle(xy, fill=fill, outline=outline, width=width)

    def dot(self, cx, cy, r, fill):
        self.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill)

    def line(self, xy, fill, width=1):
        self.d.line(xy, fill=fill, width=width)
