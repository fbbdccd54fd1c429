"""The thirteenth set's phones, car screen and wrappers, each with its own status bar and frame.

lgux13: an LG-UX-like phone (status icons on a tinted bar, three soft keys); mispace13: a
Xiaomi-like phone in its 第二空间 (a pill in the bar says so); nokia13: an Android-One-like stock
phone; gotab13: an Android-Go tablet (wide, nav rail on the left); car13: a CarPlay-like car
screen reading messages out. Wrappers: print13 (a screenshot printed and photographed: moiré,
tilt, paper edge), seam13 (a long capture whose stitched parts show a seam), markup13 (the
borrower's red circle and arrow drawn over the shot).
"""

from __future__ import annotations

from html import escape

from tests.blindgen13.model import Screen

PHONES = ("lgux13", "mispace13", "nokia13", "gotab13")
_BAR = {
    "lgux13": ("#e8f0fb", "#123"),
    "mispace13": ("#ffffff", "#000"),
    "nokia13": ("#1b1b1f", "#eee"),
    "gotab13": ("#263238", "#fff"),
    "car13": ("#000", "#fff"),
}


def _status(screen: Screen) -> str:
    """The status bar: clock on one side, network and battery on the other."""
    bg, fg = _BAR[screen.skin]
    clock, *rest = screen.statuses[0].split()
    pill = ""
    if screen.skin == "mispace13":
        pill = (
            '<span style="background:#ff6900;color:#fff;border-radius:8px;padding:0 6px;'
            'font-size:11px;margin-left:6px">第二空间</span>'
        )
    right = " ".join(escape(r) for r in rest)
    if screen.skin == "lgux13":
        # LG put the clock on the right, icons first.
        return (
            f'<div style="height:26px;background:{bg};color:{fg};font-size:13px;display:flex;'
            f'justify-content:flex-end;gap:8px;align-items:center;padding:0 10px">'
            f"<span>📶 {right}</span><span>{escape(clock)}</span></div>"
        )
    return (
        f'<div style="height:28px;background:{bg};color:{fg};font-size:13px;display:flex;'
        f'justify-content:space-between;align-items:center;padding:0 14px">'
        f"<span>{escape(clock)}{pill}</span><span>📶 {right} ▮</span></div>"
    )


def _nav(skin: str) -> str:
    if skin == "lgux13":
        keys = "◁ ○ ▢"
    elif skin == "nokia13":
        keys = "◀ ● ■"
    else:
        keys = "─"
    bg = "#111" if skin == "nokia13" else "#f0f0f0"
    fg = "#ddd" if skin == "nokia13" else "#444"
    return (
        f'<div style="height:40px;background:{bg};color:{fg};display:flex;'
        "justify-content:space-around;"
        'align-items:center;font-size:18px">'
        f"{''.join(f'<span>{k}</span>' for k in keys.split())}</div>"
    )


def phone_page(screen: Screen, body: str) -> str:
    """A phone or tablet frame around an app body, sized by the shot."""
    font = "'Noto Sans CJK SC','Droid Sans Fallback',sans-serif"
    if screen.skin == "gotab13":
        rail = (
            '<div style="width:64px;background:#263238;color:#cfd8dc;display:flex;flex-direction:'
            'column;justify-content:center;gap:28px;align-items:center;font-size:20px">'
            "<span>◁</span><span>○</span><span>▢</span></div>"
        )
        return (
            '<div style="width:100vw;height:100vh;display:flex;flex-direction:column;'
            f'font-family:{font}">'
            f'{_status(screen)}<div style="flex:1;display:flex;min-height:0">{rail}'
            f'<div style="flex:1;display:flex;flex-direction:column;min-width:0">{body}</div></div>'
            "</div>"
        )
    if screen.skin == "car13":
        side = (
            '<div style="width:90px;background:#111;display:flex;flex-direction:column;gap:18px;'
            'align-items:center;padding-top:14px">'
            + "".join(
                f'<div style="width:54px;height:54px;border-radius:14px;background:{c}"></div>'
                for c in ("#34c759", "#0a84ff", "#ff9f0a", "#ff375f")
            )
            + f'<div style="color:#fff;font-size:18px;margin-top:auto;padding-bottom:12px">'
            f"{escape(screen.statuses[0].split()[0])}<br>"
            f"{escape(screen.statuses[0].split()[1])}</div></div>"
        )
        return (
            '<div style="width:100vw;height:100vh;display:flex;background:#1c1c1e;'
            f'font-family:{font}">'
            f'{side}<div style="flex:1;display:flex;flex-direction:column">{body}</div></div>'
        )
    return (
        '<div style="width:100vw;height:100vh;display:flex;flex-direction:column;'
        f'font-family:{font}">'
        f'{_status(screen)}<div style="flex:1;display:flex;flex-direction:column;min-height:0">'
        f"{body}</div>{_nav(screen.skin)}</div>"
    )


def print_photo(inner_doc: str) -> str:
    """A printed screenshot photographed: paper on a table, tilt, moiré lines across it."""
    return (
        '<div style="width:100vw;height:100vh;background:#4e4036;display:flex;align-items:center;'
        'justify-content:center;overflow:hidden"><div style="position:relative;width:420px;'
        "height:900px;"
        'background:#fff;padding:14px;transform:rotate(3deg);box-shadow:6px 8px 18px #000a">'
        '<div style="position:relative;width:390px;height:844px;overflow:hidden;'
        "filter:contrast(0.9) "
        f'sepia(0.15)">{inner_doc}<div style="position:absolute;inset:0;'
        "background:repeating-linear-gradient("
        "12deg,rgba(0,0,0,.05) 0 2px,transparent 2px "
        "5px),repeating-linear-gradient(-9deg,rgba(90,0,120,.04)"
        ' 0 1px,transparent 1px 4px)"></div></div></div></div>'
    )


def seam(doc: str, at: int) -> str:
    """A long capture: parts stitched at a y where a thin grey seam and a shadow show."""
    return (
        f'<div style="position:relative;width:100vw;height:100vh">{doc}'
        f'<div style="position:absolute;left:0;right:0;top:{at}px;height:3px;background:#9e9e9e;'
        'box-shadow:0 2px 3px #0003"></div></div>'
    )


def markup(doc: str, spot: tuple[int, int]) -> str:
    """The borrower's red ring and arrow drawn on the shot around the line she means."""
    x, y = spot
    return (
        f'<div style="position:relative;width:100vw;height:100vh">{doc}'
        f'<div style="position:absolute;left:{x}px;top:{y}px;width:300px;height:90px;border:4px '
        "solid "
        'red;border-radius:50%;transform:rotate(-4deg)"></div>'
        f'<div style="position:absolute;left:{x + 250}px;top:{y + 100}px;width:90px;height:5px;'
        'background:red;transform:rotate(-40deg);transform-origin:left"></div></div>'
    )
