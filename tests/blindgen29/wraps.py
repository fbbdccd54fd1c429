"""How a shot reaches the lawyer: photographed by hand, recompressed twice, or in a 相册 editor."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter

from tests.blindgen29.canvas import font
from tests.blindgen29.model import Screen
from tests.blindgen29.pages import Shot, paint_screen

EDITOR_TOOLS = ("裁剪", "旋转", "标注", "滤镜", "调节")


def _jpeg(img: Image.Image, q: int) -> Image.Image:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=q)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def tilt(img: Image.Image, seed: int) -> Image.Image:
    """The screen photographed by another phone held by hand: tilted, keystoned, lit unevenly."""
    rnd = random.Random(seed)
    w, h = img.size
    W, H = round(w * 1.16), round(h * 1.1)
    bg = Image.new("RGB", (W, H), (88, 70, 52))
    d = ImageDraw.Draw(bg)
    for y in range(0, H, 7):
        tone = 70 + int(20 * ((y * 13) % 37) / 37)
        d.line(
            [(0, y), (W, y + rnd.randint(-6, 6))], fill=(tone + 30, tone + 12, tone - 8), width=5
        )
    bezel = Image.new("RGB", (w + 60, h + 60), (18, 18, 20))
    bezel.paste(img, (30, 30))
    dx = w * 0.035
    quad = (-dx, -20, -dx * 0.2, h + 80, w + 60 + dx * 0.3, h + 70, w + 60 + dx, -10)
    warped = bezel.transform(bezel.size, Image.QUAD, quad, Image.BICUBIC, fillcolor=(88, 70, 52))
    warped = warped.rotate(
        rnd.uniform(2.2, 3.6), Image.BICUBIC, expand=False, fillcolor=(88, 70, 52)
    )
    bg.paste(warped, ((W - warped.width) // 2, (H - warped.height) // 2))
    glare = Image.new("L", (W, H), 0)
    gd = ImageDraw.Draw(glare)
    for i in range(60):
        gd.ellipse(
            (W * 0.5 - i * 14, H * 0.2 - i * 10, W * 0.5 + i * 14, H * 0.2 + i * 10),
            fill=max(0, 60 - i),
        )
    bg = Image.composite(
        Image.new("RGB", (W, H), (255, 255, 250)), bg, glare.filter(ImageFilter.GaussianBlur(40))
    )
    bg = bg.filter(ImageFilter.GaussianBlur(1.1))
    return _jpeg(bg, 80)


def recompress(img: Image.Image) -> Image.Image:
    """Shared through a chat app twice: shrunk and recompressed each time."""
    w, h = img.size
    once = _jpeg(img.resize((round(w * 0.72), round(h * 0.72)), Image.BILINEAR), 64)
    w, h = once.size
    return _jpeg(once.resize((round(w * 0.9), round(h * 0.9)), Image.BILINEAR), 56)


def editor(img: Image.Image | None, s: Screen, texts: list[str]) -> Image.Image | None:
    """A screenshot open in the 相册 editor's crop tool, photographed as another screenshot."""
    texts += ["取消", "完成", *EDITOR_TOOLS]
    if img is None:
        return None
    W, H = s.width, s.height
    u = W / 1080
    out = Image.new("RGB", (W, H), (0, 0, 0))
    d = ImageDraw.Draw(out)
    inner_h = H - round(560 * u)
    scale = inner_h / img.height
    iw = round(img.width * scale)
    x0, y0 = (W - iw) // 2, round(200 * u)
    out.paste(img.resize((iw, inner_h), Image.LANCZOS), (x0, y0))
    x1, y1 = x0 + iw, y0 + inner_h
    d.rectangle((x0, y0, x1, y1), outline=(255, 255, 255), width=max(2, round(3 * u)))
    for i in (1, 2):
        d.line([(x0 + iw * i / 3, y0), (x0 + iw * i / 3, y1)], fill=(200, 200, 200), width=1)
        d.line(
            [(x0, y0 + inner_h * i / 3), (x1, y0 + inner_h * i / 3)], fill=(200, 200, 200), width=1
        )
    L, t = round(60 * u), round(10 * u)
    for cx, cy, sx, sy in ((x0, y0, 1, 1), (x1, y0, -1, 1), (x0, y1, 1, -1), (x1, y1, -1, -1)):
        d.line([(cx, cy + sy * L), (cx, cy), (cx + sx * L, cy)], fill=(255, 255, 255), width=t)
    f = font(round(34 * u))
    d.text((round(60 * u), round(100 * u)), "取消", font=f, fill=(255, 255, 255), anchor="lm")
    d.text((W - round(60 * u), round(100 * u)), "完成", font=f, fill=(255, 204, 0), anchor="rm")
    step = W / len(EDITOR_TOOLS)
    for i, word in enumerate(EDITOR_TOOLS):
        cx = step * (i + 0.5)
        c = (255, 204, 0) if i == 0 else (220, 220, 220)
        d.rounded_rectangle(
            (cx - 24 * u, H - 250 * u, cx + 24 * u, H - 202 * u), radius=8, outline=c, width=3
        )
        d.text((cx, H - 150 * u), word, font=font(round(26 * u)), fill=c, anchor="mm")
    return out


def paint(s: Screen, paint: bool = True) -> Shot:
    """The screen as its file holds it (wrap applied); texts: every string drawn."""
    shot = paint_screen(s, paint)
    img = shot.img
    if s.wrap == "editor29":
        img = editor(img, s, shot.texts)
    elif img is not None and s.wrap == "tilt29":
        img = tilt(img, len(s.name))
    elif img is not None and s.wrap == "recomp29":
        img = recompress(img)
    return Shot(img, shot.texts)
