"""Writes each case's screens as files named the way phones name them."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from tests.blindgen23.cases import CASES
from tests.blindgen23.model import Case, Screen
from tests.blindgen23.pages import paint


def _photo(img: Image.Image) -> Image.Image:
    """The screen shot by another phone: tilted, on a dark desk, a little soft."""
    w, h = img.size
    desk = Image.new("RGB", (int(w * 1.15), int(h * 1.1)), "#3b3631")
    tilted = img.rotate(3.5, expand=True, fillcolor="#3b3631", resample=Image.BICUBIC)
    desk.paste(tilted.resize((int(w * 1.0), int(h * 0.98))), (int(w * 0.07), int(h * 0.05)))
    return desk.filter(ImageFilter.GaussianBlur(1.2)).resize((w * 3 // 4, h * 3 // 4))


def _ring(img: Image.Image) -> Image.Image:
    d = ImageDraw.Draw(img)
    w, h = img.size
    d.ellipse((w * 0.05, h * 0.28, w * 0.95, h * 0.5), outline="#e11d48", width=max(6, w // 150))
    return img


def draw(screen: Screen) -> Image.Image:
    img = paint(screen).img
    if screen.wrap == "ring23":
        img = _ring(img)
    if screen.wrap == "crop23":
        img = img.crop((0, int(img.height * 0.035), img.width, img.height))
    if screen.wrap == "photo23" or screen.app in ("idcard23", "letter23"):
        img = _photo(img)
    return img


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    folder = Path(out_dir) / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for screen in case.screens:
        path = folder / screen.name
        img = draw(screen)
        if path.suffix == ".jpg":
            img.save(path, quality=80)
        else:
            img.save(path)
        paths.append(path)
    return paths


if __name__ == "__main__":
    import sys

    key = sys.argv[1]
    for p in render_case(CASES[key], Path(sys.argv[2]), CASES[key].phone):
        print(p)
