"""Shoot set 28's pages with Chromium and age a third of them in Pillow, its own way."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

from tests.blindgen28.helpers import stamp
from tests.blindgen28.model import Case, Screen
from tests.blindgen28.pages import page_of
from tests.chromium import CHROMIUM, CHROMIUM_ARGS


def _chromium(html: str, size: tuple[int, int, int], work: Path, extra: list[str]) -> Path:
    w, h, s = size
    src = work / f"p{len(list(work.iterdir()))}.html"
    src.write_text(html, encoding="utf-8")
    out = src.with_suffix(".png")
    args = [
        CHROMIUM,
        "--headless=new",
        *CHROMIUM_ARGS,
        "--hide-scrollbars",
        f"--force-device-scale-factor={s}",
        f"--window-size={w},{h}",
        "--allow-file-access-from-files",
        *extra,
        src.as_uri(),
    ]
    if extra and extra[0] == "--dump-dom":
        res = subprocess.run(args, capture_output=True, text=True, timeout=60, check=True)
        out.write_text(res.stdout, encoding="utf-8")
    else:
        subprocess.run(
            [*args[:-1], f"--screenshot={out}", args[-1]],
            capture_output=True,
            timeout=60,
            check=True,
        )
    return out


def clipped(screen: Screen, work: Path) -> list[str]:
    """The words a page would cut off (a check for the writer, not run by the tests)."""
    page = page_of(screen)
    dom = _chromium(page.html(), page.size, work, ["--dump-dom"]).read_text(encoding="utf-8")
    found = re.search(r'data-clip="([^"]*)"', dom)
    return json.loads(found.group(1).replace("&quot;", '"')) if found else ["<no dom>"]


def shoot(screen: Screen, work: Path) -> Image.Image:
    if screen.inner is not None:
        inner = shoot(screen.inner, work)
        inner = inner.resize((inner.width * 11 // 20, inner.height * 11 // 20), Image.LANCZOS)
        path = work / f"inner{len(list(work.iterdir()))}.jpg"
        inner.convert("RGB").save(path, quality=62)
        screen.extra["inner_src"] = path.as_uri()
    page = page_of(screen)
    png = _chromium(page.html(), page.size, work, [])
    with Image.open(png) as im:
        return im.convert("RGB")


def _rng(screen: Screen) -> random.Random:
    return random.Random(sum(map(ord, screen.name)))


def _blank_row(im: Image.Image, near: int) -> int:
    """The nearest row to `near` that is one flat colour (between bubbles, not through words)."""
    gray = im.convert("L")
    for step in range(0, 400):
        for y in (near + step, near - step):
            lo, hi = gray.crop((0, y, im.width, y + 1)).getextrema()
            if hi - lo < 4:
                return y
    return near


def stitched(im: Image.Image, screen: Screen) -> Image.Image:
    """A 长截图 glued from three shots: each seam, between bubbles, repeats a few rows and
    leaves a faint line."""
    a = _blank_row(im, im.height // 3)
    b = _blank_row(im, 2 * im.height // 3)
    parts = [
        im.crop((0, 0, im.width, a + 6)),
        im.crop((0, a, im.width, b + 6)),
        im.crop((0, b, im.width, im.height)),
    ]
    out = Image.new("RGB", (im.width, sum(p.height for p in parts)))
    y = 0
    draw = ImageDraw.Draw(out)
    for i, p in enumerate(parts):
        out.paste(p, (0, y))
        if i:
            draw.line((0, y + 3, im.width, y + 3), fill=(205, 205, 208), width=1)
        y += p.height
    return out


def laptop(im: Image.Image, screen: Screen) -> Image.Image:
    """The picture open on a laptop, photographed by another phone: bezel, tilt, glare, noise."""
    rng = _rng(screen)
    W, H = 1920, 1440
    shot = Image.new("RGB", (W, H), (38, 40, 44))
    screen_box = (90, 70, W - 90, H - 40)
    d = ImageDraw.Draw(shot)
    d.rectangle(screen_box, fill=(228, 229, 232))
    d.rectangle(
        (screen_box[0], screen_box[1], screen_box[2], screen_box[1] + 44), fill=(60, 62, 68)
    )
    ph = screen_box[3] - screen_box[1] - 80
    pw = ph * im.width // im.height
    phone = im.resize((pw, ph), Image.LANCZOS)
    shot.paste(phone, ((W - pw) // 2, screen_box[1] + 60))
    # a slight keystone: the camera held a little below and to the left
    k = rng.randint(30, 55)
    shot = shot.transform(
        (W, H), Image.QUAD, (k, 0, 0, H, W, H - k // 2, W - k // 3, k // 2), Image.BICUBIC
    )
    glare = Image.new("L", (W, H), 0)
    ImageDraw.Draw(glare).ellipse((W * 0.55, -H * 0.3, W * 1.3, H * 0.5), fill=60)
    glare = glare.filter(ImageFilter.GaussianBlur(160))
    shot = Image.composite(Image.new("RGB", (W, H), (255, 255, 255)), shot, glare)
    noise = Image.effect_noise((W, H), 18).convert("RGB")
    shot = Image.blend(shot, noise, 0.06)
    shot = shot.filter(ImageFilter.GaussianBlur(0.7))
    return ImageEnhance.Contrast(shot).enhance(0.92)


def heavy(im: Image.Image, screen: Screen) -> Image.Image:
    small = im.resize((im.width * 3 // 4, im.height * 3 // 4), Image.BILINEAR)
    tmp = Path(tempfile.mkstemp(suffix=".jpg")[1])
    small.save(tmp, quality=34)
    with Image.open(tmp) as back:
        out = back.convert("RGB")
    tmp.unlink()
    return out


def cut(im: Image.Image, screen: Screen) -> Image.Image:
    """Cropped by hand: the status bar off the top, or the input bar off the bottom."""
    s = page_of(screen).size[2]
    if screen.app in ("callpage28",):
        return im.crop((0, 34 * s, im.width, im.height))
    return im.crop((0, 0, im.width, im.height - 66 * s))


def paper_photo(im: Image.Image, screen: Screen) -> Image.Image:
    """The printed notice on a desk, shot at a slant under a lamp."""
    rng = _rng(screen)
    W, H = 1536, 2048
    desk = Image.new("RGB", (W, H), (122, 92, 64))
    d = ImageDraw.Draw(desk)
    for y in range(0, H, 9):
        shade = rng.randint(-12, 12)
        d.line(
            (0, y, W, y + rng.randint(-6, 6)), fill=(122 + shade, 92 + shade, 64 + shade), width=4
        )
    paper = im.resize((W - 220, (W - 220) * im.height // im.width), Image.LANCZOS).convert("RGBA")
    paper = paper.rotate(rng.uniform(-3.5, 3.5), expand=True, resample=Image.BICUBIC)
    shadow = Image.new("RGBA", paper.size, (0, 0, 0, 0))
    shadow.putalpha(paper.getchannel("A").point(lambda a: 90 if a else 0))
    shadow = shadow.filter(ImageFilter.GaussianBlur(14))
    x, y = (W - paper.width) // 2, (H - paper.height) // 2
    desk.paste(shadow, (x + 16, y + 22), shadow)
    desk.paste(paper, (x, y), paper)
    light = (
        Image.radial_gradient("L")
        .resize((W * 2, H * 2))
        .crop((W // 2, H // 3, W * 3 // 2, H // 3 + H))
    )
    dark = ImageEnhance.Brightness(desk).enhance(0.72)
    desk = Image.composite(dark, desk, light.point(lambda v: min(255, v)))
    return desk.filter(ImageFilter.GaussianBlur(0.6))


WRAPS = {
    "stitch28": stitched,
    "laptop28": laptop,
    "jpeg28": heavy,
    "cut28": cut,
    "snap28": paper_photo,
}


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Draw every screen of the case into out_dir; the paths in the case's order."""
    assert phone == case.phone
    out_dir = Path(out_dir) / case.key
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    with tempfile.TemporaryDirectory(prefix="bg28-") as tmp:
        for screen in case.screens:
            work = Path(tmp) / str(len(paths))
            work.mkdir()
            im = shoot(screen, work)
            if screen.wrap in WRAPS:
                im = WRAPS[screen.wrap](im, screen)
            path = out_dir / screen.name
            if path.suffix.lower() == ".png":
                im.save(path, optimize=False)
            else:
                im.save(path, quality=86 if screen.wrap != "jpeg28" else 40)
            t = stamp(screen.name, screen.captured)
            os.utime(path, (t, t))
            paths.append(path)
    return paths
