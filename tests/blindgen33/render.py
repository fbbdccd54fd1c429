"""Shoot each page with headless Chromium, then age some with Pillow, under phone-like names.

Wraps: photo33 (the paper or the screen photographed by another phone), crop33 (cropped in the
gallery editor and saved as JPEG), jpegged33 (sent on twice at low resolution), stitch33 (a long
capture joined from two shots with a seam), fwdpic33 (a chat holding another phone's capture).
"""

from __future__ import annotations

import hashlib
import random
import subprocess
import tempfile
from datetime import timedelta, timezone
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from tests.blindgen33.kit import height_needed
from tests.blindgen33.model import Case, Screen
from tests.blindgen33.pages_chat import page_html
from tests.blindgen33.skins import GEOMETRY
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

_TZ = timezone(timedelta(hours=8))
_PACKAGE = {
    "calllog33": "com.android.contacts",
    "numinfo33": "com.android.contacts",
    "smsbox33": "com.android.mms",
    "smschat33": "com.android.mms",
    "qwchat33": "com.tencent.wework",
    "kingroup33": "com.tencent.mm",
    "wxdm33": "com.tencent.mm",
    "loanbill33": "com.wallet.loan",
    "lockpile33": "com.android.systemui",
}


def _seed(s: Screen) -> int:
    return int(hashlib.sha1(s.name.encode()).hexdigest()[:8], 16)


def _sec(s: Screen) -> int:
    return _seed(s) % 60


def file_name(s: Screen, index: int) -> str:
    """What the phone (or the app a picture went through) would call the file."""
    t = s.captured.replace(second=_sec(s))
    if s.wrap == "photo33":
        return f"IMG_{t:%Y%m%d_%H%M%S}.jpg"
    if s.wrap == "jpegged33":
        return f"微信图片_{t:%Y%m%d%H%M%S}.jpg"
    if s.wrap == "crop33":
        millis = int(t.replace(tzinfo=_TZ).timestamp() * 1000) + _seed(s) % 1000
        return f"mmexport{millis}.jpg"
    if s.wrap == "stitch33":
        return f"LongScreenshot_{t:%Y%m%d%H%M%S}.png"
    if s.skin == "ivoire33":
        return f"IMG_{4100 + index * 7 + _seed(s) % 5}.PNG"
    if s.skin == "nocturne33":
        return f"Screenshot_{t:%Y-%m-%d-%H-%M-%S}-{_seed(s) % 900 + 100}_{_PACKAGE[s.app]}.jpg"
    if s.skin == "laoyou33":
        return f"Screenshot_{t:%Y%m%d_%H%M%S}_{_PACKAGE[s.app]}.jpg"
    return f"Screenshot_{t:%Y%m%d_%H%M%S}.png"


def shoot(html: str, work: Path, stem: str, size: tuple[int, int], scale: float) -> Image.Image:
    """One headless Chromium screenshot of the page at the skin's CSS size and device scale."""
    page = work / f"{stem}.html"
    page.write_text(html, encoding="utf-8")
    png = work / f"{stem}.png"
    cmd = [
        CHROMIUM,
        *CHROMIUM_ARGS,
        "--headless",
        "--hide-scrollbars",
        f"--window-size={size[0]},{size[1]}",
        f"--force-device-scale-factor={scale}",
        f"--screenshot={png}",
        page.as_uri(),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    return Image.open(png).convert("RGB")


def _photo(img: Image.Image, rng: random.Random) -> Image.Image:
    """Held in a hand and photographed: tilted on a table, uneven light, soft, grainy."""
    w, h = img.size
    pad = int(w * 0.12)
    bg = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (74, 62, 52))
    bg.paste(img, (pad, pad))
    bg = bg.rotate(rng.uniform(-4, 4), resample=Image.BICUBIC, fillcolor=(60, 50, 42))
    shade = Image.new("L", bg.size, 0)
    draw = ImageDraw.Draw(shade)
    for i in range(0, bg.size[1], 8):
        draw.rectangle([0, i, bg.size[0], i + 8], fill=int(70 * i / bg.size[1]))
    dark = Image.new("RGB", bg.size, (20, 16, 10))
    bg = Image.composite(dark, bg, shade)
    bg = bg.filter(ImageFilter.GaussianBlur(1.1))
    noise = Image.effect_noise(bg.size, 18).convert("RGB")
    bg = Image.blend(bg, noise, 0.06)
    return bg.resize((int(bg.size[0] * 0.8), int(bg.size[1] * 0.8)))


def _crop(img: Image.Image, rng: random.Random, skin: str) -> Image.Image:
    """Cropped in a gallery editor: the status bar and the input or tab bar gone."""
    w, h = img.size
    scale = GEOMETRY[skin][2]
    top = int(scale * ((44 if GEOMETRY[skin][3] else 30) + rng.uniform(0, 4)))
    side = int(scale * rng.uniform(0, 6))
    return img.crop((side, top, w - side, h - int(scale * rng.uniform(62, 72))))


def _trim(img: Image.Image) -> Image.Image:
    """A printed page shot on a table: cut the empty table below the sheet."""
    bg = Image.new("RGB", img.size, img.getpixel((2, img.size[1] - 2)))
    box = ImageChops.difference(img, bg).getbbox()
    return img if box is None else img.crop((0, 0, img.size[0], min(img.size[1], box[3] + 40)))


def _jpegged(img: Image.Image, work: Path, stem: str) -> Image.Image:
    """Sent on twice through a chat app: halved, then JPEG at low quality, twice."""
    small = img.resize((img.size[0] // 2, img.size[1] // 2), Image.BILINEAR)
    for q in (50, 62):
        path = work / f"{stem}-{q}.jpg"
        small.save(path, quality=q)
        small = Image.open(path).convert("RGB")
    return small


def _stitch(img: Image.Image, rng: random.Random, skin: str) -> Image.Image:
    """A long capture joined from two shots: a thin seam and a two-pixel shift at the joint."""
    w, h = img.size
    cut = int(GEOMETRY[skin][1] * GEOMETRY[skin][2] * rng.uniform(0.75, 0.85))
    # The stitcher joins where the page is blank across, never through a line of words.
    for step in range(1800):
        y = cut + (step // 2 if step % 2 else -step // 2)
        lo, hi = img.crop((0, y, w, y + 1)).convert("L").getextrema()
        if hi - lo < 30:
            cut = y
            break
    top, bottom = img.crop((0, 0, w, cut)), img.crop((0, cut, w, h))
    out = Image.new("RGB", (w, h + 3), (200, 200, 200))
    out.paste(top, (0, 0))
    out.paste(bottom, (2, cut + 3))
    return out


def render_screen(s: Screen, work: Path, images: dict | None = None) -> Image.Image:
    html = page_html(s, images)[0]
    if s.app == "paper33":
        return _trim(shoot(html, work, s.name, (420, 780), 2))
    w, h, scale, _ = GEOMETRY[s.skin]
    if s.wrap == "stitch33":
        h = max(int(h * 1.3), int(height_needed(s) * 0.85) + 60)
    return shoot(html, work, s.name, (w, h), scale)


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Every screen of the case as the image file the borrower would hand over, in order."""
    target = Path(out_dir) / case.key
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    with tempfile.TemporaryDirectory(prefix="bg33-") as tmp:
        work = Path(tmp)
        for index, s in enumerate(case.screens):
            assert s.skin == phone or s.owner != "me" or s.app == "paper33", s.name
            images = None
            if s.inner is not None:
                inner = render_screen(s.inner, work)
                # The relative cropped the empty part of the log away before sending it.
                keep = (height_needed(s.inner) + 30) * GEOMETRY[s.inner.skin][2]
                inner = inner.crop((0, 0, inner.size[0], min(inner.size[1], int(keep))))
                inner = _jpegged(inner, work, s.inner.name)
                inner_path = work / f"{s.inner.name}-in.jpg"
                inner.save(inner_path, quality=80)
                images = {s.inner.name: inner_path.as_uri()}
            img = render_screen(s, work, images)
            rng = random.Random(_seed(s))
            if s.wrap == "photo33":
                img = _photo(img, rng)
            elif s.wrap == "crop33":
                img = _crop(img, rng, s.skin)
            elif s.wrap == "jpegged33":
                img = _jpegged(img, work, s.name)
            elif s.wrap == "stitch33":
                img = _stitch(img, rng, s.skin)
            path = target / file_name(s, index)
            if path.suffix.lower() == ".jpg":
                img.save(path, quality=88 if not s.wrap else 75)
            else:
                img.save(path)
            paths.append(path)
    return paths
