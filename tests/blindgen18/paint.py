"""Pillow painting of a screen's blocks: each skin its palette, fonts, bubble shapes and bars."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from tests.blindgen18.layout import Block

_FONTS = "/usr/share/fonts/opentype/noto/"


@dataclass(frozen=True)
class Skin:
    width: int
    height: int
    bg: str
    fg: str
    dim: str
    accent: str
    bubble_in: str
    bubble_out: str
    ink_out: str
    serif: bool = False
    radius: int = 18  # bubble corner, in px at 360 dp
    square_avatar: bool = False


SKINS = {
    # An older MIUI-like phone: white, blue accent, flat square bubbles.
    "miuiold18": Skin(1080, 1920, "#f2f2f2", "#1b1b1b", "#8a8a8a", "#2a7ae2", "#ffffff",
                      "#3d8ef0", "#ffffff", radius=4, square_avatar=True),
    # A MagicOS-9-like phone in dark mode: rounded pills, violet accent.
    "honormagic18": Skin(1080, 2400, "#121214", "#ececec", "#8e8e93", "#8c6cff", "#26262b",
                         "#6a4de0", "#ffffff", radius=22),
    # A Nokia-X-like tiles phone: black, green tiles, squared boxes.
    "nokiatile18": Skin(720, 1280, "#000000", "#f4f4f4", "#9a9a9a", "#2fa84f", "#1f1f1f",
                        "#2fa84f", "#ffffff", radius=0, square_avatar=True),
    # An EMUI-5-like phone: pale grey, blue-green bubbles with tails.
    "emuifive18": Skin(1080, 1920, "#fafafa", "#222222", "#999999", "#0a9e8f", "#ffffff",
                       "#c8efe9", "#123b36", radius=10),
    # A luxury gold-on-black skin with serif letters.
    "goldlux18": Skin(1080, 2160, "#0d0b08", "#e8d9b0", "#9c8a60", "#c9a24a", "#1c1913",
                      "#c9a24a", "#1a1408", serif=True, radius=8),
    # An iPhone-like phone in light mode: blue and grey bubbles.
    "iospale18": Skin(1125, 2436, "#ffffff", "#000000", "#8e8e93", "#0a84ff", "#e9e9eb",
                      "#0a84ff", "#ffffff", radius=26),
}  # fmt: skip


@cache
def font(size: int, bold: bool = False, serif: bool = False) -> ImageFont.FreeTypeFont:
    name = ("NotoSerifCJK-" if serif else "NotoSansCJK-") + ("Bold" if bold else "Regular")
    return ImageFont.truetype(f"{_FONTS}{name}.ttc", size, index=2)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Lines no wider than width, breaking anywhere (CJK has no spaces to break at)."""
    lines, line = [], ""
    for ch in text:
        if ch == "\n" or (line and face.getlength(line + ch) > width):
            lines.append(line)
            line = "" if ch == "\n" else ch
        else:
            line += ch
    return [*lines, line] if line else lines


class Painter:
    """Draws blocks down a tall canvas; bars sit at the bottom of the phone's screen."""

    def __init__(self, skin_key: str, tall: bool = False) -> None:
        self.skin = SKINS[skin_key]
        self.s = self.skin.width / 360
        self.img = Image.new("RGB", (self.skin.width, 9000 if tall else 4000), self.skin.bg)
        self.draw = ImageDraw.Draw(self.img)
        self.y = 0
        self.marks: list[tuple[int, int, int, int]] = []

    def f(self, dp: float, bold: bool = False) -> ImageFont.FreeTypeFont:
        return font(round(dp * self.s), bold, self.skin.serif)

    def px(self, dp: float) -> int:
        return round(dp * self.s)

    def text(self, xy, text, dp, fill, bold=False, anchor="la"):
        self.draw.text(xy, text, font=self.f(dp, bold), fill=fill, anchor=anchor)

    def paint(self, blocks: list[Block]) -> Image.Image:
        for b in blocks:
            if b.kind == "bar" and self.y < self.skin.height - self.px(52):
                self.y = self.skin.height - self.px(52)
            getattr(self, "_" + b.kind)(b)
        height = max(self.y + self.px(8), self.skin.height)
        img = self.img.crop((0, 0, self.skin.width, height))
        for box in self.marks:  # a red ring the owner drew over what matters
            ImageDraw.Draw(img).ellipse(box, outline="#e0241b", width=self.px(2.5))
        return img

    def _status(self, b: Block) -> None:
        sk, h = self.skin, self.px(26)
        parts = b.text.split(" ")
        clock = next(p for p in parts if ":" in p)
        rest = " ".join(p for p in parts if p != clock)
        left, right = (clock, rest) if parts[0] == clock else (rest, clock)
        self.text((self.px(14), h // 2), left, 12, sk.fg, anchor="lm")
        self.text((sk.width - self.px(14), h // 2), right, 12, sk.fg, anchor="rm")
        self.y = h

    def _header(self, b: Block) -> None:
        sk, h = self.skin, self.px(52)
        top = self.y
        if sk.bg == "#000000":  # tiles phone: a green title tile
            self.draw.rectangle((0, top, sk.width, top + h), fill=sk.accent)
        else:
            self.draw.line((0, top + h, sk.width, top + h), fill=sk.dim, width=1)
        back = sk.fg if sk.bg == "#000000" else sk.accent
        self.text((self.px(16), top + h // 2), "‹", 22, back, anchor="lm")
        self.text((self.px(38), top + h // 2), b.text, 17, sk.fg, True, "lm")
        if b.sub:
            self.text((self.px(38), top + h - self.px(4)), b.sub, 10, sk.dim, anchor="ld")
        if b.right:
            self.text((sk.width - self.px(14), top + h // 2), b.right, 12, sk.accent, anchor="rm")
        self.y = top + h + self.px(8)

    def _stamp(self, b: Block) -> None:
        self.text(
            (self.skin.width // 2, self.y + self.px(10)), b.text, 11, self.skin.dim, anchor="mm"
        )
        self.y += self.px(22)

    def _receipt(self, b: Block) -> None:
        self.text(
            (self.skin.width - self.px(60), self.y - self.px(6)),
            b.text,
            10,
            self.skin.dim,
            anchor="ra",
        )
        self.y += self.px(12)

    def _sys(self, b: Block) -> None:
        face, sk = self.f(11), self.skin
        lines = wrap(b.text, face, self.px(280))
        for line in lines:
            self.text((sk.width // 2, self.y + self.px(9)), line, 11, sk.dim, anchor="mm")
            self.y += self.px(17)
        self.y += self.px(6)

    def _avatar(self, x: int, y: int, who: str) -> None:
        box = (x, y, x + self.px(36), y + self.px(36))
        tint = ["#e57373", "#64b5f6", "#81c784", "#ffb74d", "#ba68c8"][
            sum(map(ord, who or "?")) % 5
        ]
        if self.skin.square_avatar:
            self.draw.rectangle(box, fill=tint)
        else:
            self.draw.ellipse(box, fill=tint)
        self.text((x + self.px(18), y + self.px(18)), (who or "我")[:1], 15, "#ffffff", anchor="mm")

    def _bubble(self, b: Block) -> None:
        sk, face = self.skin, self.f(15)
        lines = wrap(b.text, face, self.px(220))
        width = max(face.getlength(line) for line in lines) + self.px(24)
        if b.sub:
            width = max(width, self.f(11).getlength(b.sub) + self.px(24))
        line_h = self.px(22)
        top = self.y
        if b.who and b.named:
            self.text((self.px(60), top), b.who, 11, sk.dim)
            top += self.px(16)
        extra = self.px(20) if b.sub else 0
        height = len(lines) * line_h + self.px(16) + extra
        out = b.side == "out"
        x0 = sk.width - self.px(58) - width if out else self.px(58)
        fill = sk.bubble_out if out else sk.bubble_in
        ink = sk.ink_out if out else sk.fg
        self._avatar(sk.width - self.px(50) if out else self.px(12), top, "我" if out else b.who)
        self.draw.rounded_rectangle(
            (x0, top, x0 + width, top + height), self.px(sk.radius / 2), fill=fill
        )
        y = top + self.px(8)
        if b.sub:
            self.text((x0 + self.px(12), y), b.sub, 11, sk.dim if not out else ink)
            y += extra
        for line in lines:
            self.text((x0 + self.px(12), y), line, 15, ink)
            y += line_h
        if b.right:  # the SIM that carried it, under the bubble
            self.text((x0 + self.px(4), top + height + self.px(2)), b.right, 10, sk.accent)
            height += self.px(12)
        if b.mark:
            pad = self.px(8)
            self.marks.append((x0 - pad, top - pad, x0 + width + pad, top + height + pad))
        self.y = top + height + self.px(12)

    def _row(self, b: Block) -> None:
        sk, top = self.skin, self.y
        ink = "#e53935" if b.side == "missed" else sk.fg
        self.text((self.px(16), top + self.px(8)), b.text, 16, ink)
        if b.sub:
            self.text((self.px(16), top + self.px(32)), b.sub, 11, sk.dim)
        self.text((sk.width - self.px(16), top + self.px(16)), b.right, 11, sk.dim, anchor="rm")
        self.y = top + self.px(58)
        self.draw.line((self.px(16), self.y - 1, sk.width, self.y - 1), fill=sk.bubble_in, width=2)

    def _item(self, b: Block) -> None:
        sk, top = self.skin, self.y
        self._avatar(self.px(12), top + self.px(10), b.who)
        self.text((self.px(58), top + self.px(8)), b.who, 15, sk.fg, True)
        self.text((sk.width - self.px(14), top + self.px(16)), b.right, 10, sk.dim, anchor="rm")
        y = top + self.px(32)
        for line in wrap(b.text, self.f(12), self.px(280))[:2]:
            self.text((self.px(58), y), line, 12, sk.dim)
            y += self.px(17)
        if b.sub:
            self.text(
                (sk.width - self.px(14), top + self.px(36)), b.sub, 10, sk.accent, anchor="ra"
            )
        self.y = y + self.px(12)

    def _card(self, b: Block) -> None:
        sk, top = self.skin, self.y
        lines = wrap(b.text, self.f(13), self.px(300))
        height = self.px(44) + len(lines) * self.px(19)
        self.draw.rounded_rectangle(
            (self.px(10), top, sk.width - self.px(10), top + height), self.px(14), fill=sk.bubble_in
        )
        self.text((self.px(24), top + self.px(10)), b.who, 13, sk.fg, True)
        self.text((sk.width - self.px(24), top + self.px(10)), b.right, 10, sk.dim, anchor="ra")
        y = top + self.px(32)
        for line in lines:
            self.text((self.px(24), y), line, 13, sk.fg)
            y += self.px(19)
        self.y = top + height + self.px(8)

    def _notice(self, b: Block) -> None:
        for line in wrap(b.text, self.f(15), self.px(320)):
            self.text((self.px(20), self.y), line, 15, self.skin.fg)
            self.y += self.px(24)
        self.y += self.px(6)

    def _post(self, b: Block) -> None:
        sk, top = self.skin, self.y
        self._avatar(self.px(12), top, b.who)
        self.text((self.px(58), top), b.who, 15, "#576b95", True)
        y = top + self.px(24)
        for line in wrap(b.text, self.f(15), self.px(280)):
            self.text((self.px(58), y), line, 15, sk.fg)
            y += self.px(22)
        self.text((self.px(58), y + self.px(4)), b.right, 11, sk.dim)
        self.y = y + self.px(28)

    def _comment(self, b: Block) -> None:
        sk = self.skin
        lines = wrap(f"{b.who}：{b.text}", self.f(13), self.px(270))
        self.draw.rectangle(
            (
                self.px(58),
                self.y,
                sk.width - self.px(14),
                self.y + len(lines) * self.px(19) + self.px(6),
            ),
            fill=sk.bubble_in,
        )
        for line in lines:
            self.text((self.px(64), self.y + self.px(3)), line, 13, sk.fg)
            self.y += self.px(19)
        self.text((sk.width - self.px(20), self.y - self.px(14)), b.right, 10, sk.dim, anchor="ra")
        self.y += self.px(8)

    def _mail(self, b: Block) -> None:
        sk = self.skin
        self.text((self.px(16), self.y), "发件人：" + b.who, 13, sk.dim)
        self.text((self.px(16), self.y + self.px(20)), b.right, 11, sk.dim)
        self.y += self.px(48)
        for line in wrap(b.text, self.f(15), self.px(326)):
            self.text((self.px(16), self.y), line, 15, sk.fg)
            self.y += self.px(24)
        if b.sub:
            top = self.y + self.px(10)
            self.draw.rounded_rectangle(
                (self.px(16), top, self.px(300), top + self.px(44)),
                self.px(6),
                outline=sk.dim,
                width=2,
            )
            self.text((self.px(28), top + self.px(22)), b.sub, 12, sk.fg, anchor="lm")
            self.y = top + self.px(56)

    def _bar(self, b: Block) -> None:
        sk, h = self.skin, self.px(48)
        self.draw.rectangle((0, self.y, sk.width, self.y + h), fill=sk.bubble_in)
        words = b.text.split(" ")
        step = sk.width / len(words)
        for i, word in enumerate(words):
            self.text((round(step * (i + 0.5)), self.y + h // 2), word, 13, sk.accent, anchor="mm")
        self.y += h + self.px(4)

    def _seam(self, b: Block) -> None:
        self.draw.line(
            (0, self.y + self.px(4), self.skin.width, self.y + self.px(4)), fill="#c0c0c0", width=3
        )
        self.y += self.px(12)
