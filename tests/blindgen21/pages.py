"""Pages that are not a chat or a list: comments, the fold's two panes, bills and papers."""

from __future__ import annotations

from tests.blindgen21.apps import bars, chat, header
from tests.blindgen21.model import Screen
from tests.blindgen21.skins import Skin
from tests.blindgen21.svg import SERIF, Canvas, text_width, wrap
from tests.blindgen21.timefmt import stamp


def comments(cv: Canvas, skin: Skin, s: Screen, top: int, bottom: int) -> None:
    """A 视频号-like video's comment sheet: the post on top, comments with name, text, time."""
    w = skin.width
    k = w / 720
    cv.rect(0, top, w, 420 * k, "#2a2622")
    cv.text(40 * k, top + 330 * k, s.extra["post"], 30 * k, "#ffffff", 600)
    first, hint = bars(s.app)
    x = 40 * k
    for word in first.split():
        cv.text(x, top + 390 * k, word, 24 * k, "#dddddd")
        x += 160 * k
    y = top + 470 * k
    cv.limit = bottom - 100 * k
    for m in s.msgs:
        cv.circle(60 * k, y + 24 * k, 26 * k, "#c9b79c")
        cv.text(104 * k, y + 18 * k, m.who, 23 * k, skin.muted, 500)
        lines = wrap(m.text, 27 * k, w - 150 * k)
        y += 30 * k + cv.text(104 * k, y + 56 * k, lines, 27 * k, skin.ink)
        cv.text(104 * k, y + 44 * k, stamp(m.at, s.captured), 20 * k, skin.muted)
        y += 80 * k
    cv.limit = cv.height
    cv.rect(24 * k, bottom - 86 * k, w - 48 * k, 64 * k, "#eeeeee", rx=32)
    cv.text(56 * k, bottom - 44 * k, hint, 24 * k, skin.muted)


def fold(cv: Canvas, skin: Skin, s: Screen, top: int, bottom: int) -> None:
    """The foldable's inner screen: the conversation list left, the open thread right."""
    left = 640
    cv.rect(0, top, left, bottom - top, "#ffffff")
    cv.rect(left, top, 2, bottom - top, "#dddddd")
    first = bars(s.app)[0].split()
    cv.text(36, top + 70, first[0], 44, skin.ink, 700)
    cv.rect(30, top + 100, left - 60, 60, "#eeeff2", rx=30)
    cv.text(60, top + 140, first[1], 24, skin.muted)
    y = top + 190
    for row in s.extra["list"]:  # (name, preview, time): only previews, never whole words
        cv.circle(70, y + 46, 36, "#d5dbe5")
        cv.text(126, y + 36, row[0], 28, skin.ink, 600)
        cv.text(left - 30, y + 36, row[2], 20, skin.muted, anchor="end")
        cv.text(126, y + 76, row[1], 22, skin.muted)
        y += 120
    chat(cv, skin, s, top, bottom, x0=left + 2, width=skin.width - left - 2)


def bill(cv: Canvas, skin: Skin, s: Screen, top: int, bottom: int) -> None:
    """A lending app's bill: amount, what reached the card, fees kept, what is due now."""
    w, k = skin.width, skin.width / 720
    title, buttons, tabs = bars(s.app)
    y = header(cv, skin, top, 0, w, title, k)
    cv.rect(30 * k, y + 20 * k, w - 60 * k, 300 * k, "#ff7a2f", rx=24)
    cv.text(w / 2, y + 90 * k, "当前应还(元)", 26 * k, "#fff3e8", anchor="middle")
    cv.text(w / 2, y + 190 * k, s.extra["due"], 70 * k, "#ffffff", 700, anchor="middle")
    cv.text(w / 2, y + 270 * k, s.extra["due_line"], 22 * k, "#fff3e8", anchor="middle")
    y += 360 * k
    for label, value in s.extra["rows"]:
        cv.text(44 * k, y + 40 * k, label, 26 * k, skin.muted)
        cv.text(w - 44 * k, y + 40 * k, value, 26 * k, skin.ink, 500, anchor="end")
        y += 70 * k
    x = 70 * k
    for word in buttons.split():
        cv.rect(x - 20 * k, y + 40 * k, 280 * k, 80 * k, "#ffede1", rx=40)
        cv.text(x + 120 * k, y + 92 * k, word, 28 * k, "#ff5b00", 600, anchor="middle")
        x += 320 * k
    x = w / 6
    for word in tabs.split():
        cv.text(x, bottom - 30 * k, word, 22 * k, skin.muted, anchor="middle")
        x += w / 3


def paper(cv: Canvas, skin: Skin, s: Screen, top: int, bottom: int) -> None:
    """A printed sheet photographed: a door notice, a forged letter, or an ID card."""
    w, h = skin.width, skin.height
    if s.app == "idcard21":
        _idcard(cv, s, w, h)
        return
    cv.rect(0, 0, w, h, "#8a6b4e" if s.app == "door21" else "#5b6470")
    cv.rect(110, 90, w - 220, h - 180, "#fbfaf5")
    red = s.app == "letter21"
    cv.text(w / 2, 230, s.extra["head"], 56, "#b01818" if red else "#111", 900, "middle", SERIF)
    y = 330
    for para in s.extra["paras"]:
        lines = wrap(para, 30, w - 340)
        y += cv.text(170, y, lines, 30, "#222", 400, family=SERIF, lh=1.6) + 24
    cv.text(w - 170, y + 40, s.extra["sign"], 30, "#222", 600, "end", SERIF)
    if red:
        cv.circle(w - 300, y + 10, 95, "none", stroke="#d22", sw=6)
        cv.text(w - 300, y + 20, "专用章", 26, "#d22", 700, "middle", SERIF)


def _idcard(cv: Canvas, s: Screen, w: int, h: int) -> None:
    cv.rect(0, 0, w, h, "#4a4f55")
    cv.rect(100, 460, w - 200, 640, "#e9f0f2", rx=26)
    y = 560
    for label, value in s.extra["fields"]:
        cv.text(150, y, label, 28, "#3a6d8c")
        cv.text(150 + text_width(label, 28) + 30, y, value, 32, "#111", 500)
        y += 80
    cv.rect(w - 420, 540, 260, 320, "#c8ced6", rx=6)
    cv.text(150, 1050, "公民身份号码", 28, "#3a6d8c")
    cv.text(390, 1050, s.extra["id"], 36, "#111", 600)
