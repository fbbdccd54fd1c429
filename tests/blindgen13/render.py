"""Draws the thirteenth set's screens with headless chromium: PNG shots, JPEG photos, exports."""

from __future__ import annotations

import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

from tests.blindgen13.model import PHOTO_APPS, Case, Screen
from tests.blindgen13.pages import BODIES
from tests.blindgen13.skins import PHONES, markup, phone_page, print_photo, seam
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

_HEAD = (
    '<!doctype html><html><head><meta charset="utf-8"><style>*{box-sizing:border-box}'
    "body{margin:0;overflow:hidden;-webkit-font-smoothing:antialiased}</style></head><body>"
)


def _size(screen: Screen) -> tuple[int, int, float]:
    """CSS width, height and device scale of the shot."""
    if screen.app in PHOTO_APPS or screen.wrap == "print13":
        return 760, 1000, 1.5
    if screen.skin == "car13":
        return 1280, 540, 1.25
    if screen.skin == "gotab13":
        return 1280, 800, 1.25
    height = screen.extra.get("height", 1600) if screen.wrap == "seam13" else 844
    return 390, height, 1.5 if screen.forwarded else 2


def page_html(screen: Screen) -> str:
    """The whole HTML document of one screen."""
    body = BODIES[screen.app](screen)
    if screen.app in PHOTO_APPS:
        return f"{_HEAD}{body}</body></html>"
    assert screen.skin in PHONES or screen.skin == "car13", screen.skin
    inner = phone_page(screen, body)
    if screen.wrap == "print13":
        # The printed phone keeps its own size inside the photo.
        inner = print_photo(inner.replace("100vw", "390px").replace("100vh", "844px"))
    elif screen.wrap == "seam13":
        inner = seam(inner, screen.extra.get("seam", 790))
    elif screen.wrap == "markup13":
        inner = markup(inner, screen.extra["ring"])
    return f"{_HEAD}{inner}</body></html>"


def file_name(screen: Screen, phone: str, index: int) -> str:
    """Borrower's shots name her phone; forwarded ones are WeChat exports; photos IMG_."""
    stamp = f"{screen.captured:%Y%m%d_%H%M%S}"
    if screen.forwarded:
        ms = int((screen.captured + timedelta(minutes=5 + index)).timestamp() * 1000)
        return f"mmexport{ms}.jpg"
    if screen.app in PHOTO_APPS or screen.wrap == "print13":
        return f"IMG_{stamp}_{index:02d}.jpg"
    if screen.skin == "car13":
        return f"CarScreen_{stamp}_{index:02d}.png"
    if screen.wrap == "seam13":
        return f"Screenshot_{stamp}_{index:02d}_{phone}_long.png"
    return f"Screenshot_{stamp}_{index:02d}_{phone}.png"


def _shoot(html: str, out: Path, size: tuple[int, int, float]) -> None:
    width, height, scale = size
    with tempfile.TemporaryDirectory(prefix="b13-") as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                *CHROMIUM_ARGS,
                f"--user-data-dir={tmp}/profile",
                "--hide-scrollbars",
                f"--force-device-scale-factor={scale}",
                f"--window-size={width},{height}",
                f"--screenshot={out}",
                src.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Every screen of a case as an image file under out_dir/<case key>/, in screen order."""
    folder = Path(out_dir) / case.key
    folder.mkdir(parents=True, exist_ok=True)
    jobs = [
        (page_html(s), folder / file_name(s, phone, i), _size(s))
        for i, s in enumerate(case.screens)
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda job: _shoot(*job), jobs))
    return [path for _, path, _ in jobs]
