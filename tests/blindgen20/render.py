"""Draw a case's screens with Pillow, then age them (photo, forward, stitch, crop, ring, mosaic)."""

from __future__ import annotations

from pathlib import Path

from tests.blindgen20 import degrade
from tests.blindgen20.canvas import Canvas
from tests.blindgen20.chat import chat_page, content_height
from tests.blindgen20.logs import call_log, carrier_page, contact_card, spam_folder
from tests.blindgen20.model import Case, Screen
from tests.blindgen20.papers import bill_page, id_card, kid_sms, letter
from tests.blindgen20.skins import SKINS, bg, nav_bar, status_bar

PAGES = {
    "bill20": bill_page,
    "idcard20": id_card,
    "letter20": letter,
    "kidsms20": kid_sms,
    "sms20": chat_page,
    "whatsapp20": chat_page,
    "telegram20": chat_page,
    "line20": chat_page,
    "samcalls20": call_log,
    "gphone20": call_log,
    "changlian20": call_log,
    "card20": contact_card,
    "carrier20": carrier_page,
    "spam20": spam_folder,
}
_HEIGHT = {
    "oneui20": 2316,
    "matyou20": 2400,
    "vivoft20": 1600,
    "hos3_20": 2700,
    "xpmin20": 2560,
    "kidfp20": 320,
}
_OVERLAP = 260


def page_size(s: Screen) -> tuple[int, int]:
    width = SKINS[s.skin][0]
    if s.app == "idcard20":
        return 1500, 1000
    if s.app == "letter20":
        return 1280, 1900
    height = _HEIGHT[s.skin]
    if "long20" in s.effects:  # as tall as its bubbles, cut into three overlapping screens
        return width, content_height(s, width) + 240
    return width, height


def draw(s: Screen, dry: bool = False) -> Canvas:
    width, height = page_size(s)
    c = Canvas(width, height, bg(s), dry, SKINS[s.skin][2])
    PAGES[s.app](c, s)
    if s.app in ("sms20", "whatsapp20", "telegram20", "line20", "card20", "carrier20"):
        nav_bar(c, s)
    return c


def _status_height(s: Screen) -> int:
    """How tall the skin's status bar is: a cropped shot loses exactly that strip."""
    return status_bar(Canvas(page_size(s)[0], 100, "#fff", dry=True), s)


def drawn_text(s: Screen) -> str:
    """Every string the screen draws, one a line (no pixels: the truth test reads this)."""
    return "\n".join(draw(s, dry=True).strings)


def finish(s: Screen):
    """The image as saved: drawn, then aged by each of its effects in order."""
    image = draw(s).image
    if s.skin == "kidfp20":
        image = image.resize((720, 960), 0)  # a 240×320 screen shown three times larger
    for effect in s.effects:
        if effect == "long20":
            image = degrade.stitched(image, (image.height + 2 * _OVERLAP) // 3, _OVERLAP)
        elif effect == "crop20":
            image = degrade.crop_top(image, _status_height(s) + 2)
        elif effect == "circle20":
            image = degrade.ring(image, s.extra["ring"])
        elif effect == "mosaic20":
            image = degrade.mosaic(image, s.extra["name_box"])
        elif effect == "photo20":
            image = degrade.photo_of_screen(image, s.extra.get("tilt", 0.05))
        elif effect == "fwd20":
            image = degrade.forwarded(image)
    if s.skin == "paper20":
        image = degrade.photo_of_paper(image, s.extra.get("angle", 2.0))
    return image


def render_case(case: Case, out_dir: Path, phone: str) -> list[Path]:
    """Write every screen of the case under out_dir/<key>/, in order."""
    folder = Path(out_dir) / case.key
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for s in case.screens:
        path = folder / s.name
        image = finish(s).convert("RGB")
        if path.suffix == ".jpg":
            image.save(path, "JPEG", quality=s.extra.get("quality", 88))
        else:
            image.save(path, "PNG")
        paths.append(path)
    return paths
