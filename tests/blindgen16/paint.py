"""Pillow painter: a phone skin's status bar, header, bubbles, rows and papers from blocks."""

from __future__ import annotations

import random
import unicodedata
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from tests.blindgen16.apps import Block, blocks
from tests.blindgen16.model import Screen

_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc"
_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-{}.ttc"

# Phone skins: width, colours, header shape and where the clock sits.
SKINS: dict[str, dict] = {
    "oxygen16": dict(w=1080, bg="#FFFFFF", fg="#1A1A1A", dim="#8A8A8A", inb="#F2F2F2",
                     inf="#1A1A1A", outb="#EB0029", outf="#FFFFFF", r=14, head="left",
                     clock="left"),
    "flyme916": dict(w=1080, bg="#F4F5F9", fg="#202124", dim="#9AA0A6", inb="#FFFFFF",
                     inf="#202124", outb="#3C8CFF", outf="#FFFFFF", r=22, head="round",
                     clock="left"),
    "glass16": dict(w=1179, bg="#DCE6F5", fg="#111111", dim="#6E6E73", inb="#F5F5F8",
                    inf="#111111", outb="#0A84FF", outf="#FFFFFF", r=20, head="pill",
                    clock="ios"),
    "wp16": dict(w=768, bg="#000000", fg="#FFFFFF", dim="#A0A0A0", inb="#3A3A3A",
                 inf="#FFFFFF", outb="#1BA1E2", outf="#FFFFFF", r=0, head="metro",
                 clock="right"),
    "meego16": dict(w=720, bg="#141414", fg="#EDEDED", dim="#8C8C8C", inb="#2E2E2E",
                    inf="#EDEDED", outb="#5A8F29", outf="#FFFFFF", r=10, head="bar",
                    clock="left"),
}  # fmt: skip


_EMOJI = "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"


@lru_cache(maxsize=32)
def emoji(ch: str, size: int) -> Image.Image:
    """A colour emoji as phones draw it (the CJK faces have none): a bitmap scaled to size."""
    face = ImageFont.truetype(_EMOJI, 109)  # the only size the bitmap font holds
    tile = Image.new("RGBA", (136, 128), (0, 0, 0, 0))
    ImageDraw.Draw(tile).text((0, 0), ch, font=face, embedded_color=True)
    return tile.resize((round(size * 136 / 128), size), Image.LANCZOS)


def is_emoji(ch: str) -> bool:
    return unicodedata.category(ch) == "So" and ord(ch) > 0x2000


@lru_cache(maxsize=64)
def font(size: int, bold: bool = False, serif: bool = False) -> ImageFont.FreeTypeFont:
    path = (_SERIF if serif else _SANS).format("Bold" if bold else "Regular")
    return ImageFont.truetype(path, size, index=2)  # index 2: the SC face


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Lines no wider than width; every character kept, breaking anywhere (CJK text)."""
    lines, line = [], ""
    for ch in text:
        if line and face.getlength(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line] if line else lines


class Painter:
    def __init__(self, screen: Screen):
        self.screen = screen
        self.k = SKINS[screen.skin]
        self.w = self.k["w"]
        self.u = self.w / 360  # one dp
        self.ops: list = []  # (draw callable) appended in a first pass that measures
        self.pastes: list = []  # (emoji tile, where) laid over the drawing
        self.y = 0.0

    def px(self, dp: float) -> int:
        return round(dp * self.u)

    def text_op(self, xy, text, face, fill, anchor="la"):
        self.ops.append(lambda d: d.text(xy, text, font=face, fill=fill, anchor=anchor))

    def status(self) -> None:
        k, s, h = self.k, self.screen, self.px(30)
        face = font(self.px(13), bold=k["clock"] == "ios")
        mid = h // 2
        right = f"{s.net}  {s.battery}%"
        if k["clock"] == "right":
            self.text_op((self.w - self.px(12), mid), s.clock, face, k["fg"], "rm")
            self.text_op((self.px(12), mid), f"▂▄▆ {s.net}  {s.battery}%", face, k["fg"], "lm")
        else:
            x = self.px(30) if k["clock"] == "ios" else self.px(14)
            self.text_op((x, mid), s.clock, face, k["fg"], "lm")
            self.text_op((self.w - self.px(14), mid), right, face, k["fg"], "rm")
        self.y = h

    def header(self, b: Block) -> None:
        k, u = self.k, self.u
        style = k["head"]
        if style == "round":  # Flyme 9: a big rounded card, title large and left
            top, h = self.y + 6 * u, 78 * u
            self.ops.append(
                lambda d: d.rounded_rectangle(
                    (8 * u, top, self.w - 8 * u, top + h), radius=26 * u, fill="#FFFFFF"
                )
            )
            self.text_op((24 * u, top + h / 2), b.text, font(self.px(26), True), k["fg"], "lm")
            self.y = top + h + 8 * u
        elif style == "pill":  # liquid glass: a translucent pill, title centred
            top, h = self.y + 4 * u, 44 * u
            self.ops.append(
                lambda d: d.rounded_rectangle(
                    (60 * u, top, self.w - 60 * u, top + h),
                    radius=22 * u,
                    fill="#F3F6FB",
                    outline="#FFFFFF",
                    width=2,
                )
            )
            self.ops.append(
                lambda d: d.ellipse(
                    (12 * u, top + 4 * u, 48 * u, top + 40 * u), fill="#F3F6FB", outline="#FFFFFF"
                )
            )
            self.text_op((30 * u, top + h / 2), "‹", font(self.px(22)), "#0A84FF", "mm")
            self.text_op((self.w / 2, top + h / 2), b.text, font(self.px(16), True), k["fg"], "mm")
            self.y = top + h + 10 * u
        elif style == "metro":  # Windows 10 Mobile: small caps app name, big light title
            self.text_op((12 * u, self.y + 6 * u), b.text, font(self.px(30)), k["fg"])
            self.y += 50 * u
        elif style == "bar":  # MeeGo: a flat grey bar with the title in it
            top = self.y
            self.ops.append(lambda d: d.rectangle((0, top, self.w, top + 52 * u), fill="#2A2A2A"))
            self.text_op((16 * u, top + 26 * u), b.text, font(self.px(19)), k["fg"], "lm")
            self.y += 58 * u
        else:  # OxygenOS: arrow and a large bold left title
            self.text_op((14 * u, self.y + 26 * u), "←", font(self.px(20)), k["fg"], "lm")
            self.text_op((48 * u, self.y + 26 * u), b.text, font(self.px(21), True), k["fg"], "lm")
            self.y += 56 * u

    def lines(self, text, face, width, x, fill, gap=1.35, anchor="la"):
        for line in wrap(text, face, width):
            self.text_op((x, self.y), line, face, fill, anchor)
            self.y += face.size * gap

    def bubble(self, b: Block) -> None:
        k, u = self.k, self.u
        out = b.kind == "out"
        face = font(self.px(15))
        rows = wrap(b.text, face, int(self.w * 0.62))
        tw = max(face.getlength(r) for r in rows)
        h = len(rows) * face.size * 1.4 + 16 * u
        avatar = 36 * u
        x0 = self.w - 14 * u - tw - 24 * u - (avatar + 8 * u) if out else 14 * u + avatar + 8 * u
        top = self.y + 4 * u
        fill, ink = (k["outb"], k["outf"]) if out else (k["inb"], k["inf"])
        if b.kind == "card":
            fill, ink = "#F59A23", "#FFFFFF"
        ax = self.w - 14 * u - avatar if out else 14 * u
        colour = "#7A9CC6" if out else "#C68A7A"
        self.ops.append(
            lambda d: d.rounded_rectangle(
                (ax, top, ax + avatar, top + avatar), radius=k["r"] and 8 * u, fill=colour
            )
        )
        self.ops.append(
            lambda d: d.rounded_rectangle(
                (x0, top, x0 + tw + 24 * u, top + h), radius=k["r"] * u / 2, fill=fill
            )
        )
        y = top + 8 * u
        for row in rows:
            x = x0 + 12 * u
            for ch in row:  # glyph by glyph, so an emoji can be laid in as a picture
                if is_emoji(ch):
                    self.pastes.append(
                        (emoji(ch, face.size), (round(x), round(y + face.size * 0.2)))
                    )
                else:
                    self.text_op((x, y), ch, face, ink)
                x += face.getlength(ch)
            y += face.size * 1.4
        self.y = top + max(h, avatar) + 8 * u

    def row(self, b: Block) -> None:
        k, u = self.k, self.u
        top = self.y + 8 * u
        red = "#E53935" if b.sub and any(w in b.sub for w in ("催收", "骚扰", "诈骗")) else k["fg"]
        self.text_op((18 * u, top), b.text, font(self.px(16)), red)
        self.text_op((self.w - 16 * u, top + 2 * u), b.right, font(self.px(13)), k["dim"], "ra")
        if b.sub:
            self.text_op((18 * u, top + 24 * u), b.sub, font(self.px(12)), k["dim"])
        self.y = top + (48 if b.sub else 34) * u
        line_y = self.y - 2 * u
        self.ops.append(lambda d: d.line((18 * u, line_y, self.w, line_y), fill="#D0D0D0"))

    def table(self, b: Block) -> None:
        u, face = self.u, font(self.px(12))
        top = self.y + 6 * u
        cells = [b.text, *b.right.split("|"), b.sub]
        xs = [10, 112, 226, 300]
        for x, cell in zip(xs, cells, strict=False):
            self.text_op((x * u, top), cell, face, self.k["fg"])
        self.y = top + 26 * u
        line_y = self.y - 3 * u
        self.ops.append(lambda d: d.line((8 * u, line_y, self.w - 8 * u, line_y), fill="#DDDDDD"))

    def tab(self, b: Block) -> None:
        u, k = self.u, self.k
        top = self.y + 10 * u
        self.ops.append(
            lambda d: d.rounded_rectangle(
                (10 * u, top, self.w - 10 * u, top + 40 * u),
                radius=20 * u * (k["r"] > 0),
                outline=k["dim"],
                width=max(1, self.px(1)),
            )
        )
        words = b.text.split()
        step = (self.w - 20 * u) / len(words)
        for i, word in enumerate(words):
            x = 10 * u + step * (i + 0.5)
            self.text_op((x, top + 20 * u), word, font(self.px(14)), k["dim"], "mm")
        self.y = top + 50 * u

    def paint(self) -> Image.Image:
        k, u = self.k, self.u
        self.status()
        items = blocks(self.screen)
        tail = len(items)
        while tail and items[tail - 1].kind == "tab":
            tail -= 1
        for i, b in enumerate(items):
            if i == tail and not self.screen.long:  # the input bar sits at the screen's foot
                self.y = max(self.y, self.w * 2.0 - (len(items) - tail) * 50 * u - 24 * u)
            if b.kind == "label":
                self.text_op((12 * u, self.y + 6 * u), b.text, font(self.px(11), True), k["dim"])
                self.y += 18 * u
            elif b.kind == "header":
                self.header(b)
            elif b.kind == "sub":
                self.y -= 4 * u
                self.lines(b.text, font(self.px(12)), self.w, self.w / 2, k["dim"], anchor="ma")
            elif b.kind == "sys":
                self.y += 6 * u
                self.lines(
                    b.text, font(self.px(12)), int(self.w * 0.8), self.w / 2, k["dim"], anchor="ma"
                )
            elif b.kind == "name":
                self.text_op((58 * u, self.y + 4 * u), b.text, font(self.px(12)), k["dim"])
                self.y += 20 * u
            elif b.kind in ("in", "out", "card"):
                self.bubble(b)
            elif b.kind == "row":
                self.row(b)
            elif b.kind == "table":
                self.table(b)
            elif b.kind == "tab":
                self.tab(b)
            else:  # para
                self.y += 6 * u
                self.lines(b.text, font(self.px(15)), int(self.w - 36 * u), 18 * u, k["fg"], 1.5)
        height = max(int(self.y + 24 * u), int(self.w * 2.0))
        img = Image.new("RGB", (self.w, height), k["bg"])
        if k["head"] == "pill":  # a soft wash behind the glass
            wash = Image.linear_gradient("L").resize((self.w, height))
            img = Image.composite(Image.new("RGB", img.size, "#EFE4F7"), img, wash)
        draw = ImageDraw.Draw(img)
        for op in self.ops:
            op(draw)
        for tile, where in self.pastes:
            img.paste(tile, where, tile)
        return img


def paper(screen: Screen) -> Image.Image:
    """A paper (ID card, letter) photographed on a desk: tilted, soft, noisy."""
    card = any("公民身份号码" in p for p in screen.paras)
    w, h = (1000, 630) if card else (1000, 1380)
    sheet = Image.new("RGB", (w, h), "#E9F0F4" if card else "#FBFAF5")
    d = ImageDraw.Draw(sheet)
    y = 40
    for i, para in enumerate(screen.paras):
        face = font(44 if i == 0 and not card else 30, bold=i == 0, serif=not card)
        for line in wrap(para, face, w - 120):
            d.text(
                (60 if i or card else w / 2, y),
                line,
                font=face,
                fill="#222222",
                anchor="la" if i or card else "ma",
            )
            y += int(face.size * 1.55)
        y += 10
    if not card:  # a red seal, as forged papers carry
        d.ellipse((w - 360, h - 380, w - 80, h - 100), outline="#D0342C", width=8)
        d.text((w - 220, h - 240), "专用章", font=font(36, True, True), fill="#D0342C", anchor="mm")
    rng = random.Random(screen.name)
    sheet = sheet.rotate(rng.uniform(-4, 4), expand=True, fillcolor="#6B5B4B")
    desk = Image.new("RGB", (sheet.width + 160, sheet.height + 200), "#6B5B4B")
    desk.paste(sheet, (80, 100))
    noise = Image.effect_noise(desk.size, 18).convert("RGB")
    return Image.blend(desk, noise, 0.06).filter(ImageFilter.GaussianBlur(0.8))


def save(screen: Screen, path: Path) -> Path:
    img = paper(screen) if screen.photo else Painter(screen).paint()
    path.parent.mkdir(parents=True, exist_ok=True)
    if screen.forwarded:  # a contact's shot sent on through a chat app: smaller, recompressed
        img = img.resize((img.width * 2 // 3, img.height * 2 // 3), Image.BILINEAR)
    if path.suffix == ".jpg":
        img.save(path, quality=60 if screen.forwarded or screen.photo else 88)
    else:
        img.save(path)
    return path
