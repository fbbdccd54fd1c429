"""Set 31's four phones: size, scale, type and the status bar each draws (own CSS, no framework)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Skin:
    label: str
    width: int  # CSS px
    height: int
    scale: float
    font: float  # base type size, px
    dark: bool
    net: str
    css: str  # the phone's own look


BASE_CSS = """
*{box-sizing:border-box;margin:0;padding:0}
html,body{width:var(--w);height:var(--h);overflow:hidden}
body{font-family:'Noto Sans CJK SC',sans-serif;font-size:var(--fs);background:var(--bg);
 color:var(--fg);display:flex;flex-direction:column}
#stage{flex:1;overflow:hidden;display:flex;flex-direction:column;position:relative}
.bar{height:34px;display:flex;align-items:center;justify-content:space-between;padding:0 20px;
 font-size:13.5px;font-weight:600;flex:none;background:var(--barbg)}
.bar .r{display:flex;gap:6px;align-items:center}
.batt{display:inline-flex;align-items:center;gap:3px}
.batt i{display:inline-block;width:22px;height:11px;border:1.5px solid currentColor;
 border-radius:3px;position:relative}
.batt i b{position:absolute;left:1px;top:1px;bottom:1px;background:currentColor;border-radius:1px}
.sig{display:inline-flex;gap:1.5px;align-items:flex-end;height:11px}
.sig u{display:inline-block;width:3px;background:currentColor;text-decoration:none}
.nav{height:22px;flex:none;display:flex;justify-content:center;align-items:center}
.nav s{display:block;width:120px;height:4px;border-radius:2px;background:var(--fg);opacity:.55}
"""

SKINS = {
    # OPPO ColorOS-15-like: pale green accent, airy rows, time left and small icons right.
    "colorfifteen31": Skin(
        "colorfifteen31", 412, 915, 2.5, 15.5, False, "5G",
        "--bg:#f6f7f9;--fg:#15181c;--sub:#8a9099;--acc:#1da464;--card:#ffffff;--line:#eceef1;"
        "--barbg:#f6f7f9;--miss:#e5484d",
    ),
    # Samsung One-UI-like in dark mode: a tall empty head over the list, blue accent.
    "oneuidusk31": Skin(
        "oneuidusk31", 412, 892, 2.0, 16.5, True, "4G",
        "--bg:#000000;--fg:#f2f2f2;--sub:#9b9b9b;--acc:#3e91ff;--card:#17171a;--line:#26262a;"
        "--barbg:#000000;--miss:#ff5b4f",
    ),
    # Xiaomi HyperOS-like light: large bold titles, blue accent, grey canvas.
    "hyperpaper31": Skin(
        "hyperpaper31", 393, 873, 3.0, 15.0, False, "5G",
        "--bg:#f7f7f7;--fg:#000000;--sub:#999999;--acc:#0d84ff;--card:#ffffff;--line:#ececec;"
        "--barbg:#f7f7f7;--miss:#f0433a",
    ),
    # iPhone-like: SF-ish sizes (17 px), time in the left ear, signal + battery right.
    "frost31": Skin(
        "frost31", 390, 844, 3.0, 17.0, False, "5G",
        "--bg:#ffffff;--fg:#000000;--sub:#8e8e93;--acc:#0a84ff;--card:#ffffff;--line:#e3e3e8;"
        "--barbg:#ffffff;--miss:#ff3b30",
    ),
}  # fmt: skip
