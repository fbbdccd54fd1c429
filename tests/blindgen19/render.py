"""Draw a case of the nineteenth set: chromium shoots each page, Pillow does what phones do after.

Forwarded shots are shrunk and recompressed, photos are tilted and softened, a long capture is
three overlapping windows stacked with the overlap repeated, and a ring, a highlighter stroke or
a mosaic can go over one item.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from playwright.sync_api import sync_playwright

from tests.blindgen19.model import Case, Screen
from tests.blindgen19.pages import page_html
from tests.blindgen19.skins import GEOMETRY, HEIGHT


def _jpeg(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def _stitch(img: Image.Image) -> Image.Image:
    """Three windows of one tall page stacked, each repeating a band of the last at the seam."""
    band = 0.15
    window = int(img.height / (3 - 2 * band))
    tops = [0, int(window * (1 - band)), img.height - window]
    parts = [img.crop((0, t, img.width, t + window)) for t in tops]
    out = Image.new("RGB", (img.width, window * 3), "white")
    for n, part in enumerate(parts):
        out.paste(part, (0, n * window))
    return out


def _mark(img: Image.Image, box: tuple[float, float, float, float], how: str) -> Image.Image:
    x0, y0, x1, y1 = box
    img = img.convert("RGB")
    if how == "mosaic19":
        area = img.crop((int(x0), int(y0), int(x1), int(y1)))
        small = area.resize((max(1, area.width // 14), max(1, area.height // 14)))
        img.paste(small.resize(area.size, Image.NEAREST), (int(x0), int(y0)))
        return img
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    if how == "hl19":
        draw.rectangle((x0 - 4, y0 + (y1 - y0) * 0.35, x1 + 4, y1 + 2), fill=(255, 226, 0, 110))
    else:
        draw.ellipse((x0 - 16, y0 - 12, x1 + 16, y1 + 12), outline=(230, 20, 20, 255), width=6)
    return Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB")


def _shoot(page, s: Screen) -> Image.Image:
    width, scale, shrink = GEOMETRY[s.skin]
    height = HEIGHT.get(s.skin, 780)
    if s.app in ("idcard19", "letter19"):
        width, scale, shrink, height = 420, 2, 1.0, 200
    page.set_viewport_size({"width": width, "height": height})
    page.set_content(page_html(s))
    page.wait_for_timeout(50)
    img = Image.open(io.BytesIO(page.screenshot(full_page=True))).convert("RGB")
    for how in ("mark19", "hl19", "mosaic19"):
        if how in s.post:
            box = page.locator(f"[data-i='{s.target}']").bounding_box()
            xy = (box["x"], box["y"], box["x"] + box["width"], box["y"] + box["height"])
            img = _mark(img, tuple(v * scale for v in xy), how)
    if "long19" in s.post:
        img = _stitch(img)
    if shrink != 1.0:
        img = img.resize((int(img.width * shrink), int(img.height * shrink)), Image.LANCZOS)
    return img


def _after(img: Image.Image, s: Screen) -> Image.Image:
    if "photo19" in s.post:
        img = img.rotate(-3.5, resample=Image.BICUBIC, expand=True, fillcolor=(120, 106, 90))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        return _jpeg(img, 72)
    if "fwd19" in s.post:
        # WeChat sends a shot without 原图 shrunk, but not below about 540 px wide.
        factor = max(0.6, 540 / img.width)
        img = img.resize((int(img.width * factor), int(img.height * factor)), Image.BILINEAR)
        return _jpeg(img, 55)
    return img


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Every screen of the case as a file under out_dir/<key>/, in order."""
    folder = Path(out_dir) / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium")
        for s in case.screens:
            scale = 2 if s.app in ("idcard19", "letter19") else GEOMETRY[s.skin][1]
            page = browser.new_page(device_scale_factor=scale)
            img = _after(_shoot(page, s), s)
            page.close()
            path = folder / s.name
            if path.suffix == ".png":
                img.save(path)
            else:
                img.convert("RGB").save(path, quality=92)
            paths.append(path)
        browser.close()
    return paths
