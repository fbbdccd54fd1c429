"""Writes a case's screens as image files, the way phones and chat apps save them."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from tests.blindgen18.layout import blocks
from tests.blindgen18.model import Case, Screen
from tests.blindgen18.paint import Painter, font, wrap


def _paper(screen: Screen) -> Image.Image:
    """A card or a letter photographed on a table: tilted, a little soft, JPEG-grained."""
    card = screen.app == "idcard18"
    w, h = (1000, 630) if card else (1000, 1400)
    sheet = Image.new("RGB", (w, h), "#eaf1f4" if card else "#fbf8ef")
    draw = ImageDraw.Draw(sheet)
    y = 40
    for i, para in enumerate(screen.extra["paras"]):
        size = 40 if (i == 0 and not card) else 30
        face = font(size, bold=i == 0, serif=not card)
        lines = wrap(para, face, w - 120)
        for line in lines:
            x = (w - face.getlength(line)) / 2 if (i == 0 and not card) else 60
            draw.text((x, y), line, font=face, fill="#1a1a1a")
            y += size + 14
        y += 18
    if not card:  # a red seal at the foot of the page
        draw.ellipse((w - 330, h - 330, w - 90, h - 90), outline="#d42a1e", width=8)
        draw.text(
            (w - 210, h - 210),
            screen.extra.get("seal", "专用章"),
            font=font(30, True),
            fill="#d42a1e",
            anchor="mm",
        )
    table = Image.new("RGB", (w + 260, h + 300), "#5b4636")
    tilted = sheet.rotate(screen.extra.get("tilt", 3), expand=True, fillcolor="#5b4636")
    table.paste(tilted, (110, 130))
    return table.filter(ImageFilter.GaussianBlur(0.8))


def render_screen(screen: Screen) -> Image.Image:
    if screen.app in ("idcard18", "forged18"):
        return _paper(screen)
    img = Painter(screen.skin, tall=screen.wrap == "long18").paint(blocks(screen))
    if screen.wrap == "fwd18":  # sent through a chat app: smaller and recompressed
        img = img.resize((round(img.width * 0.6), round(img.height * 0.6)), Image.LANCZOS)
    return img


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Every screen of the case under out_dir/<case key>/, in order."""
    folder = Path(out_dir) / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for screen in case.screens:
        img = render_screen(screen)
        path = folder / screen.name
        if path.suffix == ".jpg":
            img.save(path, quality=58 if screen.forwarded else 80)
        else:
            img.save(path)
        paths.append(path)
    return paths
