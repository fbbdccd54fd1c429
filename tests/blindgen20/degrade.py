"""What happens to a screenshot after it is taken: photographed by another phone, forwarded
(downscaled, recompressed), stitched into a long capture, cropped, ringed in red, mosaicked."""

from __future__ import annotations

import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter


def _coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """PIL's perspective coefficients mapping the output quad dst back onto src."""
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=float)
    b = np.array([c for p in src for c in p], dtype=float)
    return list(np.linalg.solve(a, b))


def photo_of_screen(shot: Image.Image, tilt: float = 0.05) -> Image.Image:
    """Another phone's photo of this screen: dark body, faint moiré, glare, a few degrees of
    perspective, slight blur, a desk around it."""
    w, h = shot.size
    screen = shot.convert("RGB").copy()
    lines = ImageDraw.Draw(screen, "RGBA")
    for y in range(0, h, 5):  # moiré: the camera's grid beating against the pixels
        shade = int(14 + 10 * math.sin(y / 37.0))
        lines.line([(0, y), (w, y + int(w * 0.02))], fill=(40, 40, 60, shade))
    glare = Image.new("L", (w, h), 0)
    gd = ImageDraw.Draw(glare)
    for i in range(0, w + h, 4):
        gd.line([(i, 0), (0, i)], fill=max(0, 70 - abs(i - int(0.6 * w)) // 8), width=4)
    screen = Image.composite(Image.new("RGB", (w, h), "white"), screen, glare)
    border = int(w * 0.05)
    body = Image.new("RGB", (w + 2 * border, h + 2 * border), (20, 20, 22))
    body.paste(screen, (border, border))
    bw, bh = body.size
    pad = int(bw * 0.12)
    canvas = Image.new("RGB", (bw + 2 * pad, bh + 2 * pad), (118, 104, 92))
    mask = Image.new("L", body.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, bw, bh), int(border * 2.2), fill=255)
    canvas.paste(body, (pad, pad), mask)
    cw, ch = canvas.size
    d = tilt * cw
    dst = [(d, d * 0.6), (cw - d * 0.2, 0), (cw, ch), (d * 0.5, ch - d * 0.4)]
    src = [(0, 0), (cw, 0), (cw, ch), (0, ch)]
    warped = canvas.transform(
        canvas.size, Image.PERSPECTIVE, _coeffs(src, dst), Image.BICUBIC, fillcolor=(90, 80, 70)
    )
    return warped.filter(ImageFilter.GaussianBlur(1.3)).resize((int(cw * 0.8), int(ch * 0.8)))


def photo_of_paper(page: Image.Image, angle: float) -> Image.Image:
    """A paper photographed on a desk: turned a little, softened."""
    turned = page.rotate(angle, Image.BICUBIC, expand=True, fillcolor=(93, 83, 72))
    return turned.filter(ImageFilter.GaussianBlur(0.8))


def forwarded(shot: Image.Image) -> Image.Image:
    """Sent through a chat app: about 60% of its size, JPEG quality 55."""
    small = shot.convert("RGB").resize(
        (int(shot.width * 0.6), int(shot.height * 0.6)), Image.LANCZOS
    )
    buf = io.BytesIO()
    small.save(buf, "JPEG", quality=55)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def stitched(tall: Image.Image, base: int, overlap: int) -> Image.Image:
    """A long capture from three screens whose seams repeat `overlap` pixels of rows."""
    parts = [
        tall.crop((0, i * (base - overlap), tall.width, i * (base - overlap) + base))
        for i in range(3)
    ]
    out = Image.new("RGB", (tall.width, 3 * base))
    for i, part in enumerate(parts):
        out.paste(part, (0, i * base))
    return out


def crop_top(shot: Image.Image, pixels: int) -> Image.Image:
    return shot.crop((0, pixels, shot.width, shot.height))


def ring(shot: Image.Image, box: tuple[float, float, float, float]) -> Image.Image:
    """A red ring and arrow drawn by hand over a part (box as fractions of the image)."""
    out = shot.convert("RGB").copy()
    w, h = out.size
    x0, y0, x1, y1 = box[0] * w, box[1] * h, box[2] * w, box[3] * h
    d = ImageDraw.Draw(out)
    d.ellipse((x0, y0, x1, y1), outline=(230, 20, 20), width=max(4, w // 180))
    d.line([(x1 + 10, y1 + 90), (x1 - 10, y1 - 6)], fill=(230, 20, 20), width=max(4, w // 180))
    d.line([(x1 - 10, y1 - 6), (x1 + 26, y1 + 8)], fill=(230, 20, 20), width=max(4, w // 180))
    return out


def mosaic(shot: Image.Image, box: tuple[int, int, int, int]) -> Image.Image:
    """Coarse pixel blocks over one part (the borrower's name)."""
    out = shot.convert("RGB").copy()
    part = out.crop(box)
    small = part.resize((max(1, part.width // 18), max(1, part.height // 18)), Image.BILINEAR)
    out.paste(small.resize(part.size, Image.NEAREST), box[:2])
    return out
