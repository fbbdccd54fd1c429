"""Set 29's own drawing kit: a canvas that records every string it draws, glyphs made of lines."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

_FONTS = {
    "sans": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "bold": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "serif": "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "serifb": "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
}
WEEK = "一二三四五六日"


@lru_cache(maxsize=256)
def font(size: int, kind: str = "sans") -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(_FONTS[kind], max(size, 8), index=2)


def _ampm(t: datetime) -> str:
    h = t.hour
    part = "凌晨" if h < 6 else "上午" if h < 12 else "下午"
    h12 = 12 if h == 0 else h if h <= 12 else h - 12
    return f"{part}{h12}:{t.minute:02d}"


def when(t: datetime, now: datetime, style: str) -> str:
    """t as a phone would print it at `now` in one of set 29's time styles."""
    days = (now.date() - t.date()).days
    hm = t.strftime("%H:%M")
    if style == "wx12":
        hm = _ampm(t)
    if style == "slash":
        return f"{t.month}/{t.day} {t.strftime('%H:%M')}"
    if style == "cn":
        return f"{t.month}月{t.day}日 {hm}"
    if style == "ri":
        return f"{t.day}日 {hm}"
    if style == "rel":
        minutes = int((now - t).total_seconds() // 60)
        if minutes < 1:
            return "刚刚"
        if minutes < 60:
            return f"{minutes}分钟前"
        if days == 0 and minutes < 6 * 60:
            return f"{minutes // 60}小时前"
    if style == "today":
        word = {0: "今天", 1: "昨天", 2: "前天"}.get(days)
        return f"{word} {hm}" if word else f"{t.month:02d}-{t.day:02d} {hm}"
    if style in ("log", "log12"):
        if days == 0:
            return _ampm(t) if style == "log12" else hm
        if days == 1:
            return "昨天"
        if days == 2:
            return "前天"
        if days < 7:
            return f"周{WEEK[t.weekday()]}"
        if t.year != now.year:
            return t.strftime("%Y-%m-%d")
        return t.strftime("%m-%d")
    if days == 0:
        return hm
    if days == 1:
        return f"昨天 {hm}"
    if days < 7:
        return f"周{WEEK[t.weekday()]} {hm}"
    if t.year != now.year:
        return f"{t.year}-{t.month:02d}-{t.day:02d} {hm}"
    return f"{t.month}月{t.day}日 {hm}"


class Canvas:
    """A page of `w`×`h`; `k` scales type (system font size), `u` scales geometry."""

    def __init__(self, w: int, h: int, bg, scale: float = 1.0, paint: bool = True):
        self.w, self.h = w, h
        self.u = w / 1080
        self.k = self.u * scale
        self.texts: list[str] = []
        self.img = Image.new("RGB", (w, h), bg) if paint else None
        self.d = ImageDraw.Draw(self.img) if paint else None
        self.low = 0

    def g(self, n: float) -> int:
        return round(n * self.u)

    def f(self, size: float, kind: str = "sans") -> ImageFont.FreeTypeFont:
        return font(round(size * self.k), kind)

    def width(self, s: str, size: float, kind: str = "sans") -> float:
        return self.f(size, kind).getlength(s)

    def text(self, x, y, s, size, fill, kind="sans", anchor="la", record=True) -> float:
        if record:
            self.texts.append(s)
        fnt = self.f(size, kind)
        if self.d is not None:
            self.d.text((x, y), s, font=fnt, fill=fill, anchor=anchor)
        self.low = max(self.low, y + size * self.k * 1.2)
        return fnt.getlength(s)

    def wrap(self, s: str, size: float, maxw: float, kind: str = "sans") -> list[str]:
        fnt = self.f(size, kind)
        lines, cur = [], ""
        for ch in s:
            if fnt.getlength(cur + ch) > maxw and cur and ch not in "，。？！、；：）…":
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        return [*lines, cur] if cur else lines

    def para(self, x, y, s, size, maxw, fill, kind="sans", gap=1.42) -> int:
        """Draw s wrapped inside maxw (recorded whole); the height used."""
        self.texts.append(s)
        lines = self.wrap(s, size, maxw, kind)
        step = round(size * self.k * gap)
        for i, line in enumerate(lines):
            self.text(x, y + i * step, line, size, fill, kind, record=False)
        return step * len(lines)

    def box(self, xy, r, fill=None, outline=None, width=1) -> None:
        self.low = max(self.low, xy[3])
        if self.d is not None:
            self.d.rounded_rectangle(xy, radius=r, fill=fill, outline=outline, width=width)

    def line(self, pts, fill, width=2) -> None:
        if self.d is not None:
            self.d.line(pts, fill=fill, width=max(1, round(width * self.u)), joint="curve")

    def dot(self, cx, cy, r, fill=None, outline=None, width=1) -> None:
        if self.d is not None:
            self.d.ellipse(
                (cx - r, cy - r, cx + r, cy + r), fill=fill, outline=outline, width=width
            )

    # glyphs drawn from lines
    def chevron(self, x, y, s, fill, width=4) -> None:
        self.line([(x + s * 0.5, y - s * 0.5), (x, y), (x + s * 0.5, y + s * 0.5)], fill, width)

    def handset(self, cx, cy, s, fill) -> None:
        self.line(
            [(cx - s, cy - s * 0.6), (cx - s * 0.6, cy - s), (cx - s * 0.2, cy - s * 0.55)], fill, 4
        )
        self.line(
            [(cx - s, cy - s * 0.6), (cx - s * 0.3, cy + s * 0.4), (cx + s * 0.6, cy + s)], fill, 4
        )
        self.line(
            [(cx + s * 0.6, cy + s), (cx + s, cy + s * 0.6), (cx + s * 0.55, cy + s * 0.2)], fill, 4
        )

    def dots3(self, cx, cy, r, fill) -> None:
        for i in (-1, 0, 1):
            self.dot(cx + i * r * 3.2, cy, r, fill)

    def bars(self, x, y, h, fill) -> None:
        for i in range(4):
            bh = h * (i + 1) / 4
            self.box((x + i * h * 0.32, y + h - bh, x + i * h * 0.32 + h * 0.2, y + h), 1, fill)

    def wifi(self, cx, cy, r, fill) -> None:
        if self.d is None:
            return
        for i, rr in enumerate((r, r * 0.66, r * 0.33)):
            self.d.arc(
                (cx - rr, cy - rr, cx + rr, cy + rr),
                225,
                315,
                fill=fill,
                width=max(2, round(3 * self.u)),
            )
            del i
        self.dot(cx, cy - r * 0.05, r * 0.1, fill)

    def battery(self, x, y, w, h, level, fill, inside: str = "") -> None:
        self.box((x, y, x + w, y + h), h * 0.3, outline=fill, width=max(2, self.g(3)))
        self.box((x + w + 2, y + h * 0.3, x + w + self.g(6), y + h * 0.7), 1, fill)
        if inside:
            self.box((x + 3, y + 3, x + w - 3, y + h - 3), h * 0.25, fill)
            ink = (0, 0, 0) if sum(fill[:3]) > 380 else (255, 255, 255)
            self.text(x + w / 2, y + h / 2, inside, h * 0.72 / self.k, ink, "bold", "mm")
        else:
            self.box((x + 4, y + 4, x + 4 + (w - 8) * level / 100, y + h - 4), h * 0.2, fill)

    def magnifier(self, cx, cy, r, fill) -> None:
        self.dot(cx, cy, r, outline=fill, width=max(2, self.g(4)))
        self.line([(cx + r * 0.7, cy + r * 0.7), (cx + r * 1.5, cy + r * 1.5)], fill, 4)

    def avatar(self, x, y, s, label, bg, square=False, fg=(255, 255, 255)) -> None:
        if square:
            self.box((x, y, x + s, y + s), s * 0.14, bg)
        else:
            self.dot(x + s / 2, y + s / 2, s / 2, bg)
        if label:
            self.text(
                x + s / 2, y + s / 2, label[:1], s * 0.42 / self.k, fg, "sans", "mm", record=False
            )
