"""Draws the fourteenth set's screens with headless chromium: PNG shots and JPEG photos."""

from __future__ import annotations

import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

from tests.blindgen14.model import Case, Screen
from tests.blindgen14.pages import BODIES
from tests.blindgen14.paper import PAPERS
from tests.blindgen14.skins import PHONES, phone_page
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

_HEAD = (
    '<!doctype html><html><head><meta charset="utf-8"><style>*{box-sizing:border-box}'
    "body{margin:0;overflow:hidden;font-family:sans-serif}</style></head><body>"
)


def _size(screen: Screen) -> tuple[int, int, float]:
    """CSS width, height and device scale of the shot."""
    if screen.app in PAPERS:
        return 760, 560 if screen.app == "idcard14" else 1000, 1.5
    if screen.skin == "laoren14":
        return 480, 640, 2
    if screen.skin == "darktab14":
        return 1280, 800, 1.25
    height = screen.extra.get("height", 1700) if screen.long else 812
    return 375, height, 1.5 if screen.forwarded else 2


def page_html(screen: Screen) -> str:
    """The whole HTML document of one screen."""
    if screen.app in PAPERS:
        return f"{_HEAD}{PAPERS[screen.app](screen)}</body></html>"
    assert screen.skin in PHONES, screen.skin
    return f"{_HEAD}{phone_page(screen, BODIES[screen.app](screen))}</body></html>"


def file_name(screen: Screen, phone: str, index: int) -> str:
    """Borrower's shots name her phone; forwarded ones are chat exports; photos are IMG_."""
    stamp = f"{screen.captured:%Y%m%d_%H%M%S}"
    if screen.forwarded:
        ms = int((screen.captured + timedelta(minutes=3 + index)).timestamp() * 1000)
        return f"mmexport{ms}.jpg"
    if screen.app in PAPERS or screen.skin == "laoren14":
        return f"IMG_{stamp}_{index:02d}.jpg"
    if screen.long:
        return f"Screenshot_{stamp}_{index:02d}_{phone}_scroll.png"
    return f"Screenshot_{stamp}_{index:02d}_{phone}.png"


def _shoot(html: str, out: Path, size: tuple[int, int, float]) -> None:
    """Chromium writes a JPEG when the file name says .jpg."""
    width, height, scale = size
    with tempfile.TemporaryDirectory(prefix="b14-") as tmp:
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
