"""Set 27's screens to images: SVG shot by Chromium, then aged in Pillow where a wrap asks."""

from __future__ import annotations

import base64
import io
import math
import os
import random
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from tests.blindgen27.model import Case, Screen
from tests.blindgen27.paint import paint
from tests.chromium import CHROMIUM, CHROMIUM_ARGS


def shoot(svg: str, w: int, h: int) -> Image.Image:
    with tempfile.TemporaryDirectory(prefix="bg27-") as tmp:
        src, png = Path(tmp) / "page.svg", Path(tmp) / "page.png"
        src.write_text(svg, encoding="utf-8")
        subprocess.run(
            [CHROMIUM, "--headless", *CHROMIUM_ARGS, "--hide-scrollbars",
             "--force-device-scale-factor=1", f"--window-size={w},{h}",
             f"--screenshot={png}", src.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        return Image.open(png).convert("RGB").crop((0, 0, w, h))


def jpeg(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def photographed(img: Image.Image, seed: int) -> Image.Image:
    """The screen as another phone's camera saw it: tilt, blur, glare, moiré, a desk around."""
    rnd = random.Random(seed)
    w, h = img.size
    out_w, out_h = int(w * 1.1), int(h * 1.06)
    desk = Image.new("RGB", (out_w, out_h), (86, 74, 62))
    d = ImageDraw.Draw(desk)
    for y in range(0, out_h, 7):
        d.line([(0, y), (out_w, y + 30)], fill=(80 + rnd.randint(0, 12), 70, 58))
    # A perspective: the top edge a little narrower than the bottom.
    dx = w * rnd.uniform(0.03, 0.06)
    quad = (dx, 0, 0, h, w, h, w - dx * 0.6, 0)
    coeffs = _coeffs([(0, 0), (0, h), (w, h), (w, 0)], [quad[0:2], quad[2:4], quad[4:6], quad[6:8]])
    tilted = img.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(86, 74, 62))
    tilted = tilted.rotate(rnd.uniform(-2.2, 2.2), resample=Image.BICUBIC, expand=False,
                           fillcolor=(86, 74, 62))  # fmt: skip
    desk.paste(tilted, ((out_w - w) // 2, (out_h - h) // 2))
    img = desk.filter(ImageFilter.GaussianBlur(rnd.uniform(0.8, 1.3)))
    # Moiré: faint interference bands; glare: a soft bright ellipse.
    over = Image.new("L", img.size, 0)
    od = ImageDraw.Draw(over)
    period = rnd.uniform(9, 13)
    for y in range(img.size[1]):
        v = int(14 * (1 + math.sin(y / period + math.sin(y / 300))))
        od.line([(0, y), (img.size[0], y)], fill=v)
    img = Image.composite(Image.new("RGB", img.size, (255, 255, 255)), img, over)
    glare = Image.new("L", img.size, 0)
    gx, gy = rnd.randint(img.size[0] // 2, img.size[0]), rnd.randint(0, img.size[1] // 3)
    ImageDraw.Draw(glare).ellipse([gx - 300, gy - 220, gx + 300, gy + 220], fill=80)
    glare = glare.filter(ImageFilter.GaussianBlur(120))
    img = Image.composite(Image.new("RGB", img.size, (255, 255, 250)), img, glare)
    img = img.resize((int(img.size[0] * 0.8), int(img.size[1] * 0.8)), Image.LANCZOS)
    return jpeg(img, rnd.randint(52, 66))


def _coeffs(src, dst):
    """Perspective coefficients mapping output points dst back to input points src."""
    import numpy as np

    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=float)
    b = np.array([c for p in src for c in p], dtype=float)
    return np.linalg.solve(a, b).tolist()


def image_of(s: Screen, seed: int) -> Image.Image:
    if s.inner is not None and "inner_uri" not in s.extra:
        inner = image_of(s.inner, seed + 1)
        # A relative's capture sent through a chat: shrunk and recompressed before it came.
        inner = inner.resize((inner.width * 2 // 3, inner.height * 2 // 3), Image.LANCZOS)
        inner = jpeg(inner, 58)
        buf = io.BytesIO()
        inner.save(buf, "JPEG", quality=70)
        s.extra["inner_uri"] = "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode()
    img = shoot(paint(s).doc(), s.width, s.height)
    if s.wrap == "photo27":
        img = photographed(img, seed)
    elif s.wrap == "lowres27":
        width = s.extra.get("low", 640)
        img = img.resize((width, round(img.height * width / img.width)), Image.LANCZOS)
    return img


def render_case(case: Case, out_dir: Path, phone: str = "") -> list[Path]:
    """Every screen of the case as an image file named the way phones name them."""
    out = Path(out_dir) / case.key
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, s in enumerate(case.screens):
        img = image_of(s, seed=sum(map(ord, case.key)) + i * 7)
        path = out / s.name
        if path.suffix.lower() in (".jpg", ".jpeg"):
            img.save(path, "JPEG", quality=s.extra.get("quality", 82))
        else:
            img.save(path, "PNG")
        taken = s.captured
        if "viewer_clock" in s.extra:  # the viewer was captured later that day
            hour, minute = map(int, s.extra["viewer_clock"].split(":"))
            taken = taken.replace(hour=hour, minute=minute)
        stamp = taken.timestamp()
        os.utime(path, (stamp, stamp))
        paths.append(path)
    return paths
