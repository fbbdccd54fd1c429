"""Shoot set 31's pages with Chromium, then age some of them in Pillow the set's own way."""

from __future__ import annotations

import math
import os
import random
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from tests.blindgen31.model import Case, Screen
from tests.blindgen31.pages import dims, page_html
from tests.blindgen31.skins import SKINS
from tests.chromium import CHROMIUM, CHROMIUM_ARGS


def shoot(s: Screen, work: Path) -> Image.Image:
    """The page as the phone shows it, at the phone's pixel density."""
    w, h, scale = dims(s)
    doc, _ = page_html(s)
    stem = f"{abs(hash(s.name)) % 10**8}_{s.app}"
    html = work / f"{stem}.html"
    png = work / f"{stem}.png"
    html.write_text(doc, encoding="utf-8")
    subprocess.run(
        [CHROMIUM, "--headless", *CHROMIUM_ARGS, "--hide-scrollbars",
         f"--user-data-dir={work / ('prof_' + stem)}", f"--force-device-scale-factor={scale}",
         f"--window-size={w},{h}", f"--screenshot={png}", html.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return Image.open(png).convert("RGB")


def _rng(s: Screen) -> random.Random:
    return random.Random(sum(map(ord, s.name)))


def stitched(img: Image.Image, s: Screen) -> Image.Image:
    """A 长截图: the phone glued two pages; a faint seam where the second page starts."""
    skin = SKINS[s.skin]
    y = int((skin.height - 90 + _rng(s).randint(-30, 30)) * skin.scale)
    d = ImageDraw.Draw(img)
    d.line([(0, y), (img.width, y)], fill=(214, 216, 220), width=2)
    return img


def cropped(img: Image.Image, s: Screen) -> Image.Image:
    """Cut by hand in the photo editor: no status bar, the bottom and a sliver of one side gone."""
    k = SKINS[s.skin].scale
    return img.crop((int(6 * k), int(40 * k), img.width - int(4 * k), int(img.height * 0.74)))


def recompressed(img: Image.Image, s: Screen, out: Path) -> None:
    """Sent through a chat app twice: shrunk, JPEG 58, then opened and saved again at 72."""
    small = img.resize((int(img.width * 0.66), int(img.height * 0.66)), Image.BILINEAR)
    tmp = out.with_suffix(".tmp.jpg")
    small.save(tmp, "JPEG", quality=58)
    Image.open(tmp).save(out, "JPEG", quality=72)
    tmp.unlink()


def _warp(img: Image.Image, canvas: tuple[int, int], rng: random.Random, bg) -> Image.Image:
    """The image laid on a background at a slight angle and perspective."""
    w, h = canvas
    out = bg if isinstance(bg, Image.Image) else Image.new("RGB", canvas, bg)
    scale = min(w * 0.86 / img.width, h * 0.88 / img.height)
    sw, sh = int(img.width * scale), int(img.height * scale)
    pic = img.resize((sw, sh), Image.LANCZOS)
    ang = rng.uniform(-3.0, 3.0)
    pic = pic.convert("RGBA").rotate(ang, expand=True, resample=Image.BICUBIC)
    shadow = Image.new("RGBA", pic.size, (0, 0, 0, 0))
    shadow.putalpha(pic.getchannel("A").point(lambda a: 90 if a else 0))
    shadow = shadow.filter(ImageFilter.GaussianBlur(14))
    x, y = (w - pic.width) // 2, (h - pic.height) // 2
    out.paste(shadow, (x + 14, y + 18), shadow)
    out.paste(pic, (x, y), pic)
    # A gentle keystone: the top edge a little narrower, as a hand-held camera sees it.
    d = int(w * 0.025)
    quad = (-d, 0, -d // 2, h, w + d // 2, h, w + d, 0)
    return out.transform(canvas, Image.QUAD, quad, Image.BICUBIC)


def _light(img: Image.Image, rng: random.Random, strength: float) -> Image.Image:
    """Uneven light and a little sensor noise."""
    w, h = img.size
    mask = Image.new("L", (64, 64))
    cx, cy = rng.uniform(0.2, 0.8) * 64, rng.uniform(0.1, 0.5) * 64
    mask.putdata([
        int(255 * max(0.0, 1 - strength * math.hypot(i % 64 - cx, i // 64 - cy) / 64))
        for i in range(64 * 64)
    ])  # fmt: skip
    mask = mask.resize((w, h), Image.BILINEAR)
    dark = Image.new("RGB", (w, h), (18, 16, 14))
    lit = Image.composite(img, dark, mask)
    noise = Image.effect_noise((w, h), 14).convert("RGB")
    return Image.blend(lit, noise, 0.05)


def paper_photo(img: Image.Image, s: Screen) -> Image.Image:
    """A printed notice photographed on a table (4:3, 1200×1600)."""
    rng = _rng(s)
    table = Image.new("RGB", (1200, 1600), (120, 88, 60))
    grain = Image.effect_noise((1200, 1600), 40).convert("RGB").filter(ImageFilter.GaussianBlur(2))
    table = Image.blend(table, grain, 0.12)
    return _light(_warp(img, (1200, 1600), rng, table), rng, 0.55)


def moire_photo(img: Image.Image, s: Screen) -> Image.Image:
    """Another phone's photo of this screen: a black bezel, a moiré band, soft focus."""
    rng = _rng(s)
    k = 1.0
    bezel = Image.new("RGB", (img.width + 60, img.height + 90), (12, 12, 14))
    bezel.paste(img, (30, 45))
    w, h = bezel.size
    band = Image.new("L", (w, h))
    top, bottom = int(h * rng.uniform(0.25, 0.4)), int(h * rng.uniform(0.6, 0.75))
    px = []
    for y in range(h):
        inside = (
            1.0 if top <= y <= bottom else max(0.0, 1 - min(abs(y - top), abs(y - bottom)) / 80)
        )
        px.append(inside)
    data = []
    for y in range(0, h):
        for x in range(0, w):
            v = math.sin((x * 0.9 + y * 0.35) * 0.55) * math.sin((x * 0.2 - y * 0.8) * 0.5)
            data.append(int(128 + 127 * v * px[y] * k))
    band.putdata(data)
    tint = Image.new("RGB", (w, h), (170, 120, 200))
    screen = Image.composite(tint, bezel, band.point(lambda v: max(0, v - 128) // 2))
    screen = screen.filter(ImageFilter.GaussianBlur(0.9))
    desk = Image.new("RGB", (1240, 1660), (58, 60, 66))
    return _light(_warp(screen, (1240, 1660), rng, desk), rng, 0.45)


def _finish(s: Screen, img: Image.Image, path: Path) -> None:
    if s.wrap == "stitch31":
        img = stitched(img, s)
    elif s.wrap == "crop31":
        img = cropped(img, s)
    elif s.wrap == "paperphoto31":
        img = paper_photo(img, s)
    elif s.wrap == "moire31":
        img = moire_photo(img, s)
    if s.wrap == "jpeg31":
        recompressed(img, s, path)
    elif path.suffix.lower() in (".jpg", ".jpeg"):
        img.save(path, "JPEG", quality=86)
    else:
        img.save(path, "PNG")
    stamp = s.captured.timestamp()
    os.utime(path, (stamp, stamp))


def render_case(case: Case, out_dir: Path, phone: str = "") -> list[Path]:
    """Write the case's screenshots into out_dir; their paths in the case's order."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bg31_") as tmp:
        work = Path(tmp)
        for s in case.screens:
            if s.inner is not None:
                inner = work / f"inner_{s.inner.name}"
                # Cropped before sending: the empty bottom of the page is cut off.
                pic = shoot(s.inner, work)
                pic.crop((0, 0, pic.width, int(pic.height * s.extra.get("cut", 0.8)))).save(inner)
                s.extra["img"] = inner.as_uri()

        def one(s: Screen) -> Path:
            path = out_dir / s.name
            _finish(s, shoot(s, work), path)
            return path

        with ThreadPoolExecutor(max_workers=4) as pool:
            return list(pool.map(one, case.screens))
