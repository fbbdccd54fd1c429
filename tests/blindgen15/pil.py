"""The Pillow painter: draws a screen's blocks as a phone would, with the Noto CJK fonts.

Pillow's rasteriser hints and spaces glyphs differently from chromium's, so these shots read
differently from every chromium-drawn set.
"""

from __future__ import annotations

import io
import random
from functools import cache

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from tests.blindgen15.layout import Block
from tests.blindgen15.skins import SKINS, Skin

_FONTS = "/usr/share/fonts/opentype/noto/NotoS{}CJK-{}.ttc"
_SC = 2  # the Simplified Chinese face in the Noto CJK collections


@cache
def font(size: int, bold: bool = False, serif: bool = False) -> ImageFont.FreeTypeFont:
    path = _FONTS.format("erif" if serif else "ans", "Bold" if bold else "Regular")
    return ImageFont.truetype(path, size, index=_SC)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Breaks text into lines that fit width, character by character as phones break CJK."""
    lines, line = [], ""
    for char in text:
        if face.getlength(line + char) > width and line:
            lines.append(line)
            line = char
        else:
            line += char
    return [*lines, line] if line else lines


def paint(items: list[Block], skin_name: str, width: int, height: int) -> Image.Image:
    """One screen; the canvas grows when a long capture's blocks need more room."""
    skin = SKINS[skin_name]
    body = font(skin.size, serif=skin.serif)
    small = font(int(skin.size * 0.72), serif=skin.serif)
    bold = font(int(skin.size * 1.1), bold=True, serif=skin.serif)
    canvas = Image.new("RGB", (width, max(height, 6000)), skin.bg)
    draw = ImageDraw.Draw(canvas)
    pad, y = 24, 0
    # The input box and soft keys sit at the foot of the screen, under an empty gap.
    foot = len(items)
    while foot > 0 and items[foot - 1].kind == "chrome":
        foot -= 1
    for item in items[:foot]:
        y = _block(draw, item, skin, width, y, pad, body, small, bold)
    bottom = max(height, y + 58 * (len(items) - foot) + pad)
    y = bottom - 58 * (len(items) - foot)
    for item in items[foot:]:
        y = _block(draw, item, skin, width, y, pad, body, small, bold)
    return canvas.crop((0, 0, width, bottom))


def _block(draw, item: Block, skin: Skin, width, y, pad, body, small, bold) -> int:
    line_h = int(skin.size * 1.45)
    if item.kind == "bar":
        draw.rectangle((0, y, width, y + 44), fill=skin.bar_bg)
        clock, *rest = item.text.split(" ")
        right = " ".join(rest)
        if skin.clock_left:
            draw.text((pad, y + 8), clock, font=small, fill=skin.bar_fg)
            draw.text(
                (width - pad - small.getlength(right), y + 8), right, font=small, fill=skin.bar_fg
            )
        else:
            text = f"{right}  {clock}"
            draw.text(
                (width - pad - small.getlength(text), y + 8), text, font=small, fill=skin.bar_fg
            )
        return y + 44
    if item.kind == "title":
        draw.rectangle((0, y, width, y + 84), fill=skin.title_bg)
        draw.text((pad, y + 20), item.text, font=bold, fill=skin.title_fg)
        return y + 84
    if item.kind == "chrome":
        words = item.text.split(" ")
        step = (width - 2 * pad) / len(words)
        draw.line((0, y, width, y), fill=skin.dim)
        for i, word in enumerate(words):
            x = pad + step * i + (step - small.getlength(word)) / 2
            draw.text((x, y + 14), word, font=small, fill=skin.dim)
        return y + 58
    if item.kind == "time":
        x = (width - small.getlength(item.text)) / 2
        draw.text((x, y + 10), item.text, font=small, fill=skin.dim)
        return y + 46
    if item.kind == "name":
        draw.text((pad, y + 6), item.text, font=small, fill=skin.dim)
        return y + 36
    if item.kind in ("in", "out"):
        lines = wrap(item.text, body, int(width * 0.68))
        box_w = max(body.getlength(line) for line in lines) + 32
        box_h = line_h * len(lines) + 20
        x = pad if item.kind == "in" else width - pad - box_w
        fill, ink = (skin.in_bg, skin.fg) if item.kind == "in" else (skin.out_bg, skin.out_fg)
        draw.rounded_rectangle((x, y + 6, x + box_w, y + 6 + box_h), radius=14, fill=fill)
        for i, line in enumerate(lines):
            draw.text((x + 16, y + 14 + i * line_h), line, font=body, fill=ink)
        return y + box_h + 18
    if item.kind == "row":
        draw.text((pad, y + 12), item.text, font=body, fill=skin.fg)
        draw.text((pad, y + 14 + line_h), item.sub, font=small, fill=skin.dim)
        draw.text(
            (width - pad - small.getlength(item.right), y + 16),
            item.right,
            font=small,
            fill=skin.dim,
        )
        bottom = y + 22 + line_h * 2
        draw.line((pad, bottom, width - pad, bottom), fill=skin.in_bg)
        return bottom
    if item.kind == "card":
        lines = wrap(item.sub, body, width - 2 * pad - 40)
        box_h = 64 + line_h * len(lines)
        draw.rounded_rectangle((pad, y + 8, width - pad, y + 8 + box_h), radius=22, fill=skin.in_bg)
        draw.text((pad + 20, y + 18), item.text, font=small, fill=skin.dim)
        draw.text(
            (width - pad - 20 - small.getlength(item.right), y + 18),
            item.right,
            font=small,
            fill=skin.dim,
        )
        for i, line in enumerate(lines):
            draw.text((pad + 20, y + 54 + i * line_h), line, font=body, fill=skin.fg)
        return y + box_h + 16
    if item.kind == "comment":
        draw.text((pad, y + 8), f"{item.sub}：", font=small, fill="#3d6eb4")
        lines = wrap(item.text, body, width - 2 * pad)
        for i, line in enumerate(lines):
            draw.text((pad, y + 40 + i * line_h), line, font=body, fill=skin.fg)
        bottom = y + 44 + line_h * len(lines)
        draw.text(
            (width - pad - small.getlength(item.right), y + 8),
            item.right,
            font=small,
            fill=skin.dim,
        )
        return bottom + 6
    face = bold if item.kind == "head" else body
    lines = wrap(item.text, face, width - 2 * pad)
    for i, line in enumerate(lines):
        draw.text((pad, y + 10 + i * line_h), line, font=face, fill=skin.fg)
    return y + 20 + line_h * len(lines)


def photograph(image: Image.Image, seed: int) -> Image.Image:
    """A camera photo of a screen or paper held at an angle: keystone, blur and a desk around it."""
    rng = random.Random(seed)
    w, h = image.size
    desk = Image.new("RGB", (int(w * 1.25), int(h * 1.2)), (118, 96, 74))
    desk.paste(image, (int(w * 0.12), int(h * 0.1)))
    dw, dh = desk.size
    lean = rng.uniform(0.05, 0.09)
    quad = (dw * lean, 0, 0, dh, dw, dh, dw * (1 - lean * 0.6), dh * 0.02)
    bent = desk.transform((dw, dh), Image.Transform.QUAD, quad, Image.Resampling.BICUBIC)
    return bent.filter(ImageFilter.GaussianBlur(0.8))


def jpeg(image: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()
