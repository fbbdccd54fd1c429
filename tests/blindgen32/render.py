"""Draw the thirty-second blind set's screens with Pillow, then age a third of them."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from tests.blindgen32 import pages, pages_chat
from tests.blindgen32.model import Case, Screen


def draw(s: Screen, loan: dict | None = None):
    """The screen's canvas (its image and the texts drawn)."""
    if s.app == "calllog32":
        return pages.calllog(s)
    if s.app == "numpage32":
        return pages.numpage(s)
    if s.app == "smsinbox32":
        return pages.smsinbox(s)
    if s.app == "smsthread32":
        return pages.smsthread(s)
    if s.app == "lock32":
        return pages.lock(s)
    if s.app == "bill32":
        return pages.bill(s, loan or {})
    if s.app == "padsms32":
        return pages_chat.pad(s)
    if s.app == "pcchat32":
        return pages_chat.pc(s, inner_image)
    if s.app == "notice32":
        return pages_chat.notice(s)
    return pages_chat.chat(s, inner_image)


def inner_image(s: Screen) -> Image.Image:
    """A relative's screenshot as it arrives in a chat: cut below its last row."""
    c = draw(s)
    return c.img


def photo(img: Image.Image, rng: random.Random) -> Image.Image:
    """Shot by another phone: on a dark table, turned a little, soft, unevenly lit."""
    w, h = img.size
    pad = int(w * 0.08)
    table = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (58, 52, 47))
    shot = img.rotate(rng.uniform(-2.5, 2.5), Image.BICUBIC, expand=True, fillcolor=(58, 52, 47))
    table.paste(shot, (pad - (shot.width - w) // 2, pad - (shot.height - h) // 2))
    light = Image.new("L", table.size, 0)
    ImageDraw.Draw(light).ellipse([-w // 2, -h // 3, w, h], fill=70)
    light = light.filter(ImageFilter.GaussianBlur(w // 6))
    table = Image.composite(Image.new("RGB", table.size, (255, 250, 235)), table, light)
    table = table.filter(ImageFilter.GaussianBlur(0.8))
    return table.resize((int(table.width * 0.8), int(table.height * 0.8)), Image.BILINEAR)


def age(s: Screen, img: Image.Image) -> tuple[Image.Image, int]:
    """The wrap applied; returns the image and the JPEG quality to save at (0: PNG)."""
    rng = random.Random(s.name)
    if s.wrap == "photo32":
        return photo(img, rng), 62
    if s.wrap == "crop32":  # the status bar and the bottom bar cut off in the editor
        top = int(img.height * 0.035)
        return img.crop((0, top, img.width, int(img.height * 0.93))), 80
    if s.wrap == "jpeg32":  # forwarded twice at low resolution
        f = 0.6 if img.width > 1000 else 0.85
        small = img.resize((int(img.width * f), int(img.height * f)), Image.BILINEAR)
        return small, 45
    if s.wrap == "stitch32":  # a long capture: a seam where two pages were joined
        d = ImageDraw.Draw(img)
        y = img.height // 2
        d.line([0, y, img.width, y], fill=(200, 200, 200), width=2)
        return img, 88
    return img, 0


def file_name(s: Screen, i: int) -> str:
    t = s.captured.replace(second=(7 * i) % 60)
    if s.wrap == "photo32":
        return f"IMG_{t:%Y%m%d_%H%M%S}.jpg"
    if s.wrap == "jpeg32":
        return f"mmexport{int(t.timestamp())}{i:03d}.jpg"
    if s.skin == "desk32":
        return f"微信图片_{t:%Y%m%d%H%M%S}.png"
    if s.skin == "tidal32":
        return f"IMG_{4100 + i:04d}.{'jpg' if s.wrap else 'png'}"
    return f"Screenshot_{t:%Y%m%d_%H%M%S}.{'jpg' if s.wrap else 'png'}"


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Every screen of the case written to out_dir/<key>/, in the case's order."""
    where = Path(out_dir) / case.key
    where.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, s in enumerate(case.screens):
        img, quality = age(s, draw(s, case.loan).img)
        path = where / file_name(s, i)
        if quality:
            img.convert("RGB").save(path, "JPEG", quality=quality)
        else:
            img.save(path, "PNG")
        paths.append(path)
    return paths
