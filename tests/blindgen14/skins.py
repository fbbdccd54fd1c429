"""The fourteenth set's phones, each with its own status bar and frame.

tizen14: a Tizen-like Samsung phone (black bar, clock on the right, three soft-key glyphs);
iosflat14: an iOS-7-flat-like phone (carrier left, clock centred, thin battery right);
laoren14: a 老人机 feature phone (240x320 screen, big font) photographed by another phone on a
desk, slightly tilted; darktab14: a tablet in dark mode (wide, WLAN in the bar).
"""

from __future__ import annotations

from html import escape

from tests.blindgen14.model import Screen

PHONES = ("tizen14", "iosflat14", "laoren14", "darktab14")
# Words a skin draws around every page (the feature phone's soft keys).
SKIN_CHROME = {"laoren14": "选项 返回"}


def _status(screen: Screen) -> str:
    """The status bar: each skin places clock, network and battery its own way."""
    parts = screen.statuses[0].split()
    if screen.skin == "tizen14":
        clock, net, battery = parts
        return (
            '<div style="height:26px;background:#000;color:#fff;font:13px sans-serif;display:flex;'
            'justify-content:flex-end;gap:10px;align-items:center;padding:0 10px">'
            f"<span>{escape(net)} ▂▄▆</span><span>{escape(battery)}</span>"
            f"<span>{escape(clock)}</span></div>"
        )
    if screen.skin == "iosflat14":
        clock, net, battery = parts
        return (
            '<div style="height:22px;background:#fff;color:#000;font:12px Helvetica,sans-serif;'
            'display:flex;justify-content:space-between;align-items:center;padding:0 8px">'
            f"<span>●●●○○ {escape(net)}</span><b>{escape(clock)}</b>"
            f'<span>{escape(battery)} <span style="border:1px solid #000;padding:0 7px">'
            "</span></span></div>"
        )
    if screen.skin == "darktab14":
        clock, net, battery = parts
        return (
            '<div style="height:30px;background:#121212;color:#ccc;font:14px sans-serif;'
            'display:flex;justify-content:space-between;align-items:center;padding:0 22px">'
            f"<span>{escape(clock)}</span>"
            f"<span>{escape(net)} ◔ {escape(battery)} ▭</span></div>"
        )
    carrier, clock = parts
    return (
        '<div style="height:26px;background:#1a3d7a;color:#fff;font:bold 17px sans-serif;'
        'display:flex;justify-content:space-between;align-items:center;padding:0 6px">'
        f"<span>▮▮▮ {escape(carrier)}</span><span>{escape(clock)}</span></div>"
    )


def _nav(skin: str) -> str:
    if skin == "tizen14":
        return (
            '<div style="height:44px;background:#111;color:#8ab4f8;display:flex;'
            'justify-content:space-around;align-items:center;font-size:20px">'
            "<span>⟲</span><span>⌂</span><span>☰</span></div>"
        )
    if skin == "iosflat14":
        return '<div style="height:20px;background:#fff"></div>'
    if skin == "darktab14":
        return (
            '<div style="height:40px;background:#121212;color:#777;display:flex;'
            'justify-content:center;gap:90px;align-items:center;font-size:18px">'
            "<span>◁</span><span>○</span><span>□</span></div>"
        )
    left, right = SKIN_CHROME["laoren14"].split()
    return (
        '<div style="height:34px;background:#1a3d7a;color:#fff;font:bold 20px sans-serif;'
        f'display:flex;justify-content:space-between;align-items:center;padding:0 8px">'
        f"<span>{left}</span><span>{right}</span></div>"
    )


def phone_page(screen: Screen, body: str) -> str:
    """Status bar, the app's page and the skin's soft keys, filling the viewport."""
    dark = screen.skin == "darktab14"
    bg = "#121212" if dark else "#fff"
    inner = (
        f'<div style="display:flex;flex-direction:column;height:100%;background:{bg}">'
        f"{_status(screen)}"
        f'<div style="flex:1;overflow:hidden;display:flex;flex-direction:column">{body}</div>'
        f"{_nav(screen.skin)}</div>"
    )
    if screen.skin != "laoren14":
        return f'<div style="width:100vw;height:100vh">{inner}</div>'
    # Another phone's camera looks at the feature phone lying on a desk: wood, bezel, a tilt.
    return (
        '<div style="width:100vw;height:100vh;background:radial-gradient(circle at 30% 20%,'
        '#b58a5a,#6e4a2a);display:flex;align-items:center;justify-content:center">'
        '<div style="transform:rotate(-2.4deg);background:#2b2b2b;border-radius:34px;'
        'padding:46px 22px 150px;box-shadow:8px 14px 30px rgba(0,0,0,.55)">'
        '<div style="width:240px;height:320px;border:3px solid #111;font-size:18px;'
        f'filter:contrast(.92) brightness(1.05)">{inner}</div></div></div>'
    )
