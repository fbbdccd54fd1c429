"""Screens of a case as SVG, rasterised by Chromium, then touched up with Pillow like real shots."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from tests.blindgen21.apps import chat, rows
from tests.blindgen21.model import Case, Screen
from tests.blindgen21.pages import bill, comments, fold, paper
from tests.blindgen21.skins import frame
from tests.blindgen21.svg import Canvas

_BODY = {
    "calllog21": rows,
    "assistant21": rows,
    "voicemail21": rows,
    "inbox21": rows,
    "channels21": comments,
    "foldchat21": fold,
    "bill21": bill,
    "door21": paper,
    "letter21": paper,
    "idcard21": paper,
}


def build(screen: Screen) -> Canvas:
    """The screen as an SVG canvas (no browser): the fast test reads its recorded text."""
    cv, skin, top, bottom = frame(screen)
    _BODY.get(screen.app, chat)(cv, skin, screen, top, bottom)
    return cv


def drawn_text(screen: Screen) -> str:
    return build(screen).drawn()


def _post(img: Image.Image, screen: Screen) -> Image.Image:
    """What happened to the picture after the phone took it."""
    img = img.convert("RGB")
    if "crop" in screen.post:  # the top cut off: no status bar, no header
        img = img.crop((0, int(img.height * 0.085), img.width, img.height))
    if "mark" in screen.post:  # the borrower ringed the row or line in red
        x, y, w, h = screen.extra["mark"]
        draw = ImageDraw.Draw(img)
        draw.rectangle((x, y, x + w, y + h), outline=(235, 30, 30), width=6)
        draw.line((x + w + 90, y - 70, x + w + 8, y + 8), fill=(235, 30, 30), width=7)
        draw.polygon([(x + w + 4, y + 4), (x + w + 34, y + 6), (x + w + 8, y + 32)],
                     fill=(235, 30, 30))  # fmt: skip
    if "photo" in screen.post:  # held up to a camera: a little tilt and blur
        img = img.rotate(2.2, resample=Image.BICUBIC, expand=True, fillcolor=(60, 58, 55))
        img = img.filter(ImageFilter.GaussianBlur(0.8))
    if "forward" in screen.post:  # sent through a chat app: smaller and recompressed
        img = img.resize((int(img.width * 0.62), int(img.height * 0.62)), Image.BILINEAR)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=52)
        img = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    return img


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Every screen of the case under out_dir/<case key>/, in order."""
    from playwright.sync_api import sync_playwright

    folder = Path(out_dir) / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page()
        for screen in case.screens:
            cv = build(screen)
            page.set_viewport_size({"width": cv.width, "height": cv.height})
            page.set_content(f'<html><body style="margin:0">{cv.svg()}</body></html>')
            page.evaluate("document.fonts.ready")
            shot = page.screenshot(clip={"x": 0, "y": 0, "width": cv.width, "height": cv.height})
            img = _post(Image.open(io.BytesIO(shot)), screen)
            path = folder / screen.name
            if path.suffix.lower() in (".jpg", ".jpeg"):
                img.save(path, "JPEG", quality=88)
            else:
                img.save(path, "PNG")
            paths.append(path)
        browser.close()
    return paths
