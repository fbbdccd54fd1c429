"""Draw a case of the fifth blind set: chromium screenshots, photos of screens, forwarded copies.

render_case(case, out_dir, phone) -> [paths], one file per screen, in the case's order.
"""

from __future__ import annotations

import io
import math
import random
from datetime import datetime
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from tests.blindgen5.model import Case, Screen
from tests.blindgen5.pages import page_html
from tests.blindgen5.skins import SKINS
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

__all__ = ["file_name", "page_html", "render_case"]

_SCALE = {"elder": 2.0, "fold": 2.0}  # css px to device px; phones default to 2.75


def file_name(s: Screen, index: int, phone: str) -> str:
    """The name the file arrives under: a camera photo, a forwarded copy or a screenshot."""
    t = s.captured
    if s.photo:
        return f"IMG_{t:%Y%m%d_%H%M%S}.jpg"
    if s.sent_via:
        return f"mmexport{int(t.timestamp() * 1000) + index}.jpg"
    if phone == "tianyi":
        return f"Screenshot_{t:%Y%m%d-%H%M%S}.png"
    if phone == "fold":
        return f"Screenshot_{t:%Y-%m-%d-%H-%M-%S}-{index:02d}.png"
    return f"截屏_{t:%Y%m%d_%H%M%S}_{index}.png"


def _exif(when: datetime) -> Image.Exif:
    exif = Image.Exif()
    stamp = f"{when:%Y:%m:%d %H:%M:%S}"
    exif[0x0132] = stamp
    exif[0x010F] = "HUAWEI" if when.month % 2 else "Xiaomi"
    exif.get_ifd(0x8769)[0x9003] = stamp
    return exif


def _photo(shot: Image.Image, seed: int) -> Image.Image:
    """A camera photo of a phone screen: bezel, a tilt, moire lines, soft focus, a dim room."""
    rng = random.Random(seed)
    w, h = shot.size
    framed = Image.new("RGB", (w + 80, h + 120), (18, 18, 20))
    framed.paste(shot, (40, 60))
    # Moire: faint interference bands where the camera grid meets the screen's pixels.
    bands = Image.new("L", framed.size, 0)
    draw = ImageDraw.Draw(bands)
    period = rng.uniform(7.0, 11.0)
    for y in range(framed.height):
        level = int(18 + 18 * math.sin(y / period + math.sin(y / 97.0) * 2))
        draw.line([(0, y), (framed.width, y)], fill=level)
    framed = Image.composite(Image.new("RGB", framed.size, (70, 40, 90)), framed, bands)
    tilt = rng.uniform(-0.07, 0.07)
    coeffs = (1, tilt, -tilt * framed.height / 2, rng.uniform(-0.04, 0.04), 1, 0)
    skewed = framed.transform(framed.size, Image.AFFINE, coeffs, fillcolor=(96, 84, 70))
    room = Image.new("RGB", (framed.width + 160, framed.height + 200), (96, 84, 70))
    room.paste(skewed, (80, 100))
    room = room.rotate(rng.uniform(-4, 4), fillcolor=(96, 84, 70), expand=False)
    return room.filter(ImageFilter.GaussianBlur(0.8)).point(lambda v: int(v * 0.9 + 8))


def _forwarded(shot: Image.Image) -> Image.Image:
    """A chat app's recompressed copy: about 60% of the width, JPEG quality 70."""
    small = shot.convert("RGB").resize((int(shot.width * 0.6), int(shot.height * 0.6)))
    buffer = io.BytesIO()
    small.save(buffer, "JPEG", quality=70)
    return Image.open(io.BytesIO(buffer.getvalue()))


def _save(image: Image.Image, s: Screen, path: Path) -> None:
    if s.photo:
        image.convert("RGB").save(path, "JPEG", quality=88, exif=_exif(s.captured))
    elif path.suffix == ".jpg":
        image.convert("RGB").save(path, "JPEG", quality=70)
    else:
        image.save(path)


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Render every screen of a case into out_dir/<case key>/; the files' paths in order."""
    from playwright.sync_api import sync_playwright

    folder = Path(out_dir) / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for index, s in enumerate(case.screens):
                width = int(SKINS[s.skin]["w"])
                page = browser.new_page(
                    viewport={"width": width, "height": 400},
                    device_scale_factor=_SCALE.get(s.skin, 2.75),
                )
                page.set_content(page_html(s))
                png = page.screenshot(full_page=True)
                page.close()
                image = Image.open(io.BytesIO(png)).convert("RGB")
                if s.photo:
                    image = _photo(image, index + len(case.key))
                elif s.sent_via:
                    image = _forwarded(image)
                path = folder / file_name(s, index, phone)
                _save(image, s, path)
                paths.append(path)
        finally:
            browser.close()
    return paths
