"""Draw the seventeenth set: each screen's HTML page shot by Chromium, then finished with Pillow.

Forwarded shots are shrunk and recompressed as a chat app does; photos of papers are JPEG.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from tests.blindgen17.model import Case, Screen
from tests.blindgen17.pages import page_html
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

# CSS width and pixel ratio per skin: 720 to 1440 px wide images.
_VIEW = {
    "oneui717": (412, 2.625),
    "realmeui17": (360, 2.0),
    "pixel9x17": (412, 2.625),
    "shark17": (393, 2.75),
    "roundos17": (400, 3.0),
    "droidtab17": (800, 1.6),
}
_HEIGHT = {"droidtab17": 500}  # the tablet lies landscape: 1280 x 800


def _shoot(page, screen: Screen) -> Image.Image:
    width, _ratio = _VIEW[screen.skin]
    height = int(_HEIGHT.get(screen.skin, 860))
    page.set_viewport_size({"width": width, "height": height})
    page.set_content(page_html(screen), wait_until="load")
    png = page.screenshot(full_page=screen.wrap == "long17")
    return Image.open(io.BytesIO(png)).convert("RGB")


def _save(image: Image.Image, screen: Screen, path: Path) -> None:
    if screen.forwarded:  # a relative's shot sent on through a chat app: smaller, lossy
        image = image.resize((int(image.width * 0.55), int(image.height * 0.55)), Image.LANCZOS)
        image.save(path, "JPEG", quality=48)
    elif path.suffix == ".jpg":
        image.save(path, "JPEG", quality=82)
    else:
        image.save(path, "PNG")


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Every screen of the case under out_dir/<case key>/, in order."""
    from playwright.sync_api import sync_playwright

    folder = Path(out_dir) / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for screen in case.screens:
            _, ratio = _VIEW[screen.skin]
            page = browser.new_page(device_scale_factor=ratio)
            path = folder / screen.name
            _save(_shoot(page, screen), screen, path)
            page.close()
            paths.append(path)
        browser.close()
    return paths
