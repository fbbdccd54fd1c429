"""Screens to images: HTML through headless chromium at 390×844 CSS px, device scale 2.

A screen forwarded over WeChat comes back as a smaller mmexport JPEG at quality 60, as WeChat
recompresses what it passes on; the rest are the phone's own PNG screenshots.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from tests.blindgen10 import pages, papers
from tests.blindgen10.model import Case, Screen
from tests.blindgen10.skins import css, status_bar
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

DRAW = {
    "calllog10": pages.calllog,
    "wxchat10": pages.chat,
    "shade10": pages.shade,
    "whatsapp10": pages.whatsapp,
    "maimai10": pages.maimai,
    "bossdm10": pages.bossdm,
    "jdkefu10": pages.kefu,
    "pddkefu10": pages.kefu,
    "flash10": pages.flash,
    "smsthread10": pages.smsthread,
    "idcard10": papers.idcard,
    "bill10": papers.bill,
    "lawyer10": papers.lawyer,
}


def page_html(screen: Screen) -> str:
    """The whole page: the skin's style, its status bar (not on a photo) and the app's body."""
    bar = status_bar(screen) if screen.has_bar else ""
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>'
        f"{css(screen.skin)}{pages.RULES}</style></head><body>{bar}"
        f"{DRAW[screen.app](screen)}</body></html>"
    )


def file_name(screen: Screen, phone: str, index: int) -> str:
    """Screenshot_<time>-<n>_<phone>_<app>.png on the phone; mmexport<ms>.jpg after WeChat."""
    stamp = screen.captured
    if screen.forwarded:
        return f"mmexport{int(stamp.timestamp() * 1000) + index * 137}.jpg"
    return f"Screenshot_{stamp:%Y-%m-%d-%H-%M-%S}-{index:03d}_{phone}_{screen.app}.png"


def _shoot(html: str, png: Path, height: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run(
            [CHROMIUM, "--headless", *CHROMIUM_ARGS, "--hide-scrollbars",
             "--force-device-scale-factor=2", f"--window-size=390,{height}",
             f"--user-data-dir={tmp}/profile", f"--screenshot={png}", page.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip


def _to_mmexport(png: Path, jpg: Path) -> None:
    """WeChat's forwarding: a smaller picture, JPEG at quality 60."""
    from PIL import Image

    with Image.open(png) as img:
        small = img.convert("RGB").resize((img.width * 3 // 4, img.height * 3 // 4))
        small.save(jpg, "JPEG", quality=60)
    png.unlink()


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Every screen of a case drawn into out_dir/<case>/; the image paths in screen order."""
    folder = Path(out_dir) / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, screen in enumerate(case.screens):
        name = file_name(screen, phone, i)
        target = folder / name
        png = target if not screen.forwarded else folder / f"{name}.png"
        _shoot(page_html(screen), png, screen.tall or 844)
        if screen.forwarded:
            _to_mmexport(png, target)
        paths.append(target)
    return paths
