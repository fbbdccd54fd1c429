"""Set 27: which page paints a screen, the overlays on it, and a gallery viewer around it."""

from __future__ import annotations

from tests.blindgen27.model import Screen
from tests.blindgen27.pages import SKINS, Svg, page_chat, page_inbox, page_thread, wrap
from tests.blindgen27.pages_calls import page_calllog, page_numpage
from tests.blindgen27.pages_paper import page_bill, page_lock, page_notice

PAGES = {
    "sms_thread27": page_thread,
    "qqchat27": page_chat,
    "dingchat27": page_chat,
    "xydm27": page_chat,
    "wxgroup27": page_chat,
    "sms_inbox27": page_inbox,
    "calllog27": page_calllog,
    "numpage27": page_numpage,
    "lock27": page_lock,
    "bill27": page_bill,
    "notice27": page_notice,
}


def overlay(g: Svg, s: Screen, k: dict) -> None:
    """A floating 小窗 or a half-drawn banner over the page."""
    fs = k["fs"]
    if s.wrap == "float27":
        who, text = s.extra["float"]
        x, y, w = g.w * 0.36, g.h * 0.34, g.w * 0.58
        lines = wrap(text, fs - 8, w - 70)
        h = 200 + len(lines) * (fs - 8) * 1.4
        g.rect(x + 8, y + 12, w, h, "#00000055", 34)
        g.rect(x, y, w, h, "#ffffff", 34, 'stroke="#cccccc" stroke-width="2"')
        g.rect(x + w / 2 - 50, y + 14, 100, 10, "#bbbbbb", 5)
        g.text(x + 34, y + 86, who, fs - 6, "#111111", 600)
        g.text(x + w - 34, y + 86, "小窗", fs - 16, "#888888", anchor="end")
        for i, line in enumerate(lines):
            g.text(x + 34, y + 160 + i * (fs - 8) * 1.4, line, fs - 8, "#333333", record=False)
        g.texts.append(text)
    if s.wrap == "banner27":
        who, text = s.extra["banner"]
        # Slid half in: the top of the card is above the screen edge.
        g.rect(30, -40, g.w - 60, 220, "#fafafa", 36, 'opacity="0.97"')
        g.text(70, 70, who, fs - 6, "#111111", 600)
        g.text(70, 140, text, fs - 10, "#333333")


def paint(s: Screen) -> Svg:
    """The SVG of one screen and the strings it draws."""
    k = SKINS[s.skin]
    g = Svg(s.width, s.height)
    if s.inner is not None and "inner_texts" not in s.extra:
        s.extra["inner_texts"] = paint(s.inner).texts
    g.rect(0, 0, g.w, g.h, k["bg"])
    PAGES[s.app](g, s, k)
    overlay(g, s, k)
    if s.wrap == "gallery27":
        return gallery(s, g)
    return g


def gallery(s: Screen, inner: Svg) -> Svg:
    """The screen shown inside a gallery viewer: black chrome, the picture scaled down."""
    g = Svg(s.width, s.height)
    g.rect(0, 0, g.w, g.h, "#000000")
    shot = s.extra["shot"]
    g.text(
        60,
        70,
        s.extra.get("viewer_clock", s.captured.strftime("%H:%M")),
        34,
        "#ffffff",
        record=False,
    )
    g.text(g.w / 2, 170, shot, 40, "#ffffff", 500, "middle")
    g.text(g.w / 2, 225, s.extra.get("counter", "12/48"), 30, "#aaaaaa", anchor="middle")
    scale = 0.78
    iw, _ih = inner.w * scale, inner.h * scale
    x, y = (g.w - iw) / 2, 270
    g.parts.append(
        f'<g transform="translate({x:.0f},{y:.0f}) scale({scale})">'
        f'<svg width="{inner.w}" height="{inner.h}">{"".join(inner.parts)}</svg></g>'
    )
    g.texts.extend(inner.texts)
    for i, word in enumerate(["分享", "编辑", "收藏", "删除"]):
        g.text((i + 0.5) * g.w / 4, g.h - 90, word, 34, "#ffffff", anchor="middle")
    return g
