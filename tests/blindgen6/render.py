"""Screens to files as they are handed in: phone PNGs, forwarded mmexport JPGs, camera photos."""

from __future__ import annotations

import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

from tests.blindgen6.model import Case, Screen
from tests.blindgen6.pages import page_of
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

_APP_NAMES = {"sms": "Messaging", "dialer": "Phone", "incall": "Dialer", "bill": "米米花"}
_SCALE = 3  # 360 CSS pixels → a 1080-pixel-wide phone screenshot


def page_html(screen: Screen) -> str:
    return page_of(screen)


def file_name(screen: Screen, index: int, phone: str) -> str:
    """The name a phone gives the file: its own screenshot style, mmexport, or a camera's IMG_."""
    cap = screen.captured + timedelta(seconds=(index * 17 + 9) % 60)
    if screen.photo:
        return f"IMG_{cap:%Y%m%d_%H%M%S}.jpg"
    if screen.forwarded:
        return f"mmexport{int(cap.timestamp() * 1000) + index}.jpg"
    if phone == "nothing":
        return f"Screenshot_{cap:%Y%m%d-%H%M%S}_{index:02d}.png"
    if phone == "hios":
        return f"Screenshot_{cap:%Y%m%d-%H%M%S}{index:02d}.png"
    if phone == "lineage":
        return (
            f"Screenshot_{cap:%Y%m%d-%H%M%S}_{_APP_NAMES.get(screen.app.split('_')[0], '桌面')}.png"
        )
    return f"Screenshot_{cap:%Y-%m-%d-%H-%M-%S}-{index}.png"


def _shoot(html: Path, png: Path, height: int) -> None:
    subprocess.run(
        [
            CHROMIUM, *CHROMIUM_ARGS, "--headless", "--hide-scrollbars",
            f"--force-device-scale-factor={_SCALE}", f"--window-size=360,{height}",
            f"--screenshot={png}", html.as_uri(),
        ],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip


def _finish(png: Path, out: Path, screen: Screen) -> None:
    """A forwarded copy is smaller and recompressed; a photo carries a camera's EXIF date."""
    from PIL import Image

    with Image.open(png) as image:
        image = image.convert("RGB")
        if screen.forwarded:
            image = image.resize((720, round(image.height * 720 / image.width)))
            image.save(out, "JPEG", quality=70)
        elif screen.photo:
            exif = Image.Exif()
            exif[0x0132] = f"{screen.captured:%Y:%m:%d %H:%M:%S}"
            exif[0x010F] = "TECNO"
            image.save(out, "JPEG", quality=86, exif=exif)
        else:
            image.save(out, "PNG")


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Every screen of the case as a file in out_dir, in the case's order."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="blindgen6-"))
    jobs = []
    for i, screen in enumerate(case.screens):
        html = work / f"{case.key}-{screen.name}.html"
        html.write_text(page_html(screen), encoding="utf-8")
        jobs.append(
            (html, work / f"{screen.name}.png", out_dir / file_name(screen, i, phone), screen)
        )
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda j: _shoot(j[0], j[1], j[3].height), jobs))
    for _, png, out, screen in jobs:
        _finish(png, out, screen)
    return [out for _, _, out, _ in jobs]
