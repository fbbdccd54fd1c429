"""Chat pages: WhatsApp-, Telegram-, Line-like chats and SMS threads, groups included."""

from __future__ import annotations

from tests.blindgen20 import times
from tests.blindgen20.canvas import Canvas
from tests.blindgen20.model import Msg, Screen
from tests.blindgen20.skins import CHROME, ink, status_bar

# Per app: header colours, page, bubble in/out, time inside the bubble, day label, time label.
STYLES = {
    "whatsapp20": dict(
        head=("#0b6e5f", "#075e54"),
        page="#ece5dd",
        dark_page="#0b141a",
        bin="#ffffff",
        bout="#dcf8c6",
        day=times.day_slash,
        stamp=times.ampm_en,
        ticks=True,
    ),
    "telegram20": dict(
        head=("#5b8fc2", "#4a76a8"),
        page="#cfdcb8",
        dark_page="#0e1621",
        bin="#ffffff",
        bout="#effdde",
        day=times.day_zh,
        stamp=times.hm,
        ticks=True,
    ),
    "line20": dict(
        head=("#ffffff", "#ffffff"),
        page="#8ca9d6",
        dark_page="#1d2433",
        bin="#ffffff",
        bout="#86d86a",
        day=times.day_zh,
        stamp=times.ampm_zh,
        ticks=False,
    ),
    "sms20": dict(
        head=("#f3ecfa", "#f3ecfa"),
        page="#fdf7ff",
        dark_page="#1b1b1f",
        bin="#e8def8",
        bout="#d3e3fd",
        day=times.slash_hm,
        stamp=None,
        ticks=False,
    ),
    "kidsms20": dict(
        head=("#ffb300", "#ff8f00"),
        page="#fff8e1",
        dark_page="#000000",
        bin="#ffffff",
        bout="#ffe082",
        day=times.day_zh,
        stamp=times.hm,
        ticks=False,
    ),
}
_NAMES = ("#d81b60", "#1e88e5", "#43a047", "#f4511e", "#8e24aa", "#00897b")


def _dark_bubble(color: str, dark: bool) -> str:
    return (
        {"#ffffff": "#202c33", "#dcf8c6": "#005c4b", "#effdde": "#2b5278"}.get(color, "#2a2a30")
        if dark
        else color
    )


def _header(c: Canvas, s: Screen, style: dict, top: int, k: float) -> int:
    h = int(118 * k)
    c.gradient((0, top, c.width, top + h), *[_hex(x) for x in style["head"]])
    light = s.app in ("line20", "sms20")
    col = "#1c1c1e" if light else "white"
    c.line([(int(44 * k), top + h // 2), (int(62 * k), top + h // 2 - 16 * k)], col, 4)
    c.line([(int(44 * k), top + h // 2), (int(62 * k), top + h // 2 + 16 * k)], col, 4)
    c.avatar((int(122 * k), top + h // 2), int(36 * k), s.title, "#90a4ae")
    c.text((int(176 * k), top + int(18 * k)), s.title, int(38 * k), col, "bold")
    if s.sub:
        c.text((int(176 * k), top + int(66 * k)), s.sub, int(26 * k), col if not light else "#555")
    return top + h


def _hex(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))


def _chip(c: Canvas, text: str, y: int, k: float, dark: bool) -> int:
    size = int(24 * k)
    w = int(c.face(size).getlength(text)) + int(36 * k)
    x = (c.width - w) // 2
    c.rect((x, y, x + w, y + int(44 * k)), "#3a3f44" if dark else "#e1f3fb", int(14 * k))
    c.text((c.width // 2, y + int(8 * k)), text, size, "#ddd" if dark else "#555", anchor="ma")
    return y + int(64 * k)


def _bubble(c: Canvas, s: Screen, m: Msg, y: int, style: dict, k: float, group: bool) -> int:
    """One bubble with its sender (groups), «转发自» header, time and ticks; returns next y."""
    size, pad, maxw = int(32 * k), int(22 * k), int(c.width * 0.66)
    out = m.side == "out"
    name_line = group and not out and s.app != "line20"
    w, h = c.measure(m.text, size, maxw)
    extra_top = (int(40 * k) if name_line else 0) + (int(40 * k) if m.via else 0)
    stamp = style["stamp"](m.at) if style["stamp"] else ""
    foot = int(34 * k) if stamp and s.app != "line20" else 0
    bw = (
        max(
            w,
            int(190 * k) if foot else 0,
            int(c.face(int(24 * k)).getlength(f"转发自 {m.via}")) if m.via else 0,
        )
        + 2 * pad
    )
    bh = h + extra_top + foot + 2 * pad - int(8 * k)
    left = int(70 * k) + (int(70 * k) if group and not out else 0)
    x0 = c.width - int(40 * k) - bw if out else left
    if group and not out:
        c.avatar(
            (int(72 * k), y + int(34 * k)), int(30 * k), m.who, _NAMES[sum(map(ord, m.who)) % 6]
        )
    if group and not out and s.app == "line20":
        c.text((x0, y), m.who, int(24 * k), "#f5f5f5")
        y += int(36 * k)
    fill = _dark_bubble(style["bout" if out else "bin"], s.dark)
    c.bubble((x0, y, x0 + bw, y + bh), fill, "right" if out else "left", int(20 * k))
    ty = y + pad - int(4 * k)
    if name_line:
        c.text((x0 + pad, ty), m.who, int(26 * k), _NAMES[sum(map(ord, m.who)) % 6], "bold")
        ty += int(40 * k)
    if m.via:
        c.text((x0 + pad, ty), f"转发自 {m.via}", int(24 * k), "#3a8dde")
        ty += int(40 * k)
    c.para((x0 + pad, ty), m.text, size, ink(s), maxw)
    if foot:
        tick = " ✓✓" if out and style["ticks"] else ""
        c.text(
            (x0 + bw - pad, y + bh - int(38 * k)), stamp + tick, int(22 * k), "#8a8a8a", anchor="ra"
        )
    elif stamp:
        side_x = x0 - int(10 * k) if out else x0 + bw + int(10 * k)
        c.text(
            (side_x, y + bh - int(30 * k)),
            stamp,
            int(23 * k),
            "#f4f6ff",
            anchor="ra" if out else "la",
        )
    return y + bh + int(26 * k)


def chat_page(c: Canvas, s: Screen) -> None:
    """A whole chat screen: status bar, header, day chips, bubbles and the input bar."""
    style = STYLES[s.app]
    k = c.width / 1080
    page = style["dark_page"] if s.dark else style["page"]
    c.rect((0, 0, c.width, c.height), page)
    c.gradient((0, 0, c.width, int(90 * k)), *[_hex(x) for x in style["head"]])
    top = status_bar(c, s)
    y = _header(c, s, style, top, k) + int(24 * k)
    group = bool(s.extra.get("group"))
    day = None
    for m in s.msgs:
        label = style["day"](m.at) if s.app != "sms20" else times.slash_hm(m.at)
        key = m.at.date() if s.app != "sms20" else (m.at.date(), m.at.hour, m.at.minute // 30)
        if key != day:
            y = _chip(c, label, y, k, s.dark)
            day = key
        y = _bubble(c, s, m, y, style, k, group)
    _input_bar(c, s, k)


def _input_bar(c: Canvas, s: Screen, k: float) -> None:
    y = c.height - int(200 * k)
    c.rect((0, y - int(10 * k), c.width, c.height), "#1f2c34" if s.dark else "#f7f7f7")
    c.rect(
        (int(30 * k), y, c.width - int(150 * k), y + int(78 * k)),
        "#2a3942" if s.dark else "#ffffff",
        int(39 * k),
    )
    c.text((int(70 * k), y + int(18 * k)), CHROME[s.app], int(30 * k), "#8696a0")
    c.circle(
        (c.width - int(80 * k), y + int(39 * k)),
        int(39 * k),
        "#00a884" if s.app == "whatsapp20" else "#4a76a8",
    )


def content_height(s: Screen, width: int) -> int:
    """How tall a chat's content runs (a long capture is drawn at this height)."""
    dry = Canvas(width, 20000, "#fff", dry=True)
    k = width / 1080
    style = STYLES[s.app]
    y, day = 300 * k, None
    for m in s.msgs:
        key = m.at.date()
        if key != day:
            y += 64 * k
            day = key
        y = _bubble(dry, s, m, int(y), style, k, bool(s.extra.get("group")))
    return int(y + 200 * k)
