"""List pages: call logs grouped by day, 畅连 video calls, a contact card, a carrier's query
page and a spam-SMS folder with cut previews."""

from __future__ import annotations

from tests.blindgen20 import times
from tests.blindgen20.canvas import Canvas
from tests.blindgen20.model import Call, Screen
from tests.blindgen20.skins import CHROME, bg, dim, ink, status_bar

_RED = "#e53935"


def row_time(s: Screen, call: Call) -> str:
    """The time a row shows, as its app prints it."""
    if s.app == "samcalls20":
        return times.ampm_zh(call.at)
    if s.app == "changlian20":
        return times.day_en(call.at)
    if s.app == "card20":
        return f"{times.day_zh(call.at)} {times.hm(call.at)}"
    if s.app == "carrier20":
        return times.full(call.at)
    return times.hm(call.at)


def _big_header(c: Canvas, s: Screen, y: int, k: float) -> int:
    """One UI's big header: the title alone on the upper third, then the list."""
    if s.app == "samcalls20":
        c.text(
            (c.width // 2, y + int(190 * k)),
            CHROME["samcalls20"].split("\n")[0],
            int(70 * k),
            ink(s),
            anchor="ma",
        )
        return y + int(420 * k)
    if s.app == "gphone20":
        c.rect(
            (int(40 * k), y + int(20 * k), c.width - int(40 * k), y + int(120 * k)),
            "#ece6f0",
            int(50 * k),
        )
        c.text(
            (int(110 * k), y + int(44 * k)),
            CHROME["gphone20"].split("\n")[0],
            int(34 * k),
            "#49454f",
        )
        y += int(150 * k)
        x = int(40 * k)
        for chip in CHROME["gphone20"].split("\n")[2].split():
            w = int(c.face(int(28 * k)).getlength(chip)) + int(50 * k)
            c.rect(
                (x, y, x + w, y + int(66 * k)),
                "#e8def8" if x < 100 * k else None,
                int(16 * k),
                outline="#79747e",
            )
            c.text((x + int(25 * k), y + int(14 * k)), chip, int(28 * k), "#1d1b20")
            x += w + int(20 * k)
        return y + int(100 * k)
    # 畅连: a flat title bar with its tabs.
    c.text((int(48 * k), y + int(20 * k)), s.title, int(48 * k), ink(s), "bold")
    x = int(48 * k)
    for tab in CHROME["changlian20"].split()[1:]:
        c.text((x, y + int(110 * k)), tab, int(32 * k), "#007dff" if x < 100 * k else dim(s))
        x += int(160 * k)
    return y + int(180 * k)


def _bottom_tabs(c: Canvas, s: Screen, bar: str, k: float) -> None:
    y = c.height - int(190 * k)
    c.rect((0, y, c.width, c.height), "#f3edf7" if not s.dark else "#211f26")
    tabs = bar.split()
    for i, tab in enumerate(tabs):
        x = int(c.width * (i + 0.5) / len(tabs))
        c.circle((x, y + int(50 * k)), int(16 * k), "#625b71")
        c.text((x, y + int(84 * k)), tab, int(26 * k), ink(s), anchor="ma")


def call_log(c: Canvas, s: Screen) -> None:
    """Rows grouped by day («今天», «昨天», «3月8日»), «(4)» counts, 归属地 and tags."""
    k = c.width / 1080
    c.rect((0, 0, c.width, c.height), bg(s))
    y = _big_header(c, s, status_bar(c, s), k)
    group = None
    for call in s.calls:
        label = times.day_group(call.at, s.captured)
        if label != group and s.app != "changlian20":
            c.text((int(48 * k), y + int(10 * k)), label, int(28 * k), dim(s), "bold")
            y += int(62 * k)
            group = label
        y = _row(c, s, call, y, k)
    if s.app == "samcalls20":
        _bottom_tabs(c, s, CHROME["samcalls20"].split("\n")[1], k)
    elif s.app == "gphone20":
        _bottom_tabs(c, s, CHROME["gphone20"].split("\n")[1], k)


def _row(c: Canvas, s: Screen, call: Call, y: int, k: float) -> int:
    h = int(150 * k)
    if s.app == "samcalls20":
        c.rect(
            (int(24 * k), y, c.width - int(24 * k), y + h - int(10 * k)),
            "#ffffff" if not s.dark else "#1c1c1e",
            int(26 * k),
        )
    label = call.name or call.number
    c.avatar(
        (int(100 * k), y + h // 2 - int(5 * k)),
        int(44 * k),
        label if call.name else "#",
        "#7e57c2" if call.name else "#9e9e9e",
    )
    name_col = _RED if call.missed and s.app != "changlian20" else ink(s)
    w = c.text(
        (int(170 * k), y + int(22 * k)),
        label,
        int(36 * k),
        name_col,
        "bold" if call.count > 1 else "regular",
    )
    if call.count > 1:
        c.text((int(180 * k) + w, y + int(22 * k)), f"({call.count})", int(34 * k), name_col)
    parts = [p for p in (call.place, call.tag) if p]
    if s.app == "changlian20":
        parts = ["畅连视频" if call.video else "畅连语音", "未接通" if call.missed else "已接通"]
    if parts:
        x = int(170 * k)
        for part in parts:
            col = "#ef6c00" if part == call.tag else dim(s)
            x += c.text((x, y + int(80 * k)), part, int(26 * k), col) + int(18 * k)
    c.text(
        (c.width - int(60 * k), y + int(40 * k)),
        row_time(s, call),
        int(28 * k),
        dim(s),
        anchor="ra",
    )
    return y + h


def contact_card(c: Canvas, s: Screen) -> None:
    """One number's card: «标记为: 催收», buttons, then each call with its day and count."""
    k = c.width / 1080
    c.rect((0, 0, c.width, c.height), bg(s))
    y = status_bar(c, s) + int(60 * k)
    c.avatar((c.width // 2, y + int(90 * k)), int(90 * k), "?", "#b0bec5")
    y += int(220 * k)
    c.text((c.width // 2, y), s.title, int(56 * k), ink(s), "bold", anchor="ma")
    y += int(90 * k)
    c.rect(
        (c.width // 2 - int(150 * k), y, c.width // 2 + int(150 * k), y + int(56 * k)),
        "#ffebee",
        int(28 * k),
    )
    c.text((c.width // 2, y + int(10 * k)), s.sub, int(28 * k), _RED, anchor="ma")
    y += int(80 * k)
    c.text((c.width // 2, y), s.extra.get("place", ""), int(28 * k), dim(s), anchor="ma")
    y += int(90 * k)
    buttons = CHROME["card20"].split()
    for i, b in enumerate(buttons):
        x = int(c.width * (i + 0.5) / len(buttons))
        c.circle((x, y + int(40 * k)), int(40 * k), "#e3f2fd")
        c.text((x, y + int(96 * k)), b, int(28 * k), "#1565c0", anchor="ma")
    y += int(190 * k)
    for call in s.calls:
        c.line([(int(48 * k), y), (c.width - int(48 * k), y)], "#ddd", 1)
        c.text((int(48 * k), y + int(26 * k)), row_time(s, call), int(30 * k), ink(s))
        note = ("未接来电" if call.missed else "来电") + (
            f" ({call.count})" if call.count > 1 else ""
        )
        c.text(
            (c.width - int(48 * k), y + int(26 * k)),
            note,
            int(30 * k),
            _RED if call.missed else dim(s),
            anchor="ra",
        )
        y += int(100 * k)


def carrier_page(c: Canvas, s: Screen) -> None:
    """A carrier app's 通话记录查询 table: full timestamps, the other number, type, duration."""
    k = c.width / 1080
    c.rect((0, 0, c.width, c.height), "#f4f6fa")
    c.gradient((0, 0, c.width, int(330 * k)), (0, 102, 204), (41, 148, 255))
    s_dark = s.dark
    s.dark = True  # white status text on the blue header
    y = status_bar(c, s)
    s.dark = s_dark
    title, columns = CHROME["carrier20"].split("\n")
    c.text((c.width // 2, y + int(30 * k)), title, int(40 * k), "white", "bold", anchor="ma")
    c.text((c.width // 2, y + int(100 * k)), s.sub, int(28 * k), "#e3f2fd", anchor="ma")
    y = int(360 * k)
    xs = [int(30 * k), int(390 * k), int(700 * k), int(880 * k)]
    for x, col in zip(xs, columns.split(), strict=True):
        c.text((x, y), col, int(26 * k), "#666", "bold")
    y += int(60 * k)
    for call in s.calls:
        c.rect((int(16 * k), y, c.width - int(16 * k), y + int(84 * k)), "#ffffff", int(8 * k))
        c.text((xs[0], y + int(24 * k)), row_time(s, call), int(25 * k), "#222")
        c.text((xs[1], y + int(24 * k)), call.number, int(26 * k), "#222")
        c.text(
            (xs[2], y + int(24 * k)),
            "被叫" if call.missed or call.collector else "主叫",
            int(26 * k),
            "#222",
        )
        c.text((xs[3], y + int(24 * k)), call.tag or "00:00:00", int(26 * k), "#222")
        y += int(96 * k)


def spam_folder(c: Canvas, s: Screen) -> None:
    """Samsung-like 垃圾短信: big header, then senders with previews cut by «…»."""
    k = c.width / 1080
    c.rect((0, 0, c.width, c.height), bg(s))
    y = status_bar(c, s)
    head, buttons = CHROME["spam20"].split("\n")
    c.text((c.width // 2, y + int(170 * k)), head, int(66 * k), ink(s), anchor="ma")
    c.text((c.width // 2, y + int(270 * k)), s.sub, int(28 * k), dim(s), anchor="ma")
    y += int(380 * k)
    c.rect(
        (int(24 * k), y, c.width - int(24 * k), y + int(170 * k) * len(s.msgs)),
        "#ffffff",
        int(26 * k),
    )
    face = c.face(int(30 * k))
    for m in s.msgs:
        c.avatar((int(96 * k), y + int(80 * k)), int(44 * k), "#", "#90a4ae")
        c.text((int(170 * k), y + int(28 * k)), m.who, int(34 * k), ink(s), "bold")
        c.text(
            (c.width - int(60 * k), y + int(30 * k)),
            times.relative(m.at, s.captured),
            int(26 * k),
            dim(s),
            anchor="ra",
        )
        cut = m.text
        while face.getlength(cut + "…") > c.width - int(250 * k):
            cut = cut[:-1]
        c.text((int(170 * k), y + int(88 * k)), cut + "…", int(30 * k), dim(s))
        y += int(170 * k)
    y = c.height - int(170 * k)
    for i, b in enumerate(buttons.split()):
        c.text((int(c.width * (i + 0.5) / 2), y), b, int(32 * k), ink(s), anchor="ma")
