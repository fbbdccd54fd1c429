"""Phone frames of the twelfth set: status bars and navigation of phones no earlier set drew.

Metro-like (Windows Phone: black, lower-case pivot titles, ← ⊞ ⌕ keys), Sense-like (HTC: dark bar,
big clock feel, three soft keys), XOS-like (Infinix: translucent bar, a pill), iOS-12-like light
(carrier left, clock centred) and webOS-like (cards, a gesture strip). Around them: a landscape
shot, a split screen of two apps, a floating 小窗 over a video, and a gallery viewer showing a
screenshot with its own status bar.
"""

from __future__ import annotations

from html import escape

from tests.blindgen12.model import Screen

FONT = "font-family:'Noto Sans CJK SC','Noto Sans',sans-serif"
PHONES = ("metro12", "sense12", "xos12", "cupertino12", "webos12")
WRAPS = ("land12", "split12", "float12", "gallery12")
# Words a wrapper draws around an app (they are chrome, never a person's words).
WRAP_CHROME = {"gallery12": "分享 编辑 收藏 删除 更多", "float12": "小窗 全屏"}

_BAR = {
    "metro12": ("#000", "#fff", "right"),
    "sense12": ("#1c1c1c", "#cfd8dc", "right"),
    "xos12": ("rgba(0,0,0,.0)", "#fff", "right"),
    "cupertino12": ("#f7f7f7", "#000", "center"),
    "webos12": ("#2b2b2b", "#eee", "left"),
}
_NAV = {
    "metro12": "<span>&#8592;</span><span style='font-size:22px'>&#8862;</span><b>&#9906;</b>",
    "sense12": "<span>&#9665;</span><span>&#9711;</span><span>&#9634;</span>",
    "xos12": '<i style="width:120px;height:5px;border-radius:3px;background:#ddd"></i>',
    "cupertino12": '<i style="width:134px;height:5px;border-radius:3px;background:#111"></i>',
    "webos12": '<i style="width:60px;height:8px;border-radius:4px;background:#9ad"></i>',
}
_NAV_BG = {
    "metro12": "#000",
    "sense12": "#111",
    "xos12": "#161a2b",
    "cupertino12": "#fff",
    "webos12": "#1d1d1d",
}


def _signal(color: str) -> str:
    bars = "".join(
        f'<i style="display:inline-block;width:3px;height:{h}px;margin-right:1px;'
        f'background:{color}"></i>'
        for h in (4, 6, 8, 10)
    )
    return f'<span style="display:inline-flex;align-items:flex-end">{bars}</span>'


def _battery(level: int, color: str) -> str:
    return (
        f'<span style="display:inline-block;width:22px;height:11px;border:1px solid {color};'
        f'border-radius:2px;padding:1px;vertical-align:middle"><i style="display:block;'
        f'height:100%;width:{level}%;background:{color}"></i></span>'
    )


def status_bar(screen: Screen, skin: str, status: str | None = None) -> str:
    """The status bar: its clock, network and battery words are exactly screen.status."""
    clock, net, battery = (status or screen.status).split()
    bg, fg, where = _BAR[skin]
    if skin == "xos12":  # a see-through bar: its words take the wallpaper's contrast
        wall = screen.extra.get("wall", "#fff")
        fg = "#fff" if wall in ("#000", "#161a2b") else "#222"
    level = int(battery.rstrip("%"))
    carrier = escape(screen.extra.get("carrier", ""))
    icons = f"{_signal(fg)} <b style='font-weight:500'>{net}</b>"
    batt = f"{battery} {_battery(level, fg)}"
    if where == "center":  # iOS 12: carrier and network left, clock centred, battery right
        row = f"<span>{icons} {carrier}</span><b>{clock}</b><span>{batt}</span>"
    elif where == "left":  # webOS: clock left, everything else right
        row = f"<b>{clock}</b><span>{icons} &#8776; {batt}</span>"
    else:  # Metro, Sense, XOS: everything right, the clock last (Metro) or first (others)
        row = (
            f"<span>{icons}</span><span>{batt} <b>{clock}</b></span>"
            if skin == "metro12"
            else f"<span>{carrier}</span><span>{icons} {batt} <b>{clock}</b></span>"
        )
    return (
        f'<div style="height:30px;background:{bg};color:{fg};display:flex;align-items:center;'
        f'justify-content:space-between;padding:0 12px;font-size:13px;{FONT}">{row}</div>'
    )


def nav_bar(skin: str) -> str:
    return (
        f'<div style="height:40px;background:{_NAV_BG[skin]};color:#fff;display:flex;'
        f'align-items:center;justify-content:space-around;font-size:20px">{_NAV[skin]}</div>'
    )


def phone_page(screen: Screen, skin: str, body: str, height: int = 844) -> str:
    """A portrait phone shot: status bar, the app filling the middle, navigation."""
    wall = screen.extra.get("wall", "#fff")
    return (
        f'<div style="width:390px;height:{height}px;display:flex;flex-direction:column;'
        f'background:{wall};overflow:hidden;{FONT}">{status_bar(screen, skin)}'
        f'<div style="flex:1;overflow:hidden;position:relative">{body}</div>'
        f"{nav_bar(skin)}</div>"
    )


def land_page(screen: Screen, skin: str, body: str) -> str:
    """A landscape shot: a thin status bar across, the keys on the right edge."""
    return (
        f'<div style="width:844px;height:390px;display:flex;{FONT}">'
        f'<div style="flex:1;display:flex;flex-direction:column;overflow:hidden">'
        f"{status_bar(screen, skin)}<div style='flex:1;overflow:hidden'>{body}</div></div>"
        f'<div style="width:44px;background:{_NAV_BG[skin]};color:#fff;display:flex;'
        f'flex-direction:column;justify-content:space-around;align-items:center">'
        f"<span>&#9665;</span><span>&#9711;</span><span>&#9634;</span></div></div>"
    )


def split_page(screen: Screen, skin: str, top: str, bottom: str) -> str:
    """Two apps one above the other, a handle between them."""
    return phone_page(
        screen,
        skin,
        f'<div style="height:50%;overflow:hidden">{top}</div>'
        '<div style="height:14px;background:#000;display:flex;justify-content:center;'
        'align-items:center"><i style="width:44px;height:4px;border-radius:2px;background:#888">'
        f'</i></div><div style="height:calc(50% - 14px);overflow:hidden">{bottom}</div>',
    )


def float_page(screen: Screen, skin: str, under: str, window: str) -> str:
    """A small floating window (小窗) over another full-screen app."""
    bar = (
        '<div style="height:26px;background:#333;color:#ddd;font-size:12px;display:flex;'
        'align-items:center;justify-content:space-between;padding:0 10px">'
        "<span>小窗</span><i style='width:36px;height:4px;border-radius:2px;background:#aaa'>"
        "</i><span>全屏 &#10005;</span></div>"
    )
    return phone_page(
        screen,
        skin,
        f"{under}<div style='position:absolute;left:34px;top:150px;width:300px;height:470px;"
        "border-radius:14px;overflow:hidden;box-shadow:0 8px 30px rgba(0,0,0,.6);"
        f"background:#fff;display:flex;flex-direction:column'>{bar}"
        f"<div style='flex:1;overflow:hidden'>{window}</div></div>",
    )


def gallery_page(screen: Screen, skin: str, inner_skin: str, body: str) -> str:
    """A gallery app showing an older screenshot: its own bars, the shot shrunk in the middle."""
    shot = screen.extra["inner_at"]
    inner = (
        f'<div style="width:390px;height:844px;display:flex;flex-direction:column;'
        f'background:#fff;overflow:hidden">'
        f"{status_bar(screen, inner_skin, screen.extra['inner_status'])}"
        f'<div style="flex:1;overflow:hidden">{body}</div>{nav_bar(inner_skin)}</div>'
    )
    top = (
        '<div style="height:52px;color:#fff;display:flex;align-items:center;padding:0 14px;'
        f'gap:14px;font-size:15px"><span>&#8592;</span><span>{shot:%Y年%m月%d日}<br>'
        f'<small style="color:#aaa">{shot:%H:%M}</small></span></div>'
    )
    words = "".join(f"<span>{w}</span>" for w in WRAP_CHROME["gallery12"].split())
    bottom = (
        '<div style="height:54px;color:#eee;display:flex;align-items:center;'
        f'justify-content:space-around;font-size:12px">{words}</div>'
    )
    middle = (
        '<div style="flex:1;display:flex;justify-content:center;align-items:center;'
        'overflow:hidden"><div style="width:312px;height:675px;overflow:hidden">'
        f'<div style="transform:scale(.8);transform-origin:0 0">{inner}</div></div></div>'
    )
    return phone_page(
        screen,
        skin,
        f'<div style="height:100%;background:#000;display:flex;flex-direction:column">'
        f"{top}{middle}{bottom}</div>",
    )
