"""Render a blind case's screens to image files the way phones name and degrade them.

Headless chromium (tests/chromium.py flags) draws each page of tests/blindgen/page.py; file names
follow each phone's own screenshot naming (vivo, OPPO, Honor, Samsung, iOS with EXIF only);
screenshots forwarded through WeChat are shrunk and recompressed; photos of paper are tilted,
blurred and shaded.
"""

from __future__ import annotations

import io
import random
from datetime import timedelta
from pathlib import Path

from PIL import Image, ImageFilter

from tests.blindgen.page import page_html
from tests.casegen.model import Case, Screen
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

_PACKAGE = {
    "sms": "com.android.mms",
    "dialer": "com.android.contacts",
    "qq": "com.tencent.mobileqq",
    "wechat": "com.tencent.mm",
    "loanapp": "com.jinrong.app",
    "photo": "com.android.gallery3d",
}


def file_name(screen: Screen, index: int, phone: str) -> str:
    """The name the phone (or WeChat, for a forwarded picture) gives the screenshot.

    phone is the borrower's phone skin: an app page or a chat is named by the phone it was taken on.
    """
    at = screen.captured + timedelta(seconds=(index * 23 + 7) % 60)  # phones keep the seconds
    if screen.owner != "borrower":  # arrived through WeChat from the relative's phone
        return f"微信图片_{at:%Y%m%d%H%M%S}.jpg"
    package = _PACKAGE.get(screen.app, "com.android.systemui")
    if phone == "ios_dark":
        return f"IMG_{4100 + index:04d}.PNG"  # the date is only in EXIF
    if phone == "originos":
        return f"Screenshot_{at:%Y%m%d_%H%M%S}_{package}.jpg"
    if phone == "coloros":
        return f"Screenshot_{at:%Y-%m-%d-%H-%M-%S}-{index:02d}_{package}.jpg"
    if phone == "oneui":
        return f"Screenshot_{at:%Y%m%d-%H%M%S}_{screen.app.capitalize()}.jpg"
    return f"Screenshot_{at:%Y%m%d_%H%M%S}_{package}.jpg"  # Honor / QQ / app pages


def _photo(rng: random.Random, image: Image.Image) -> Image.Image:
    """A phone photo of paper: a dark table around it, a small tilt, blur and uneven light."""
    border = 40
    framed = Image.new("RGB", (image.width + 2 * border, image.height + 2 * border), (58, 52, 47))
    framed.paste(image, (border, border))
    turned = framed.rotate(rng.uniform(-3, 3), resample=Image.BICUBIC, fillcolor=(58, 52, 47))
    turned = turned.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
    shade = Image.linear_gradient("L").rotate(90).resize(turned.size).point(lambda v: 190 + v // 4)
    return Image.composite(turned, Image.new("RGB", turned.size, (0, 0, 0)), shade)


def _gallery(image: Image.Image, paper: Image.Image, rng: random.Random) -> Image.Image:
    """The gallery showing a photo of paper: the status bar, black, the photo centred."""
    bar = round(30 * image.width / 393)
    photo = _photo(rng, paper)
    photo = photo.resize((image.width, round(photo.height * image.width / photo.width)))
    canvas = Image.new("RGB", image.size, (0, 0, 0))
    canvas.paste(image.crop((0, 0, image.width, bar)), (0, 0))
    canvas.paste(photo, (0, max(2 * bar, (image.height - photo.height) // 2)))
    return canvas


def _encode(screen: Screen, image: Image.Image, rng: random.Random, name: str) -> bytes:
    buffer = io.BytesIO()
    if screen.owner != "borrower":
        image = image.resize((720, round(image.height * 720 / image.width)), Image.BILINEAR)
        image.save(buffer, "JPEG", quality=rng.randrange(40, 60))
    elif name.endswith(".PNG"):
        exif = Image.Exif()
        exif[0x0132] = screen.captured.strftime("%Y:%m:%d %H:%M:%S")
        image.save(buffer, "PNG", exif=exif)
    else:
        image.save(buffer, "JPEG", quality=88)
    return buffer.getvalue()


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Every screen of the case as an image file in out_dir/<case key>/, in screen order."""
    from playwright.sync_api import sync_playwright

    folder = out_dir / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for index, screen in enumerate(case.screens):
                rng = random.Random(f"{case.key}/{screen.name}")
                tab = browser.new_page(
                    viewport={"width": 393, "height": 852},
                    device_scale_factor=2.75 if screen.skin != "ios_dark" else 3.0,
                )
                tab.set_content(page_html(screen), wait_until="load")
                png = tab.screenshot(full_page=True, type="png")
                image = Image.open(io.BytesIO(png)).convert("RGB")
                if screen.kind in ("id_card", "court"):
                    paper = tab.locator(".idc, .doc").screenshot(type="png")
                    image = _gallery(image, Image.open(io.BytesIO(paper)).convert("RGB"), rng)
                tab.close()
                name = file_name(screen, index, phone)
                path = folder / name
                path.write_bytes(_encode(screen, image, rng, name))
                paths.append(path)
        finally:
            browser.close()
    return paths
