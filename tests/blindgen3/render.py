"""Render a matter's captures with headless chromium into the files a borrower would hand in.

Own screenshots keep the phone's own file name (PNG); pictures forwarded from a relative through
WeChat come back as small recompressed JPEGs named mmexport<ms> or 微信图片_<time>; paper and ID
cards are photographed: the page is warped onto a door or a desk, shaded, blurred, with EXIF.
"""

from __future__ import annotations

import io
import random
from datetime import timedelta
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from tests.blindgen3.docs import page_html
from tests.blindgen3.model import Capture, Matter
from tests.blindgen3.skins import PHONES
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

# The screen's height in CSS pixels for each phone (the page may run longer on a long capture).
SCREEN_H = {"nubia_myos": 853, "zui": 780, "zui_pad": 660, "smartisan": 720, "ios_axl": 844,
             "camera": 600}  # fmt: skip
_DEVICE = {"nubia_myos": ("nubia", "NX729J"), "zui": ("Lenovo", "L78051"),
           "smartisan": ("Smartisan", "DT1901A"), "ios_axl": ("Apple", "iPhone 13"),
           "zui_pad": ("Lenovo", "TB371FC")}  # fmt: skip


def file_name(cap: Capture, index: int, phone: str) -> str:
    """The name the file arrives under: how it travelled, else the phone's own pattern."""
    when = cap.captured
    if cap.sent_via == "wechat":
        sent = when + timedelta(minutes=4 + index)
        return f"mmexport{int(sent.timestamp() * 1000)}.jpg"
    if cap.sent_via == "wechat_pc":
        return f"微信图片_{when + timedelta(minutes=9):%Y%m%d%H%M%S}.jpg"
    if cap.skin == "camera":
        if phone == "ios_axl":
            return f"IMG_{3100 + index:04d}.JPG"
        return f"IMG_{when:%Y%m%d_%H%M%S}.jpg"
    match cap.skin:
        case "nubia_myos":
            return f"Screenshot_{when:%Y%m%d-%H%M%S}.png"
        case "zui" | "zui_pad":
            return f"Screenshot_{when:%Y-%m-%d-%H-%M-%S}.png"
        case "smartisan":
            return f"S{when:%y%m%d}-{when:%H%M%S}{index:02d}.png"
        case _:
            return f"IMG_{2400 + index:04d}.PNG"


def _exif(cap: Capture, phone: str) -> Image.Exif:
    """DateTime and DateTimeOriginal of the capture, and the maker of the phone that took it."""
    exif = Image.Exif()
    stamp = f"{cap.captured:%Y:%m:%d %H:%M:%S}"
    make, model = _DEVICE.get(phone, ("Apple", "iPhone 13"))
    exif[0x010F], exif[0x0110], exif[0x0132] = make, model, stamp
    exif.get_ifd(0x8769)[0x9003] = stamp
    return exif


def _coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """PIL's perspective coefficients sending each output corner dst[i] to input corner src[i]."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return list(np.linalg.solve(np.array(rows, float), np.array(rhs, float)))


def _backdrop(size: tuple[int, int], kind: str, rng: random.Random) -> Image.Image:
    """A steel-grey door with vertical grain, or a brown desk."""
    w, h = size
    base = (92, 96, 104) if kind == "paper" else (122, 86, 58)
    grain = np.array([rng.uniform(-9, 9) for _ in range(w)], float)
    arr = np.clip(np.array(base, float)[None, None, :] + grain[None, :, None], 0, 255)
    arr = np.repeat(arr, h, axis=0).astype(np.uint8)
    return Image.fromarray(arr, "RGB")


def photograph(image: Image.Image, kind: str, seed: int) -> Image.Image:
    """The page as a camera sees it on a door or a desk: tilted, shaded, a little blurred."""
    rng = random.Random(seed)
    w, h = image.size
    pad_x, pad_y = int(w * 0.16), int(h * 0.12)
    size = (w + 2 * pad_x, h + 2 * pad_y)
    k = rng.uniform(0.05, 0.09)
    dst = [
        (pad_x + w * k, pad_y + h * 0.02),
        (pad_x + w * (1 - k * 0.3), pad_y - h * 0.03),
        (pad_x + w * (1 + k * 0.2), pad_y + h * 1.02),
        (pad_x - w * k * 0.4, pad_y + h * (1 - k * 0.4)),
    ]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    warped = image.convert("RGBA").transform(
        size, Image.PERSPECTIVE, _coeffs(dst, src), Image.BICUBIC, fillcolor=(0, 0, 0, 0)
    )
    photo = _backdrop(size, kind, rng)
    photo.paste(warped, (0, 0), warped)
    light = Image.linear_gradient("L").rotate(rng.choice((90, -90, 30)), expand=False)
    light = light.resize(size).point(lambda v: 175 + v * 80 // 255)
    photo = Image.composite(photo, Image.new("RGB", size, (0, 0, 0)), light)
    return photo.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.0)))


def _shot(browser, cap: Capture) -> Image.Image:
    phone = PHONES[cap.skin]
    tab = browser.new_page(
        viewport={"width": phone.width, "height": SCREEN_H[cap.skin]},
        device_scale_factor=phone.scale,
    )
    try:
        tab.set_content(page_html(cap), wait_until="load")
        if cap.kind in ("paper", "id_card"):
            png = tab.locator(".sheet, .idc").first.screenshot(type="png")
        else:
            png = tab.screenshot(full_page=True, type="png")
    finally:
        tab.close()
    return Image.open(io.BytesIO(png)).convert("RGB")


def _save(image: Image.Image, path: Path, cap: Capture, phone: str, seed: int) -> None:
    if cap.sent_via:
        width = 720 if cap.sent_via == "wechat" else 900
        small = image.resize((width, round(image.height * width / image.width)), Image.BILINEAR)
        small.save(path, "JPEG", quality=random.Random(seed).randrange(50, 68))
    elif cap.skin == "camera":
        image.save(path, "JPEG", quality=86, exif=_exif(cap, phone))
    elif path.suffix == ".PNG":
        image.save(path, "PNG", exif=_exif(cap, phone))
    else:
        image.save(path, "PNG")


def render_case(matter: Matter, out_dir: Path, phone: str) -> list[Path]:
    """Draw every capture of the matter into out_dir/<key>/; the files' paths, in order."""
    from playwright.sync_api import sync_playwright

    folder = Path(out_dir) / matter.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for index, cap in enumerate(matter.captures):
                seed = sum(map(ord, cap.name)) * 31 + index
                image = _shot(browser, cap)
                if cap.kind in ("paper", "id_card"):
                    image = photograph(image, cap.kind, seed)
                path = folder / file_name(cap, index, phone)
                _save(image, path, cap, phone, seed)
                paths.append(path)
        finally:
            browser.close()
    return paths
