"""The phones' looks: colours, font and size for both painters."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Skin:
    bg: str
    fg: str
    dim: str
    bar_bg: str
    bar_fg: str
    title_bg: str
    title_fg: str
    in_bg: str
    out_bg: str
    out_fg: str
    serif: bool = False
    size: int = 26
    clock_left: bool = False


SKINS = {
    # Android 2.3-like: black, grey bubbles, a lime accent, a black bar with the clock on the right.
    "gingerbread15": Skin(
        "#000000", "#e6e6e6", "#8a8a8a", "#000000", "#dddddd", "#2e2e2e", "#ffffff",
        "#262626", "#3d5a12", "#f2ffe0", size=25,
    ),
    # Symbian-like: a deep blue bar and title, white body, serif type and soft keys.
    "symbian15": Skin(
        "#ffffff", "#111111", "#666666", "#0a3a8c", "#ffffff", "#1456c8", "#ffffff",
        "#e4ecfa", "#fff3c4", "#111111", serif=True, size=24, clock_left=True,
    ),
    # HarmonyOS-4-like: a frosted light drawer, white rounded cards, the clock on the left.
    "harmony15": Skin(
        "#e9eef5", "#1b1b1f", "#7a7f89", "#e9eef5", "#1b1b1f", "#e9eef5", "#1b1b1f",
        "#ffffff", "#0a59f7", "#ffffff", size=27, clock_left=True,
    ),
    # A Windows Phone Link-like desktop window.
    "phonelink15": Skin(
        "#f3f3f3", "#1a1a1a", "#6b6b6b", "#202020", "#ffffff", "#ffffff", "#1a1a1a",
        "#ffffff", "#d7e8fa", "#1a1a1a", size=15,
    ),
    # The contacts' phones that forward their own shots.
    "tizen15": Skin(
        "#f7f9fb", "#202124", "#6d7278", "#1f3c5a", "#ffffff", "#ffffff", "#1f3c5a",
        "#ffffff", "#cfe9ff", "#0f2233", size=26, clock_left=True,
    ),
    "firefoxos15": Skin(
        "#fafafa", "#2b2b2b", "#858585", "#e66000", "#ffffff", "#ff9500", "#ffffff",
        "#eeeeee", "#ffe0c2", "#2b2b2b", size=26,
    ),
    "palm15": Skin(
        "#202326", "#f0f0f0", "#9aa0a6", "#111214", "#f0f0f0", "#3a3f44", "#f0f0f0",
        "#3a3f44", "#5c6f80", "#ffffff", size=25,
    ),
    # Paper under a camera: an ID card or a letter.
    "paper15": Skin(
        "#f4efe3", "#1d1d1d", "#5b5b5b", "#f4efe3", "#1d1d1d", "#f4efe3", "#8b1a1a",
        "#f4efe3", "#f4efe3", "#1d1d1d", serif=True, size=28,
    ),
}  # fmt: skip
