"""HTML of each screen and its screenshot (headless chromium), PNG or a forwarded mmexport JPEG."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from PIL import Image

from tests.blindgen9.model import Case, Screen
from tests.blindgen9.pages import BUILDERS
from tests.blindgen9.skins import css, status_bar
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

WIDTH, HEIGHT, TALL = 390, 844, 1240


def page_html(screen: Screen) -> str:
    body = BUILDERS[screen.app](screen)
    bar = status_bar(screen.status, screen.skin) if screen.has_bar else ""
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><style>{css(screen.skin)}</style>'
        f"</head><body>{bar}{body}</body></html>"
    )


def file_name(screen: Screen, phone: str, index: int) -> str:
    """Borrower shots named as the phone names them; forwarded ones as WeChat exports them."""
    stamp = int(screen.captured.timestamp())
    if screen.forwarded:
        return f"mmexport{stamp}{index:03d}.jpg"
    return f"Screenshot_{screen.captured:%Y%m%d_%H%M%S}_{phone}_{screen.name}.png"


def shoot(html: str, out: Path, height: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run(
            [CHROMIUM, "--headless", *CHROMIUM_ARGS, "--hide-scrollbars",
             "--force-device-scale-factor=2", f"--window-size={WIDTH},{height}",
             f"--screenshot={out}", page.as_uri()],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip


def render_screen(screen: Screen, out_dir: Path, phone: str, index: int) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / file_name(screen, phone, index)
    png = path.with_suffix(".png")
    shoot(page_html(screen), png, TALL if screen.tall else HEIGHT)
    if screen.forwarded:
        # WeChat recompresses what it forwards: smaller and lossy.
        with Image.open(png) as img:
            small = img.convert("RGB").resize((img.width * 3 // 4, img.height * 3 // 4))
        small.save(path, "JPEG", quality=62)
        png.unlink()
    return path


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    folder = Path(out_dir) / case.key
    return [render_screen(s, folder, phone, i) for i, s in enumerate(case.screens)]
