"""A canvas that remembers every string it draws (the layout test reads them, not pixels)."""

from __future__ import annotations

from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
_SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
_NO_START = set("，。、？！：；）」』”…,.?!:;)")


@lru_cache(maxsize=256)
def font(size: int, bold: bool = False, serif: bool = False) -> ImageFont.FreeTypeFont:
    path = (_SERIF_B if bold else _SERIF) if serif else (_SANS_B if bold else _SANS)
    return ImageFont.truetype(path, max(8, int(size)), index=2)


class Sheet:
    def __init__(self, w: int, h: int, bg):
        self.w, self.h = w, h
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.texts: list[str] = []
        self.bottom = h  # where the page's own content ends (a cropped forward keeps above it)

    def width(self, s: str, size: int, bold: bool = False, serif: bool = False) -> float:
        return font(size, bold, serif).getlength(s)

    def text(self, x, y, s, size, fill, bold=False, serif=False, anchor="la") -> float:
        self.texts.append(s)
        self.d.text((x, y), s, font=font(size, bold, serif), fill=fill, anchor=anchor)
        return self.width(s, size, bold, serif)

    def wrap(self, s: str, size: int, maxw: float, bold=False, serif=False) -> list[str]:
        lines, cur = [], ""
        for ch in s:
            # No line opens with a comma or a closing mark: it hangs at the end of the line.
            if self.width(cur + ch, size, bold, serif) > maxw and cur and ch not in _NO_START:
                lines.append(cur)
                cur = ""
            cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, size, fill, maxw, lh=1.42, bold=False, serif=False) -> int:
        """Draw s wrapped at maxw; the whole s is remembered once. Returns the height used."""
        self.texts.append(s)
        lines = self.wrap(s, size, maxw, bold, serif)
        step = int(size * lh)
        for i, line in enumerate(lines):
            self.d.text((x, y + i * step), line, font=font(size, bold, serif), fill=fill)
        return step * len(lines)

    def box(self, xy, fill=None, r=0, outline=None, width=1):
        if r:
            self.d.rounded_rectangle(xy, r, fill=fill, outline=outline, width=width)
        else:
            self.d.rectangle(xy, fill=fill, outline=outline, width=width)

    def dot(self, cx, cy, r, fill):
        self.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill)
