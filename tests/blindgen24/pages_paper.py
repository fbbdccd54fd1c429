"""Set 24's lock screen, loan bill and photographed paper."""

from __future__ import annotations

from PIL import Image, ImageFilter

from tests.blindgen24.model import Screen
from tests.blindgen24.pages import CHROME, WEEK, status_bar, title_bar, when
from tests.blindgen24.sheet import Sheet


def page_suoping(sh: Sheet, s: Screen, k: dict) -> None:
    u = sh.w / 1080
    top, bottom = (28, 40, 70), (80, 50, 90)
    for yy in range(sh.h):
        t = yy / sh.h
        sh.d.line(
            [(0, yy), (sh.w, yy)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    white = (250, 250, 252)
    k = dict(k, fg=white, sub=(210, 210, 220))
    status_bar(sh, s, k)
    at = s.captured
    sh.text(
        sh.w // 2, int(420 * u), f"{at.hour:02d}:{at.minute:02d}", int(200 * u), white, anchor="mm"
    )
    sh.text(
        sh.w // 2,
        int(580 * u),
        f"{at.month}月{at.day}日 星期{WEEK[at.weekday()]}",
        int(44 * u),
        white,
        anchor="mm",
    )
    y = int(760 * u)
    for m in s.msgs:
        app = s.extra.get("apps", {}).get(m.who, "信息")
        shown = m.text + "…" if m.preview else m.text
        lines = sh.wrap(shown, int(36 * u), sh.w - int(200 * u))
        hh = int(150 * u) + int(36 * 1.4 * u) * len(lines)
        sh.box((int(40 * u), y, sh.w - int(40 * u), y + hh), fill=(236, 236, 242), r=int(40 * u))
        sh.text(int(90 * u), y + int(30 * u), app, int(28 * u), (90, 90, 100))
        sh.text(
            sh.w - int(90 * u),
            y + int(30 * u),
            when(m.at, s.captured, "ago"),
            int(28 * u),
            (90, 90, 100),
            anchor="ra",
        )
        sh.text(
            int(90 * u),
            y + int(78 * u),
            s.extra.get("shown", {}).get(m.who, m.who),
            int(36 * u),
            (20, 20, 20),
            bold=True,
        )
        sh.para(
            int(90 * u),
            y + int(132 * u),
            shown,
            int(36 * u),
            (30, 30, 30),
            sh.w - int(200 * u),
            lh=1.4,
        )
        y += hh + int(30 * u)
    sh.text(sh.w // 2, sh.h - int(120 * u), CHROME["suoping24"], int(32 * u), white, anchor="mm")


def page_zhangdan(sh: Sheet, s: Screen, k: dict) -> None:
    u = sh.w / 1080
    e = s.extra
    y = status_bar(sh, s, k)
    y += title_bar(sh, k, y, e["platform"] + " · 账单详情", "", centre=True)
    sh.box(
        (int(40 * u), y + int(30 * u), sh.w - int(40 * u), y + int(420 * u)),
        fill=e.get("band", (232, 80, 60)),
        r=int(30 * u),
    )
    sh.text(sh.w // 2, y + int(110 * u), "应还总额(元)", int(34 * u), (255, 240, 235), anchor="mm")
    sh.text(
        sh.w // 2,
        y + int(220 * u),
        e["demanded_text"],
        int(96 * u),
        (255, 255, 255),
        bold=True,
        anchor="mm",
    )
    sh.text(sh.w // 2, y + int(340 * u), e["overdue"], int(34 * u), (255, 240, 235), anchor="mm")
    y += int(480 * u)
    for label, value in e["rows"]:
        sh.text(int(70 * u), y, label, int(36 * u), k["sub"])
        sh.text(sh.w - int(70 * u), y, value, int(36 * u), k["fg"], anchor="ra")
        y += int(96 * u)
    if e.get("note"):
        y += int(30 * u)
        sh.para(int(70 * u), y, e["note"], int(30 * u), (200, 60, 40), sh.w - int(140 * u))
    yb = sh.h - int(260 * u)
    sh.box(
        (int(60 * u), yb, sh.w - int(60 * u), yb + int(110 * u)), fill=k["accent"], r=int(55 * u)
    )
    sh.text(sh.w // 2, yb + int(55 * u), "去还款", int(40 * u), (255, 255, 255), anchor="mm")
    bar = CHROME["zhangdan24"].split()
    for i, word in enumerate(bar):
        cx = int(sh.w * (i + 0.5) / len(bar))
        sh.text(
            cx,
            sh.h - int(70 * u),
            word,
            int(28 * u),
            k["accent"] if i == 2 else k["sub"],
            anchor="mm",
        )


def page_hanjian(sh: Sheet, s: Screen, k: dict) -> None:
    """A forged letter on paper, photographed on a table: drawn flat, then turned and aged."""
    e = s.extra
    pw, ph = 1240, 1754
    paper = Sheet(pw, ph, (250, 248, 240))
    y = 150
    paper.text(pw // 2, y, e["head"], 64, (180, 20, 20), bold=True, serif=True, anchor="mm")
    paper.box((120, y + 60, pw - 120, y + 66), fill=(180, 20, 20))
    y += 140
    paper.text(pw // 2, y, e["title"], 56, (20, 20, 20), bold=True, serif=True, anchor="mm")
    y += 110
    for para in e["body"]:
        y += paper.para(130, y, para, 38, (30, 30, 30), pw - 260, lh=1.7, serif=True) + 24
    y += 150  # room for the seal over the signature
    for line in e["sign"]:
        paper.text(pw - 130, y, line, 38, (30, 30, 30), serif=True, anchor="ra")
        y += 66
    paper.d.ellipse((pw - 470, y - 260, pw - 170, y + 40), outline=(210, 40, 40), width=8)
    paper.text(pw - 320, y - 110, "★", 70, (210, 40, 40), anchor="mm")
    sh.texts += paper.texts
    turned = paper.img.rotate(
        e.get("tilt", 2.5), expand=True, fillcolor=(120, 96, 70), resample=Image.BICUBIC
    )
    turned = turned.resize((int(turned.width * 0.78), int(turned.height * 0.78)))
    sh.box((0, 0, sh.w, sh.h), fill=(118, 94, 68))
    sh.img.paste(turned, ((sh.w - turned.width) // 2, (sh.h - turned.height) // 2))
    sh.img = sh.img.filter(ImageFilter.GaussianBlur(0.6))
