"""Drawing a phone screen with Pillow for tests/synthetic_screens.py: fonts, light and dark
themes, and a canvas that draws top to bottom while recording its text in reading order."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from tests.screen_truth import Truth

FONT_PATH = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
BOLD_FONT_PATH = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
SC_INDEX = 2  # Simplified Chinese face inside the Noto CJK collection


@dataclass(frozen=True)
class Theme:
    background: tuple[int, int, int]
    bar: tuple[int, int, int]
    text: tuple[int, int, int]
    muted: tuple[int, int, int]
    left_bubble: tuple[int, int, int]
    right_bubble: tuple[int, int, int]
    right_text: tuple[int, int, int]
    separator: tuple[int, int, int]


LIGHT = Theme(
    (237, 237, 237), (247, 247, 247), (25, 25, 25), (150, 150, 150),
    (255, 255, 255), (149, 236, 105), (25, 25, 25), (220, 220, 220),
)  # fmt: skip
DARK = Theme(
    (17, 17, 17), (30, 30, 30), (220, 220, 220), (120, 120, 120),
    (44, 44, 44), (60, 165, 90), (15, 15, 15), (50, 50, 50),
)  # fmt: skip


def load_font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(BOLD_FONT_PATH if bold else FONT_PATH), size, index=SC_INDEX)


class Canvas:
    """A screen being drawn top to bottom, recording its text in reading order."""

    def __init__(self, rng: random.Random, width: int, dark: bool) -> None:
        self.rng = rng
        self.width = width
        self.scale = width / 1080
        self.theme = DARK if dark else LIGHT
        self.height = int(width * rng.uniform(1.9, 2.1))
        self.image = Image.new("RGB", (width, self.height), self.theme.background)
        self.draw = ImageDraw.Draw(self.image)
        self.y = 0
        self.truth = Truth()
        self.body = load_font(int(44 * self.scale))
        self.small = load_font(int(36 * self.scale))
        self.title = load_font(int(50 * self.scale), bold=True)

    def px(self, value: float) -> int:
        return int(value * self.scale)

    def fits(self, height: int) -> bool:
        return self.y + height < self.height - self.px(60)

    def status_bar(self, clock: str) -> None:
        self.draw.rectangle((0, 0, self.width, self.px(90)), fill=self.theme.bar)
        self.draw.text((self.px(40), self.px(20)), clock, font=self.small, fill=self.theme.text)
        # Battery glyph: a shape, not text.
        x = self.width - self.px(120)
        self.draw.rectangle((x, self.px(32), x + self.px(70), self.px(62)), outline=self.theme.text)
        self.truth.lines.append(clock)
        hour, minute = clock.split(":")
        self.truth.times.add(f"{int(hour):02d}:{minute}")
        self.y = self.px(90)

    def header(self, title: str) -> None:
        top = self.y
        self.draw.rectangle((0, top, self.width, top + self.px(130)), fill=self.theme.bar)
        self.draw.text((self.px(40), top + self.px(38)), "<", font=self.title, fill=self.theme.text)
        box = self.draw.textbbox((0, 0), title, font=self.title)
        x = (self.width - (box[2] - box[0])) // 2
        self.draw.text((x, top + self.px(36)), title, font=self.title, fill=self.theme.text)
        self.draw.line(
            (0, top + self.px(130), self.width, top + self.px(130)), fill=self.theme.separator
        )
        self.truth.lines.append(title)
        self.y = top + self.px(150)

    def centered(self, text: str) -> None:
        box = self.draw.textbbox((0, 0), text, font=self.small)
        x = (self.width - (box[2] - box[0])) // 2
        self.draw.text((x, self.y + self.px(20)), text, font=self.small, fill=self.theme.muted)
        self.truth.lines.append(text)
        self.y += self.px(90)

    def _wrap(self, text: str, font: ImageFont.FreeTypeFont, limit: int) -> list[str]:
        lines, current = [], ""
        for char in text:
            if self.draw.textlength(current + char, font=font) > limit and current:
                lines.append(current)
                current = char
            else:
                current += char
        return [*lines, current] if current else lines

    def merge(self, pending: Truth) -> None:
        """Record entities of an element only once it was actually drawn."""
        for name in ("phones", "dates", "times", "amounts", "platforms", "threats"):
            getattr(self.truth, name).update(getattr(pending, name))

    def bubble(self, text: str, right: bool, pending: Truth | None = None) -> bool:
        limit = int(self.width * 0.62)
        lines = self._wrap(text, self.body, limit)
        line_height = self.px(62)
        height = line_height * len(lines) + self.px(44)
        if not self.fits(height + self.px(40)):
            return False
        widest = max(int(self.draw.textlength(line, font=self.body)) for line in lines)
        avatar = self.px(100)
        top = self.y + self.px(20)
        if right:
            x1 = self.width - self.px(40) - avatar - self.px(24)
            x0 = x1 - widest - self.px(56)
            avatar_x = self.width - self.px(40) - avatar
            fill, color = self.theme.right_bubble, self.theme.right_text
        else:
            x0 = self.px(40) + avatar + self.px(24)
            x1 = x0 + widest + self.px(56)
            avatar_x = self.px(40)
            fill, color = self.theme.left_bubble, self.theme.text
        shade = self.rng.randrange(90, 200)
        avatar_color = (shade, self.rng.randrange(80, 200), self.rng.randrange(80, 220))
        self.draw.rounded_rectangle(
            (avatar_x, top, avatar_x + avatar, top + avatar), radius=self.px(12), fill=avatar_color
        )
        self.draw.rounded_rectangle((x0, top, x1, top + height), radius=self.px(14), fill=fill)
        for index, line in enumerate(lines):
            y = top + self.px(18) + index * line_height
            self.draw.text((x0 + self.px(28), y), line, font=self.body, fill=color)
        self.truth.lines.extend(lines)
        if pending is not None:
            self.merge(pending)
        self.y = top + max(height, avatar) + self.px(10)
        return True

    def row(self, left: str, right: str, below: str, pending: Truth) -> bool:
        height = self.px(170)
        if not self.fits(height):
            return False
        top = self.y
        self.draw.text((self.px(48), top + self.px(24)), left, font=self.body, fill=self.theme.text)
        box = self.draw.textbbox((0, 0), right, font=self.small)
        x = self.width - self.px(48) - (box[2] - box[0])
        self.draw.text((x, top + self.px(30)), right, font=self.small, fill=self.theme.muted)
        self.draw.text(
            (self.px(48), top + self.px(96)), below, font=self.small, fill=self.theme.muted
        )
        self.draw.line(
            (self.px(48), top + height, self.width, top + height), fill=self.theme.separator
        )
        self.truth.lines.extend([f"{left} {right}", below])
        self.merge(pending)
        self.y = top + height
        return True
