"""Pillow primitives of this set: a canvas that draws, or only records, the strings it places."""

from __future__ import annotations

from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

_FONTS = "/usr/share/fonts/opentype/noto/"
_FILES = {
    ("sans", "regular"): "NotoSansCJK-Regular.ttc",
    ("sans", "bold"): "NotoSansCJK-Bold.ttc",
    ("serif", "regular"): "NotoSerifCJK-Regular.ttc",
    ("serif", "bold"): "NotoSerifCJK-Bold.ttc",
}
# Index inside the .ttc: 2 is SC, 3 TC (Sans); the Serif files order SC first.
_INDEX = {("sans", "sc"): 2, ("sans", "tc"): 3, ("serif", "sc"): 0, ("serif", "tc"): 1}


@lru_cache(maxsize=128)
def font(size: int, family: str = "sans", weight: str = "regular", script: str = "sc"):
    path = _FONTS + _FILES[(family, weight)]
    return ImageFont.truetype(path, size, index=_INDEX[(family, script)])


def wrap(text: str, face, width: int) -> list[str]:
    """Lines no wider than width, breaking anywhere (CJK) but keeping every character."""
    lines, line = [], ""
    for ch in text:
        if line and face.getlength(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line] if line else lines


class Canvas:
    """A screen being drawn; dry=True only records the strings (for the fast truth test)."""

    def __init__(self, width: int, height: int, bg, dry: bool = False, family: str = "sans"):
        self.width, self.height, self.dry, self.family = width, height, dry, family
        self.strings: list[str] = []
        self.image = None if dry else Image.new("RGB", (width, height), bg)
        self.draw = None if dry else ImageDraw.Draw(self.image)

    def face(self, size: int, weight: str = "regular", family: str = "", script: str = "sc"):
        return font(size, family or self.family, weight, script)

    def text(self, xy, s: str, size: int, fill, weight="regular", anchor="la", **kw) -> int:
        """Draw one line; returns its width."""
        self.strings.append(s)
        face = self.face(size, weight, kw.get("family", ""), kw.get("script", "sc"))
        if not self.dry:
            self.draw.text(xy, s, font=face, fill=fill, anchor=anchor)
        return int(face.getlength(s))

    def para(self, xy, s: str, size: int, fill, width: int, gap: float = 1.45, **kw) -> int:
        """A wrapped paragraph recorded whole; returns its height."""
        self.strings.append(s)
        face = self.face(size, kw.get("weight", "regular"), kw.get("family", ""))
        lines = wrap(s, face, width)
        if not self.dry:
            for i, line in enumerate(lines):
                self.draw.text((xy[0], xy[1] + i * size * gap), line, font=face, fill=fill)
        return int(len(lines) * size * gap)

    def measure(self, s: str, size: int, width: int, gap: float = 1.45, **kw) -> tuple[int, int]:
        """The (width, height) a paragraph will take."""
        face = self.face(size, kw.get("weight", "regular"), kw.get("family", ""))
        lines = wrap(s, face, width)
        return int(max(face.getlength(x) for x in lines)), int(len(lines) * size * gap)

    def rect(self, box, fill, radius: int = 0, outline=None, width: int = 1) -> None:
        if not self.dry:
            self.draw.rounded_rectangle(box, radius, fill=fill, outline=outline, width=width)

    def bubble(self, box, fill, tail: str = "", radius: int = 22) -> None:
        """A rounded bubble with a small triangular tail on the left or right top."""
        if self.dry:
            return
        self.rect(box, fill, radius)
        x0, y0, x1, _ = box
        if tail == "left":
            self.draw.polygon([(x0 + 6, y0), (x0 - 14, y0), (x0 + 6, y0 + 22)], fill=fill)
        elif tail == "right":
            self.draw.polygon([(x1 - 6, y0), (x1 + 14, y0), (x1 - 6, y0 + 22)], fill=fill)

    def gradient(self, box, top, bottom) -> None:
        """A vertical gradient header."""
        if self.dry:
            return
        x0, y0, x1, y1 = box
        for y in range(y0, y1):
            t = (y - y0) / max(1, y1 - y0 - 1)
            color = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
            self.draw.line([(x0, y), (x1, y)], fill=color)

    def circle(self, center, r: int, fill, outline=None) -> None:
        if not self.dry:
            cx, cy = center
            self.draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill, outline=outline)

    def avatar(self, center, r: int, label: str, fill) -> None:
        """A round avatar with one character (not recorded: it is a picture, not words)."""
        if self.dry:
            return
        self.circle(center, r, fill)
        self.draw.text(center, label[:1], font=self.face(int(r * 0.9)), fill="white", anchor="mm")

    def line(self, xy, fill, width: int = 1) -> None:
        if not self.dry:
            self.draw.line(xy, fill=fill, width=width)
