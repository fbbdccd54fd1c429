"""Shared drawing bits: a pen that remembers every word it writes, status bars, the page frame."""

from __future__ import annotations

import html

from tests.blindgen33.model import Screen
from tests.blindgen33.skins import CHROME, GEOMETRY, WEEK, css


class Pen:
    """Escapes text for HTML and keeps what was written (the tests read it back)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, text: str) -> str:
        self.texts.append(text)
        return html.escape(text)


def clock(s: Screen) -> str:
    t = s.captured
    return f"{t.hour}:{t.minute:02d}" if GEOMETRY[s.skin][3] else t.strftime("%H:%M")


def lock_date(s: Screen) -> str:
    t = s.captured
    return f"{t.month}月{t.day}日 星期{WEEK[t.weekday()]}"


def statuses(s: Screen) -> list[str]:
    """Every status-bar text the screen draws (a paper photo draws none)."""
    if s.app == "paper33":
        return []
    out = [clock(s), f"{s.battery}%", s.signal]
    if s.app == "lockpile33":
        out += [lock_date(s), s.extra.get("carrier", "中国移动")]
    return out


def status_bar(s: Screen, pen: Pen) -> str:
    ios = GEOMETRY[s.skin][3]
    left = pen(clock(s))
    sig = pen(s.signal)
    bat = pen(f"{s.battery}%")
    if ios:
        return (
            f'<div class="sb"><span>{left}</span><span class="r"><span>▮▮▮▯</span>'
            f'<span>{sig}</span><span class="bat">{bat}</span></span></div>'
        )
    return (
        f'<div class="sb"><span>{left} <small>✉ ◐</small></span><span class="r">'
        f"<span>{sig}</span><span>▂▄▆█</span><span>{bat}</span></span></div>"
    )


def tabs(app: str, pen: Pen, on: str = "") -> str:
    """The app's bottom tab line (its last chrome line), the `on` word highlighted."""
    words = CHROME[app].split("\n")[-1].split()
    cells = "".join(f'<span class="{"on" if w == on else ""}">{pen(w)}</span>' for w in words)
    return f'<div class="tabs">{cells}</div>'


def frame(s: Screen, body: str, pen: Pen, top: str = "") -> str:
    """A whole page: the skin's CSS, its status bar (unless `top` replaces it) and the body."""
    bar = top if top else status_bar(s, pen)
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><style>{css(s.skin)}</style></head>'
        f"<body>{bar}{body}</body></html>"
    )


def avatar(name: str, pen: Pen | None = None) -> str:
    colours = ["#e8590c", "#1c7ed6", "#37b24d", "#ae3ec9", "#f59f00", "#0ca678", "#868e96"]
    colour = colours[sum(map(ord, name)) % len(colours)]
    mark = "" if name[-1:].isdigit() else html.escape(name[-1:])
    return f'<div class="av" style="background:{colour}">{mark}</div>'


def _font(s: Screen) -> float:
    return {"ivoire33": 17, "nocturne33": 15, "laoyou33": 22, "sprout33": 15}[s.skin]


def height_needed(s: Screen) -> float:
    """A rough CSS height of the page's content, to keep every drawn word on screen."""
    fs = _font(s)
    width = GEOMETRY[s.skin][0]
    line = fs * 1.35
    if s.app in ("recents33", "calllog33"):
        return 200 + len(s.calls) * (2 * line + 20) + 70
    if s.app == "numinfo33":
        days = len({t.date() for c in s.calls for t in c.times})
        return 330 + (sum(c.count for c in s.calls) + days) * (line + 12) + 2 * (line + 20)
    if s.app == "smsbox33":
        return 230 + len(s.msgs) * (2 * line + 40)
    if s.app in ("loanbill33", "paper33"):
        return 0
    if s.app == "lockpile33":
        cpl = (width - 48) // fs
        return 260 + sum((len(m.text) // cpl + 2) * line + 30 for m in s.msgs)
    cpl = (width * 0.74 - 22) // fs
    total, last = 130.0, None
    for m in s.msgs:
        if last is None or (m.at - last).total_seconds() > 600:
            total += 0.72 * fs * 1.35 + 16
        last = m.at
        if m.kind == "image":
            total += 0.6 * width + 30
            continue
        lines = -(-len(m.text) // cpl) + (1.5 if m.kind == "voice" else 0)
        total += lines * line + 30 + (0.7 * fs if s.app == "kingroup33" else 0)
    return total + 70
