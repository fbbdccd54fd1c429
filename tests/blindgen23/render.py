"""Writes each case's screens as files named the way phones name them."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from tests.blindgen23.cases import CASES
from tests.blindgen23.model import Case, Screen
from tests.blindgen23.pages import paint


def _photo(img: Image.Image) -> Image.Image:
    """The screen shot by another phone: seen at a slant on a dark desk, a little soft."""
    w, h = img.size
    W, H = int(w * 1.2), int(h * 1.12)
    # Where the screen's four corners land in the photo (top edge farther, so narrower).
    quad = [(0.16 * w, 0.05 * h), (1.06 * w, 0.08 * h), (1.13 * w, 1.07 * h), (0.05 * w, 1.04 * h)]
    coeffs = _coeffs(quad, [(0, 0), (w, 0), (w, h), (0, h)])
    shot = img.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor="#3b3631")
    return shot.filter(ImageFilter.GaussianBlur(1.1)).resize((W * 3 // 4, H * 3 // 4))


def _coeffs(dst: list, src: list) -> list[float]:
    """Pillow's eight perspective numbers mapping the photo's points back to the screen's."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return _solve(rows, rhs)


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gauss-Jordan on the 8x8 system (no numpy needed for eight unknowns)."""
    m = [[*row[:], val] for row, val in zip(a, b, strict=True)]
    n = len(m)
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


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
