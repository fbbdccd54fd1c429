"""Draws the eleventh set's screens with headless chromium: PNG shots, mmexport JPEGs, photos."""

from __future__ import annotations

import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

from tests.blindgen11 import pages, sheets
from tests.blindgen11.model import PHOTO_APPS, Case, Screen
from tests.blindgen11.skins import PHONES, mirror_page, phone_page, tablet_page, watch_page
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

_BODIES = {
    "messenger11": pages.messenger11,
    "signal11": pages.signal11,
    "shop11": pages.shop11,
    "sms11": pages.sms11,
    "tabsms11": pages.tabsms11,
    "clan11": pages.clan11,
    "watch11": pages.watch11,
    "calllog11": sheets.calllog11,
    "intercept11": sheets.intercept11,
    "qqmail11": sheets.qqmail11,
    "bill11": sheets.bill11,
    "idcard11": sheets.idcard11,
    "summons11": sheets.summons11,
}


def _size(screen: Screen) -> tuple[int, int, float]:
    """CSS width, height and device scale of the shot."""
    if screen.app in PHOTO_APPS:
        return (900, 640, 1.5) if screen.app == "idcard11" else (760, 1000, 1.5)
    if screen.skin == "watch11":
        return 300, 300, 2
    if screen.skin == "tablet11":
        return 1024, 720, 1.5
    if screen.skin == "mirror11":
        return 1280, 800, 1.5
    height = screen.extra.get("height", 844) if screen.tall else 844
    # A shot forwarded on WeChat comes back smaller.
    return 390, height, 1.5 if screen.forwarded else 2


def page_html(screen: Screen) -> str:
    """The whole HTML document of one screen."""
    body = _BODIES[screen.app](screen)
    if screen.app in PHOTO_APPS:
        inner = body
    elif screen.skin == "watch11":
        inner = watch_page(screen, body)
    elif screen.skin == "tablet11":
        inner = tablet_page(screen, body)
    elif screen.skin == "mirror11":
        inner = mirror_page(screen, phone_page(screen, screen.extra["inner"], body, 844))
    else:
        assert screen.skin in PHONES, screen.skin
        height = screen.extra.get("height", 844) if screen.tall else None
        inner = phone_page(screen, screen.skin, body, height)
    return (
        '<!doctype html><html><head><meta charset="utf-8"><style>*{box-sizing:border-box}'
        "body{margin:0;-webkit-font-smoothing:antialiased}</style></head>"
        f"<body>{inner}</body></html>"
    )


def file_name(screen: Screen, phone: str, index: int) -> str:
    """Borrower's shots name her phone; forwarded ones are WeChat exports; photos IMG_."""
    if screen.forwarded:
        ms = int((screen.captured + timedelta(minutes=7 + index)).timestamp() * 1000)
        return f"mmexport{ms}.jpg"
    if screen.app in PHOTO_APPS:
        return f"IMG_{screen.captured:%Y%m%d_%H%M%S}_{index:02d}.jpg"
    stamp = f"{screen.captured:%Y%m%d_%H%M%S}"
    if screen.skin == "mirror11":
        return f"MirrorCapture_{stamp}_{index:02d}.png"
    device = phone if screen.skin in PHONES else screen.skin
    return f"Screenshot_{stamp}_{index:02d}_{device}.png"


def _shoot(html: str, out: Path, size: tuple[int, int, float]) -> None:
    width, height, scale = size
    with tempfile.TemporaryDirectory(prefix="b11-") as tmp:
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
