"""Render a case's shots with headless chromium into files named and shaped as handed in."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageFilter

from tests.blindgen4.model import Case, Shot
from tests.blindgen4.pages import page_html
from tests.blindgen4.skins import PHONES
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

_PACKAGE = {
    "gmessages": "com.google.android.apps.messaging",
    "gdialer": "com.google.android.dialer",
    "emui_sms": "com.android.mms",
    "emui_dial": "com.android.contacts",
    "kuaishou": "com.smile.gifmaker",
    "tim": "com.tencent.tim",
    "bilibili": "tv.danmaku.bili",
    "xianyu": "com.taobao.idlefish",
}


def file_name(shot: Shot, index: int, phone: str) -> str:
    """The name the picture arrives under: it carries the capture moment except on iPhones."""
    when = shot.captured
    if shot.forwarded:
        return f"mmexport{int(when.timestamp() * 1000) + index}.jpg"
    if shot.skin == "camera":
        return f"IMG_{when:%Y%m%d_%H%M%S}.jpg"
    if shot.skin == "ios16":
        return f"IMG_{4310 + index:04d}.PNG"
    if shot.skin == "emui9":
        return f"Screenshot_{when:%Y%m%d_%H%M%S}_{_PACKAGE.get(shot.app, 'com.tencent.mm')}.jpg"
    if shot.skin == "zenui":
        return f"Screenshot_{when:%Y-%m-%d-%H-%M-%S}-{index:03d}.png"
    return f"Screenshot_{when:%Y%m%d-%H%M%S}.png"


def _photo(image: Image.Image, seed: int) -> Image.Image:
    """A phone photo of a paper: turned a little, a warm cast, soft focus."""
    rng = random.Random(seed)
    turned = image.rotate(rng.uniform(-3.5, 3.5), expand=True, fillcolor=(120, 112, 98))
    warm = Image.merge(
        "RGB",
        [
            c.point(lambda v, f=f: min(255, int(v * f)))
            for c, f in zip(turned.split(), (1.0, 0.96, 0.86), strict=True)
        ],
    )
    return warm.filter(ImageFilter.GaussianBlur(0.7))


def _save(image: Image.Image, shot: Shot, path: Path, seed: int) -> None:
    exif = Image.Exif()
    if shot.skin in ("camera", "ios16"):
        exif[0x0132] = f"{shot.captured:%Y:%m:%d %H:%M:%S}"
        exif[0x0110] = "iPhone 14" if shot.skin == "ios16" else "V2111A"
    if shot.forwarded:
        image = image.resize((720, round(image.height * 720 / image.width)), Image.BILINEAR)
        image.save(path, "JPEG", quality=random.Random(seed).randrange(45, 62))
    elif path.suffix == ".jpg":
        image.save(path, "JPEG", quality=88, exif=exif)
    else:
        image.save(path, "PNG", exif=exif)


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Draw every shot of a case into out_dir/<key>/; the paths in the case's order."""
    from playwright.sync_api import sync_playwright

    folder = out_dir / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for index, shot in enumerate(case.shots):
                skin = PHONES[shot.skin]
                tab = browser.new_page(
                    viewport={"width": skin["width"], "height": skin["height"]},
                    device_scale_factor=skin["scale"],
                )
                tab.set_content(page_html(shot), wait_until="load")
                png = tab.screenshot(full_page=True, type="png")
                tab.close()
                image = Image.open(io.BytesIO(png)).convert("RGB")
                if shot.kind == "paper":
                    image = _photo(image, index)
                path = folder / file_name(shot, index, phone)
                _save(image, shot, path, index)
                paths.append(path)
        finally:
            browser.close()
    return paths
