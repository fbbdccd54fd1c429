"""Set 26's own Pillow painter: four phone skins, and the pages a borrower screenshots on them.

Every page is laid out top-down from a cursor; what a page draws is also written into
``Painted.texts`` (a bubble's whole text once, however many lines it wraps over), so the layout
test can check the truth against the picture without any OCR.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from tests.blindgen26.model import Screen, stamp

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"

# Four phones no set drew: an OPPO-like ColorOS 14, a vivo-like OriginOS (dark), an Honor-like
# MagicOS 8 and a Samsung-like One UI 6 in Chinese (dark).
SKINS = {
    "colorsea26": dict(w=1080, h=2412, dark=False, bg="#F4F5F7", card="#FFFFFF", fg="#16181D",
                       sub="#8A909C", acc="#2F6BFF", red="#F0453A", base=40, net="5G"),
    "originblue26": dict(w=1260, h=2800, dark=True, bg="#0C0D10", card="#191B20", fg="#ECEEF2",
                         sub="#8E94A1", acc="#5B8CFF", red="#FF5A4E", base=47, net="5G"),
    "magicmoss26": dict(w=1200, h=2664, dark=False, bg="#FFFFFF", card="#F3F4F6", fg="#1B1B1B",
                        sub="#898989", acc="#1C9A67", red="#E5483D", base=44, net="4G"),
    "oneuinight26": dict(w=1080, h=2340, dark=True, bg="#000000", card="#1C1C1E", fg="#F7F7F7",
                         sub="#9B9B9B", acc="#4A95FF", red="#FF6257", base=38, net="5G"),
}  # fmt: skip

# Chrome: tab bars, buttons and input boxes, one string per bar (words split by spaces).
CHROME = {
    "smsthread26": "输入信息 发送",
    "smslist26": "全部信息 通知信息",
    "chat26": "按住 说话",
    "group26": "按住 说话",
    "calls26": "拨号 通话记录 联系人 收藏",
    "detail26": "呼叫 编辑 更多",
    "block26": "拦截记录 拦截设置",
    "lock26": "上滑解锁",
    "bill26": "立即还款 账单明细",
}


@cache
def font(size: int, kind: str = "sans") -> ImageFont.FreeTypeFont:
    path = {"sans": SANS, "bold": SANS_B, "serif": SERIF, "serifb": SERIF_B}[kind]
    return ImageFont.truetype(path, size, index=2)


@dataclass
class Painted:
    img: Image.Image
    texts: list[str] = field(default_factory=list)
    used: int = 0  # how far down the page's content reaches


class Canvas:
    def __init__(self, screen: Screen, w: int | None = None, h: int | None = None):
        self.s = screen
        self.k = dict(SKINS[screen.skin])
        self.w, self.h = w or self.k["w"], h or self.k["h"]
        self.img = Image.new("RGB", (self.w, self.h), self.k["bg"])
        self.d = ImageDraw.Draw(self.img)
        self.texts: list[str] = []
        self.base = self.k["base"]
        self.y = 0
        # What paints a screen shown inside this one (a forwarded capture in a chat): the
        # dispatcher in paint.py, handed in so this module never imports it back.
        self.painter: Callable[[Screen], Painted] | None = None

    # primitives
    def text(self, x, y, s, size, fill, kind="sans", anchor="la", record=True):
        self.d.text((x, y), s, font=font(size, kind), fill=fill, anchor=anchor)
        if record:
            self.texts.append(s)

    def length(self, s, size, kind="sans") -> float:
        return font(size, kind).getlength(s)

    def wrap(self, s: str, size: int, maxw: float, kind="sans") -> list[str]:
        lines, cur = [], ""
        for ch in re.findall(r"[0-9A-Za-z.,:%/()\-]+|.", s):
            if self.length(cur + ch, size, kind) > maxw and cur and ch not in "，。、？！：；）」”":
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        return [*lines, cur] if cur else lines

    def box(self, xy, fill, r=0, outline=None):
        self.d.rounded_rectangle(xy, radius=r, fill=fill, outline=outline)

    def room(self, need: int, bottom: int):
        if self.y + need > self.h - bottom:
            raise ValueError(f"{self.s.name}: page overflows at y={self.y} (+{need})")

    # frame
    def status(self, fg=None):
        k, b = self.k, self.base
        fg = fg or k["fg"]
        clock = self.s.statuses[0]
        top = int(b * 0.55)
        self.text(int(b * 1.4), top, clock, int(b * 0.82), fg, "bold", record=False)
        self.texts.append(clock)
        x = self.w - int(b * 1.3)
        # battery: an outline with a fill and its percent inside
        bw, bh = int(b * 1.3), int(b * 0.62)
        self.box((x - bw, top + 4, x, top + 4 + bh), None, 8, outline=fg)
        pct = 30 + (self.s.captured.minute * 7) % 65
        self.text(x - bw // 2, top + 4 + bh // 2, str(pct), int(b * 0.45), fg, "bold", "mm")
        x -= bw + int(b * 0.5)
        for i in range(4):  # signal bars
            hh = int(bh * (i + 1) / 4)
            self.d.rectangle(
                (x - (4 - i) * 12, top + 4 + bh - hh, x - (4 - i) * 12 + 8, top + 4 + bh), fill=fg
            )
        self.text(x - 60, top, k["net"], int(b * 0.6), fg, "bold", "ra", record=False)
        self.y = int(b * 2.3)

    def header(self, title: str, sub: str = "", big: bool = False):
        k, b = self.k, self.base
        if big:  # One UI: a tall title area, the title alone in large type
            self.y += int(b * 2.2)
            self.text(self.w // 2, self.y, title, int(b * 1.45), k["fg"], "bold", "ma")
            self.y += int(b * 2.0)
            if sub:
                self.text(self.w // 2, self.y, sub, int(b * 0.7), k["sub"], anchor="ma")
                self.y += int(b * 1.2)
            self.y += int(b * 0.8)
            return
        self.text(int(b * 0.9), self.y + int(b * 0.25), "<", int(b * 1.1), k["fg"], record=False)
        self.text(self.w // 2, self.y + int(b * 0.2), title, int(b * 0.95), k["fg"], "bold", "ma")
        if sub:
            self.text(self.w // 2, self.y + int(b * 1.45), sub, int(b * 0.6), k["sub"], anchor="ma")
        self.y += int(b * 2.6)
        self.d.line((0, self.y, self.w, self.y), fill=k["card"], width=2)
        self.y += int(b * 0.5)

    def gesture(self):
        c = self.k["fg"]
        self.box((self.w // 2 - 140, self.h - 34, self.w // 2 + 140, self.h - 24), c, 5)

    def bar(self, words: str, height: int | None = None, active: int = 0):
        k, b = self.k, self.base
        hgt = height or int(b * 2.6)
        top = self.h - hgt - 50
        self.d.rectangle((0, top, self.w, self.h), fill=k["card"] if not k["dark"] else "#111214")
        parts = words.split()
        for i, word in enumerate(parts):
            x = int(self.w * (i + 0.5) / len(parts))
            col = k["acc"] if i == active else k["sub"]
            self.box((x - 22, top + 22, x + 22, top + 60), None, 10, outline=col)
            self.text(x, top + 72, word, int(b * 0.62), col, anchor="ma")
        return hgt + 50


def timebar(c: Canvas, label: str):
    c.room(c.base * 2, 200)
    c.text(c.w // 2, c.y + 10, label, int(c.base * 0.62), c.k["sub"], anchor="ma")
    c.y += int(c.base * 1.7)


def bubble(c: Canvas, text: str, left: bool, colors, name: str = "", avatar: bool = True,
           bottom: int = 260, voice: str = ""):  # fmt: skip
    b = c.base
    size = b
    inb, outb, infg, outfg = colors
    maxw = c.w * 0.62
    lines = c.wrap(text, size, maxw)
    lh = int(size * 1.42)
    tw = max(c.length(line, size) for line in lines)
    pad = int(b * 0.6)
    av = int(b * 2.0) if avatar else 0
    need = (
        len(lines) * lh + 2 * pad + (int(b * 0.9) if name else 0) + (int(b * 2.2) if voice else 0)
    )
    c.room(need + 20, bottom)
    x0 = int(b * 0.6) + av + 16 if left else c.w - int(b * 0.6) - av - 16 - int(tw) - 2 * pad
    if avatar:
        ax = int(b * 0.6) if left else c.w - int(b * 0.6) - av
        col = "#C9A27A" if left else "#7FA7D9"
        c.box((ax, c.y, ax + av, c.y + av), col, 12)
    y = c.y
    if name:
        c.text(x0, y, name, int(b * 0.6), c.k["sub"])
        y += int(b * 0.9)
    if voice:  # a voice bar, then its words turned to text under it
        vw = int(b * 5)
        vx = x0 if left else x0 + int(tw) + 2 * pad - vw
        c.box((vx, y, vx + vw, y + int(b * 1.8)), inb if left else outb, 14)
        c.text(vx + 30, y + int(b * 0.9), ")))  " + voice, int(b * 0.8), infg if left else outfg,
               anchor="lm", record=False)  # fmt: skip
        y += int(b * 2.2)
        fill = "#F6F6F6" if not c.k["dark"] and c.s.app.startswith(("chat", "group")) else inb
        fill = "#2F3136" if c.k["dark"] else fill
        c.box((x0, y, x0 + tw + 2 * pad, y + len(lines) * lh + 2 * pad), fill, 16)
    else:
        c.box((x0, y, x0 + tw + 2 * pad, y + len(lines) * lh + 2 * pad), inb if left else outb, 22)
    for i, line in enumerate(lines):
        c.text(x0 + pad, y + pad + i * lh, line, size, infg if left else outfg, record=False)
    c.texts.append(text)
    c.y = max(y + len(lines) * lh + 2 * pad, c.y + av) + int(b * 0.7)


def chat_colors(c: Canvas):
    if c.s.app.startswith(("chat", "group")):
        if c.k["dark"]:
            return ("#2C2C2C", "#3FB372", "#E8E8E8", "#0B1A10")
        return ("#FFFFFF", "#95EC69", "#111111", "#111111")
    if c.k["dark"]:
        return (c.k["card"], c.k["acc"], c.k["fg"], "#FFFFFF")
    return ("#E9EBEF" if c.k["bg"] != "#FFFFFF" else "#F0F1F3", c.k["acc"], c.k["fg"], "#FFFFFF")


def page_messages(c: Canvas):
    """An SMS thread, a 1:1 chat or a group: time bars, bubbles, voice notes, system lines."""
    s = c.s
    chat = s.app in ("chat26", "group26")
    if chat:
        c.img.paste("#111111" if c.k["dark"] else "#EDEDED", (0, 0, c.w, c.h))
    c.status()
    c.header(s.title, s.sub)
    foot = c.base * 3 + 60
    last = None
    colors = chat_colors(c)
    for m in s.msgs:
        if last is None or (m.at - last).total_seconds() > 600:
            timebar(c, stamp(m.at, s.captured, s.tstyle))
        last = m.at
        if m.kind == "system":
            c.room(c.base * 2, foot)
            c.box((c.w * 0.12, c.y, c.w * 0.88, c.y + int(c.base * 1.3)),
                  "#2A2A2A" if c.k["dark"] else "#DADADA", 10)  # fmt: skip
            c.text(
                c.w // 2,
                c.y + int(c.base * 0.15),
                m.text,
                int(c.base * 0.6),
                c.k["sub"],
                "sans",
                "ma",
            )
            c.y += int(c.base * 2)
            continue
        left = m.who != "me"
        name = m.who if (s.group and left) else ""
        if m.kind == "voice":
            secs = 4 + len(m.text) // 5
            bubble(c, m.text, left, colors, name, chat, foot, voice=f'{secs}"')
        else:
            bubble(c, m.text, left, colors, name, chat, foot)
    if s.inner is not None:
        picture(c, s.inner, foot)
    # input row
    top = c.h - foot
    c.d.rectangle((0, top, c.w, c.h), fill="#1A1A1A" if c.k["dark"] else "#F7F7F7")
    words = CHROME[s.app].split()
    if s.app == "smsthread26":
        c.box((40, top + 30, c.w - 220, top + 30 + c.base * 2), c.k["card"], c.base)
        c.text(80, top + 30 + c.base, words[0], int(c.base * 0.8), c.k["sub"], anchor="lm")
        c.text(c.w - 110, top + 30 + c.base, words[1], int(c.base * 0.8), c.k["acc"], "bold", "mm")
    else:
        c.box((130, top + 30, c.w - 230, top + 30 + c.base * 2), c.k["card"], 12)
        c.text((c.w - 100) // 2, top + 30 + c.base, " ".join(words), int(c.base * 0.8), c.k["sub"],
               anchor="mm")  # fmt: skip
        c.d.ellipse((30, top + 40, 110, top + 120), outline=c.k["sub"], width=4)
        c.d.ellipse((c.w - 200, top + 40, c.w - 120, top + 120), outline=c.k["sub"], width=4)
        c.text(c.w - 70, top + 80, "+", int(c.base * 1.4), c.k["sub"], anchor="mm", record=False)
    c.gesture()


def picture(c: Canvas, inner: Screen, foot: int):
    """A screenshot someone sent into this chat: small, recompressed, in a picture bubble."""
    painted = c.painter(inner)
    shot = painted.img
    if 0 < painted.used < shot.height - 300:  # the sender cropped off the empty part
        shot = shot.crop((0, 0, shot.width, painted.used + 40))
    scale = 0.62
    shot = shot.resize((int(shot.width * scale), int(shot.height * scale)), Image.LANCZOS)
    buf = io.BytesIO()
    shot.save(buf, "JPEG", quality=58)
    shot = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    room = c.h - foot - c.y - 30
    if shot.height > room:
        shot = shot.crop((0, 0, shot.width, room))
    x = int(c.base * 0.6) + int(c.base * 2.0) + 16
    c.box((int(c.base * 0.6), c.y, int(c.base * 2.6), c.y + int(c.base * 2.0)), "#C9A27A", 12)
    c.img.paste(shot, (x, c.y))
    c.d.rectangle((x, c.y, x + shot.width, c.y + shot.height), outline="#CCCCCC", width=2)
    c.texts.extend(painted.texts)
    c.y += shot.height + 30


def page_inbox(c: Canvas):
    """The messages list: a big title, then one row per sender with a cut preview."""
    s, k, b = c.s, c.k, c.base
    c.status()
    c.y += int(b * 1.5)
    c.text(int(b * 1.2), c.y, s.title, int(b * 1.6), k["fg"], "bold")
    c.y += int(b * 3)
    tabs = CHROME["smslist26"].split()
    for i, word in enumerate(tabs):
        x = int(b * 1.2) + i * int(b * 5)
        c.text(
            x,
            c.y,
            word,
            int(b * 0.75),
            k["acc"] if i == 0 else k["sub"],
            "bold" if i == 0 else "sans",
        )
    c.y += int(b * 2)
    for m in s.msgs:
        c.room(int(b * 3.6), 120)
        c.d.ellipse(
            (int(b * 0.9), c.y + 10, int(b * 3.1), c.y + 10 + int(b * 2.2)),
            fill=k["card"] if k["dark"] else "#DCE3EE",
        )
        c.text(
            int(b * 2.0),
            c.y + 10 + int(b * 1.1),
            m.who[0],
            int(b * 0.9),
            k["acc"],
            "bold",
            "mm",
            record=False,
        )
        x = int(b * 3.7)
        c.text(x, c.y, m.who, int(b * 0.9), k["fg"], "bold")
        c.text(
            c.w - int(b * 1.0),
            c.y + 6,
            stamp(m.at, s.captured, s.tstyle),
            int(b * 0.6),
            k["sub"],
            anchor="ra",
        )
        room = c.w - x - int(b * 1.0)
        shown = m.text if m.kind != "preview" else m.text + "…"
        lines = c.wrap(shown, int(b * 0.72), room)[:2]
        for i, line in enumerate(lines):
            c.text(
                x,
                c.y + int(b * 1.35) + i * int(b * 1.05),
                line,
                int(b * 0.72),
                k["sub"],
                record=False,
            )
        c.texts.append(shown)
        c.y += int(b * 1.5) + len(lines) * int(b * 1.05) + int(b * 0.7)
        c.d.line((x, c.y - int(b * 0.35), c.w, c.y - int(b * 0.35)), fill=k["card"], width=2)
    c.gesture()
