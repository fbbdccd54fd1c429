"""Blind set 22's screens: HTML shot by Chromium, then the phone's display setting in Pillow."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageOps

from tests.blindgen22.model import Case, Screen
from tests.blindgen22.page import page_html

_CHROMIUM = "/usr/bin/chromium"


def _display(img: Image.Image, mode: str) -> Image.Image:
    """Accessibility and comfort settings change every pixel the phone captures."""
    rgb = img.convert("RGB")
    if mode == "gray":
        return ImageOps.grayscale(rgb).convert("RGB")
    if mode == "invert":
        return ImageOps.autocontrast(ImageOps.invert(rgb), cutoff=1)
    if mode == "yellow":
        return ImageChops.multiply(rgb, Image.new("RGB", rgb.size, (255, 226, 160)))
    return rgb


def _wrap(img: Image.Image, wrap: str) -> Image.Image:
    """How the shot travelled: forwarded small, top cropped off, or ringed in red."""
    if wrap == "fwd22":
        w, h = img.size
        return img.resize((int(w * 0.62), int(h * 0.62)), Image.LANCZOS)
    if wrap == "crop22":
        return img.crop((0, 96, img.width, img.height))
    if wrap == "circle22":
        draw = ImageDraw.Draw(img)
        w, h = img.size
        draw.ellipse((w * 0.04, h * 0.2, w * 0.96, h * 0.42), outline=(230, 30, 30), width=7)
        draw.line((w * 0.8, h * 0.55, w * 0.6, h * 0.43), fill=(230, 30, 30), width=7)
    return img


def _save(img: Image.Image, path: Path) -> None:
    if path.suffix == ".jpg":
        img.convert("RGB").save(path, quality=58 if "微信图片" in path.name else 82)
    else:
        img.save(path)


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Every screen of the case under out_dir/<case key>/, in order."""
    from playwright.sync_api import sync_playwright

    folder = Path(out_dir) / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=_CHROMIUM, args=["--no-sandbox"])
        for screen in case.screens:
            paths.append(_shoot(browser, screen, folder))
        browser.close()
    return paths


def _shoot(browser, screen: Screen, folder: Path) -> Path:
    photo = screen.app in ("idcard22", "letter22")
    width = 640 if photo else 390
    height = 840 if photo else 844  # a long capture grows with its page
    scale = 1.5 if photo else (3 if screen.mode == "large" else 2)
    page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=scale)
    page.set_content(page_html(screen))
    raw = folder / (screen.name + ".raw.png")
    page.screenshot(path=str(raw), full_page=not photo)
    page.close()
    img = _wrap(_display(Image.open(raw), screen.mode), screen.wrap)
    raw.unlink()
    path = folder / screen.name
    _save(img, path)
    return path
