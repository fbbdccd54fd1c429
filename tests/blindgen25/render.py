"""Shoots each page with headless Chromium, then finishes some in Pillow (photo, forward, crop)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageFilter

from tests.blindgen25.model import Case, Screen
from tests.blindgen25.pages import page
from tests.chromium import CHROMIUM, CHROMIUM_ARGS


def _shoot(s: Screen, work: Path) -> Image.Image:
    html = page(s).html
    if s.inner is not None:
        pic = work / f"inner_{s.name}.jpg"
        inner = _shoot(s.inner, work).convert("RGB")
        # the relative cropped it to the part that matters before sending it; the chat app
        # scaled and recompressed it
        inner = inner.crop((0, 0, inner.width, inner.height * 11 // 20))
        inner = inner.resize((inner.width * 3 // 5, inner.height * 3 // 5), Image.LANCZOS)
        inner.save(pic, quality=58)
        html = html.replace("{INNER}", pic.as_uri())
    src = work / f"{s.name}.html"
    src.write_text(html, encoding="utf-8")
    out = work / f"{s.name}.png"
    w, h = s.size
    subprocess.run(
        [CHROMIUM, "--headless", *CHROMIUM_ARGS, "--hide-scrollbars",
         "--allow-file-access-from-files",
         f"--force-device-scale-factor={s.scale}", f"--window-size={w},{h}",
         f"--screenshot={out}", src.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return Image.open(out).convert("RGB")


def _photo(img: Image.Image) -> Image.Image:
    """Paper photographed on a wooden table from a little to the left, slightly soft."""
    w, h = img.size
    pad = int(w * 0.12)
    table = Image.new("RGB", (w + 2 * pad, h + 2 * pad), "#6b4f36")
    table.paste(img, (pad, pad))
    W, H = table.size
    # QUAD: the source corners seen by the output's corners (upper-left, lower-left, lower-right,
    # upper-right); a narrower far edge reads as a tilt.
    quad = (W * 0.02, H * 0.06, -W * 0.04, H * 0.97, W * 1.03, H * 1.0, W * 0.94, H * 0.02)
    shot = table.transform((W, H), Image.QUAD, quad, Image.BICUBIC, fillcolor="#4a3726")
    return shot.filter(ImageFilter.GaussianBlur(0.9)).resize((W * 2 // 3, H * 2 // 3))


def draw(s: Screen, work: Path) -> Image.Image:
    img = _shoot(s, work)
    if s.wrap == "crop25":
        img = img.crop((0, 40 * s.scale, img.width, img.height - 30 * s.scale))
    if s.wrap == "photo25":
        # an old phone held up to another phone's camera: a black bezel around the screen
        bezel = max(24, img.width // 18)
        framed = Image.new("RGB", (img.width + 2 * bezel, img.height + 3 * bezel), "#111")
        framed.paste(img, (bezel, bezel))
        img = _photo(framed)
    if s.app == "paper25":
        img = _photo(img)
    return img


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    folder = Path(out_dir) / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with tempfile.TemporaryDirectory(prefix="bg25-") as tmp:
        for s in case.screens:
            path = folder / s.name
            img = draw(s, Path(tmp))
            if path.suffix == ".jpg":
                img.save(path, quality=78)
            else:
                img.save(path)
            paths.append(path)
    return paths


if __name__ == "__main__":
    import sys

    from tests.blindgen25.cases import CASES

    key = sys.argv[1]
    for p in render_case(CASES[key], Path(sys.argv[2]), CASES[key].phone):
        print(p)
