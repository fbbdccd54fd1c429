"""Draws the fifteenth set's screens: most with Pillow, some with headless chromium."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from PIL import Image

from tests.blindgen15.htmlpage import page
from tests.blindgen15.layout import blocks
from tests.blindgen15.model import Case, Screen
from tests.blindgen15.pil import jpeg, paint, photograph
from tests.chromium import CHROMIUM, CHROMIUM_ARGS


def size(screen: Screen) -> tuple[int, int]:
    """Pixel width and height of the shot before any photo or export."""
    if screen.skin == "phonelink15":
        return 1280, 800
    if screen.wrap == "land15":
        return 1520, 720
    if screen.paper:
        return 900, 600 if screen.app == "idcard15" else 1200
    return 720, 1440


def page_html(screen: Screen) -> str:
    """The HTML document of a chromium-drawn screen."""
    return page(blocks(screen), screen.skin, desktop=screen.skin == "phonelink15")


def _chromium(screen: Screen) -> Image.Image:
    width, height = size(screen)
    scale = 1 if screen.skin == "phonelink15" else 2
    with tempfile.TemporaryDirectory(prefix="b15-") as tmp:
        src, shot = Path(tmp) / "page.html", Path(tmp) / "shot.png"
        src.write_text(page_html(screen), encoding="utf-8")
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                *CHROMIUM_ARGS,
                f"--user-data-dir={tmp}/profile",
                "--hide-scrollbars",
                f"--force-device-scale-factor={scale}",
                f"--window-size={width // scale},{height // scale}",
                f"--screenshot={shot}",
                src.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return Image.open(shot).convert("RGB")


def draw(screen: Screen) -> Image.Image:
    if screen.engine == "html":
        return _chromium(screen)
    width, height = size(screen)
    if screen.wrap == "long15":
        height = 0  # a long capture is as tall as its rows
    return paint(blocks(screen), screen.skin, width, height)


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Every screen of a case as an image under out_dir/<case key>/, in screen order."""
    folder = Path(out_dir) / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, screen in enumerate(case.screens):
        image = draw(screen)
        path = folder / screen.name
        if screen.paper or screen.wrap == "photo15":
            path.write_bytes(jpeg(photograph(image, seed=index), quality=60))
        elif screen.forwarded:
            # Chat apps pass a shot on downscaled and recompressed.
            half = image.resize((image.width * 3 // 4, image.height * 3 // 4))
            path.write_bytes(jpeg(half, quality=80))
        else:
            image.save(path)
        paths.append(path)
    return paths
