"""Phone skins: size, colours, status bar and navigation of each, drawn on the SVG canvas."""

from __future__ import annotations

from dataclasses import dataclass

from tests.blindgen21.model import Screen
from tests.blindgen21.svg import Canvas


@dataclass(frozen=True)
class Skin:
    width: int
    height: int
    bg: str
    ink: str
    muted: str
    bar: int  # status bar height
    nav: int  # navigation area height


SKINS = {
    "colorthirteen21": Skin(720, 1560, "#f4f5f7", "#1b1b1b", "#8a8f99", 54, 40),
    "flymeround21": Skin(720, 1500, "#ffffff", "#202020", "#9a9a9a", 60, 70),
    "hyperdark21": Skin(1080, 2340, "#0f0f10", "#ececec", "#8d8d93", 84, 60),
    "ioslegacy21": Skin(750, 1334, "#efeff4", "#000000", "#8e8e93", 40, 0),
    "foldwide21": Skin(1800, 1620, "#f7f7f9", "#1c1c1e", "#90939a", 64, 44),
    "landscape21": Skin(1600, 720, "#ffffff", "#1d1d1d", "#8a8a8a", 40, 0),
    "paper21": Skin(1200, 1600, "#6b5a48", "#1a1a1a", "#555", 0, 0),
}
CARRIER = "中国移动"


def frame(screen: Screen) -> tuple[Canvas, Skin, int, int]:
    """A canvas with the skin's status bar and navigation drawn; the free band (top, bottom)."""
    skin = SKINS[screen.skin]
    height = skin.height * screen.extra.get("tall", 1)
    cv = Canvas(skin.width, height, skin.bg)
    bottom = height - skin.nav
    cv.limit = bottom
    if skin.bar:
        _status(cv, screen, skin)
    _nav(cv, screen.skin, skin, height)
    return cv, skin, skin.bar, bottom


def _battery(cv: Canvas, x: float, y: float, level: int, ink: str, scale: float = 1.0) -> None:
    w, h = 40 * scale, 18 * scale
    cv.rect(x, y, w, h, "none", rx=4, stroke=ink, sw=2)
    cv.rect(x + 3, y + 3, (w - 6) * level / 100, h - 6, ink, rx=2)
    cv.rect(x + w + 1, y + h / 3, 3 * scale, h / 3, ink)


def _signal(cv: Canvas, x: float, y: float, ink: str, scale: float = 1.0) -> None:
    for i in range(4):
        h = (6 + 4 * i) * scale
        cv.rect(x + i * 7 * scale, y + 18 * scale - h, 5 * scale, h, ink)


def _status(cv: Canvas, screen: Screen, skin: Skin) -> None:
    w, ink, level = skin.width, skin.ink, screen.battery
    if screen.skin == "colorthirteen21":
        cv.text(28, 36, screen.clock, 24, ink, 500)
        _signal(cv, w - 200, 20, ink)
        cv.text(w - 160, 36, f"{level}%", 20, ink)
        _battery(cv, w - 100, 20, level, ink)
    elif screen.skin == "flymeround21":
        # Flyme's clock sits in a small round badge at the left.
        cv.circle(56, 30, 26, "#202020")
        cv.text(56, 37, screen.clock, 17, "#ffffff", 700, anchor="middle")
        _signal(cv, w - 190, 18, ink)
        _battery(cv, w - 140, 20, level, ink)
        cv.text(w - 84, 36, f"{level}%", 20, ink)
    elif screen.skin == "hyperdark21":
        cv.text(48, 58, screen.clock, 36, ink, 700)
        _signal(cv, w - 260, 34, ink, 1.4)
        _battery(cv, w - 190, 34, level, ink, 1.4)
        cv.text(w - 110, 58, f"{level}%", 30, ink, 500)
    elif screen.skin == "ioslegacy21":
        # The gradient runs under the navigation bar of a chat or bill; lists start below it.
        header = 0 if screen.app in ("calllog21", "assistant21", "voicemail21", "inbox21") else 88
        cv.raw(
            '<defs><linearGradient id="g21" x1="0" y1="0" x2="1" y2="0">'
            '<stop offset="0" stop-color="#1d62f0"/><stop offset="1" stop-color="#1ad6fd"/>'
            f'</linearGradient></defs><rect width="{w}" height="{skin.bar + header}" '
            'fill="url(#g21)"/>'
        )
        cv.text(14, 28, CARRIER, 20, "#ffffff")
        cv.text(w / 2, 28, screen.clock, 21, "#ffffff", 700, anchor="middle")
        cv.text(w - 60, 28, f"{level}%", 20, "#ffffff", anchor="end")
        _battery(cv, w - 52, 12, level, "#ffffff", 0.9)
    else:  # foldwide21, landscape21
        size = 26 if screen.skin == "foldwide21" else 20
        cv.text(36, skin.bar * 0.68, screen.clock, size, ink, 500)
        _signal(cv, w - 220, skin.bar * 0.25, ink)
        cv.text(w - 180, skin.bar * 0.68, f"{level}%", size - 4, ink)
        _battery(cv, w - 110, skin.bar * 0.3, level, ink)


def _nav(cv: Canvas, name: str, skin: Skin, height: int) -> None:
    if not skin.nav:
        return
    top = height - skin.nav
    if name == "flymeround21":
        cv.rect(0, top, skin.width, skin.nav, "#fafafa")
        cv.rect(skin.width / 2 - 60, top + 30, 120, 8, "#c8c8c8", rx=4)
    else:
        cv.rect(skin.width / 2 - 80, top + skin.nav / 2 - 3, 160, 7, skin.muted, rx=4)
