"""Set 24's call pages: the dialer's log and a number's own page."""

from __future__ import annotations

from tests.blindgen24.model import Screen
from tests.blindgen24.pages import CHROME, status_bar, when
from tests.blindgen24.sheet import Sheet


def call_rows(calls):
    """Consecutive calls from one number fold into one row with a count."""
    rows = []
    for c in sorted(calls, key=lambda c: c.at, reverse=True):
        if rows and rows[-1][0].number == c.number and rows[-1][0].name == c.name:
            rows[-1].append(c)
        else:
            rows.append([c])
    return rows


def page_tonghua(sh: Sheet, s: Screen, k: dict) -> None:
    u = sh.w / 1080
    y = status_bar(sh, s, k)
    y += int(30 * u)
    sh.text(int(50 * u), y, "通话记录", int(64 * u), k["fg"], bold=True)
    y += int(130 * u)
    tags = s.extra.get("tags", {})
    places = s.extra.get("places", {})
    for row in call_rows(s.calls):
        c = row[0]
        missed = c.way.endswith("未接")
        label = c.name or c.number
        colour = (220, 50, 50) if missed else k["fg"]
        w = sh.text(int(60 * u), y + int(16 * u), label, int(44 * u), colour)
        if len(row) > 1:
            sh.text(
                int(60 * u) + w + int(12 * u), y + int(20 * u), f"({len(row)})", int(38 * u), colour
            )
        sub = "  ".join(p for p in (tags.get(c.number, ""), places.get(c.number, "")) if p)
        if sub:
            sh.text(int(60 * u), y + int(84 * u), sub, int(28 * u), k["sub"])
        sh.text(
            sh.w - int(60 * u),
            y + int(40 * u),
            when(c.at, s.captured, "clock"),
            int(30 * u),
            k["sub"],
            anchor="ra",
        )
        y += int(150 * u)
        sh.box((int(60 * u), y - int(6 * u), sh.w, y - int(4 * u)), fill=k["card"])
        sh.bottom = y
    bar = CHROME["tonghua24"].split()
    yb = sh.h - int(130 * u)
    sh.box((0, yb, sh.w, sh.h), fill=k["card"])
    for i, word in enumerate(bar):
        cx = int(sh.w * (i + 0.5) / len(bar))
        sh.text(
            cx,
            yb + int(65 * u),
            word,
            int(30 * u),
            k["accent"] if i == 1 else k["sub"],
            anchor="mm",
        )


def page_haoma(sh: Sheet, s: Screen, k: dict) -> None:
    u = sh.w / 1080
    y = status_bar(sh, s, k)
    y += int(120 * u)
    sh.text(sh.w // 2, y, s.title, int(70 * u), k["fg"], anchor="mm")
    y += int(80 * u)
    if s.extra.get("number"):  # a saved contact: the name above, the number under it
        sh.text(sh.w // 2, y, s.extra["number"], int(38 * u), k["fg"], anchor="mm")
        y += int(60 * u)
    sh.text(sh.w // 2, y, s.extra["place"], int(32 * u), k["sub"], anchor="mm")
    y += int(70 * u)
    tag = s.extra.get("tag", "")
    if tag:
        tw = sh.width(tag, int(32 * u)) + int(50 * u)
        box = (sh.w // 2 - tw / 2, y - int(30 * u), sh.w // 2 + tw / 2, y + int(30 * u))
        sh.box(box, fill=(255, 230, 220), r=int(30 * u))
        sh.text(sh.w // 2, y, tag, int(32 * u), (200, 60, 30), anchor="mm")
    y += int(110 * u)
    words = CHROME["haoma24"].split()
    for i, word in enumerate(words):
        cx = int(sh.w * (i + 0.5) / len(words))
        sh.dot(cx, y + int(40 * u), int(44 * u), k["card"])
        sh.text(cx, y + int(120 * u), word, int(30 * u), k["accent"], anchor="mm")
    y += int(220 * u)
    sh.text(int(60 * u), y, "通话记录", int(34 * u), k["sub"])
    y += int(70 * u)
    for c in sorted(s.calls, key=lambda c: c.at, reverse=True):
        day = f"{c.at.year}/{c.at.month}/{c.at.day}"
        sh.text(int(60 * u), y, day, int(36 * u), k["fg"])
        sh.text(int(420 * u), y, f"{c.at.hour:02d}:{c.at.minute:02d}", int(36 * u), k["fg"])
        sh.text(
            sh.w - int(60 * u),
            y,
            c.way,
            int(34 * u),
            (220, 50, 50) if c.way.endswith("未接") else k["sub"],
            anchor="ra",
        )
        y += int(90 * u)
