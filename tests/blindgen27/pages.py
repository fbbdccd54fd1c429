"""Set 27's pages as SVG documents: four phone skins and the apps a borrower screenshots.

paint.paint(screen) gives the SVG text and every string it draws (the layout test reads
those; no OCR).
An inner screen (a relative's forwarded capture, a gallery's picture) comes in as a PNG data URI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from tests.blindgen27.model import Screen
from tests.blindgen27.timefmt import label

SANS = "Noto Sans CJK SC"
SERIF = "Noto Serif CJK SC"

SKINS = {
    # iOS-17-like: large bold titles, grey bubbles, blue own bubbles.
    "ioslarge27": dict(bg="#ffffff", fg="#000000", sub="#8a8a8e", them="#e9e9eb", me="#0a84ff",
                       me_fg="#ffffff", bar="#f6f6f6", accent="#0a84ff", fs=46, title="large",
                       line="#d8d8dc", time="cn12"),
    # HarmonyOS-4-like dark: black ground, charcoal cards, left titles.
    "harmonydark27": dict(bg="#000000", fg="#e8e8e8", sub="#8c8c8c", them="#2a2a2a", me="#2d63d8",
                          me_fg="#ffffff", bar="#141414", accent="#4d8dff", fs=42, title="left",
                          line="#2c2c2c", time="md"),
    # Pixel-like Material You in Chinese: lilac tones, pill bubbles.
    "material27": dict(bg="#fdf7ff", fg="#1d1b20", sub="#625b71", them="#e8def8", me="#6750a4",
                       me_fg="#ffffff", bar="#f3edf7", accent="#6750a4", fs=40, title="left",
                       line="#e2dbe8", time="slash"),
    # Meizu-like Flyme 10: pale grey ground, white cards, centred titles, green own bubbles.
    "flymeten27": dict(bg="#f3f4f6", fg="#1f1f1f", sub="#9a9a9a", them="#ffffff", me="#35c46a",
                       me_fg="#ffffff", bar="#ffffff", accent="#2f7cf6", fs=44, title="center",
                       line="#e6e6e6", time="rel"),
}  # fmt: skip

# The UI chrome words each app draws (truth "tabs").
CHROME = {
    "sms_thread27": "短信/彩信 发送",
    "sms_inbox27": "信息 搜索信息 编辑",
    "calllog27": "通话记录 全部 未接 拨号 联系人 收藏",
    "numpage27": "呼叫 发信息 视频通话 加入黑名单 通话记录",
    "qqchat27": "发送 语音 图片 相机 红包 表情",
    "dingchat27": "发消息 已读 未读 DING",
    "xydm27": "想跟TA说点什么 宝贝 发送",
    "wxgroup27": "按住说话 发送",
    "lock27": "上滑解锁",
    "bill27": "立即还款 借款详情 还款计划",
    "gallery27": "分享 编辑 收藏 删除",
    "float27": "小窗",
}


def width_of(text: str, fs: float) -> float:
    return sum(fs * (0.56 if ord(ch) < 0x2E80 else 1.0) for ch in text)


def wrap(text: str, fs: float, room: float) -> list[str]:
    """Lines that fit: a number or a Latin word is never split, no line opens with a comma."""
    lines, cur = [], ""
    for tok in re.findall(r"[0-9A-Za-z.,:%¥\-]+|.", text):
        if width_of(cur + tok, fs) > room and cur and tok not in "，。？！、；：”’）…":
            lines.append(cur)
            cur = tok
        else:
            cur += tok
    return [*lines, cur] if cur else lines


@dataclass
class Svg:
    w: int
    h: int
    parts: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    def rect(self, x, y, w, h, fill, r=0, extra=""):
        self.parts.append(
            f'<rect x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" rx="{r}" '
            f'fill="{fill}" {extra}/>'
        )

    def circle(self, x, y, r, fill):
        self.parts.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{r}" fill="{fill}"/>')

    def text(self, x, y, s, fs, fill, weight=400, anchor="start", font=SANS, record=True):
        self.parts.append(
            f'<text x="{x:.0f}" y="{y:.0f}" font-family="{font}" font-size="{fs}" '
            f'font-weight="{weight}" fill="{fill}" text-anchor="{anchor}">{escape(s)}</text>'
        )
        if record and s.strip():
            self.texts.append(s)

    def image(self, x, y, w, h, uri):
        self.parts.append(
            f'<image x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" href="{uri}" '
            'preserveAspectRatio="xMidYMid meet"/>'
        )

    def doc(self) -> str:
        body = "\n".join(self.parts)
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.w}" height="{self.h}" '
            f'viewBox="0 0 {self.w} {self.h}">\n{body}\n</svg>\n'
        )


def status_bar(g: Svg, s: Screen, k: dict, y0=0) -> float:
    fs = round(k["fs"] * 0.78)
    clock = s.captured.strftime("%H:%M")
    bat = s.extra.get("battery", "76")
    if k["title"] == "large":  # iOS-like: clock left in bold, icons right
        g.text(90, y0 + 80, clock, fs + 4, k["fg"], 600, record=False)
        g.text(g.w - 70, y0 + 80, f"5G  {bat}%", fs - 4, k["fg"], 600, "end", record=False)
        return y0 + 130
    g.text(48, y0 + 62, clock, fs, k["fg"], 500, record=False)
    g.text(g.w - 48, y0 + 62, f"4G ▂▄▆ {bat}%", fs - 6, k["fg"], 400, "end", record=False)
    return y0 + 96


def header(g: Svg, k: dict, title: str, sub: str, y: float) -> float:
    fs = k["fs"]
    if k["title"] == "large":
        g.text(40, y + 40, "‹ 返回", fs - 6, k["accent"], record=False)
        g.text(48, y + 140, title, fs + 26, k["fg"], 700)
        if sub:
            g.text(50, y + 200, sub, fs - 10, k["sub"])
        return y + (230 if sub else 180)
    if k["title"] == "center":
        g.rect(0, y, g.w, 150 if sub else 120, k["bar"])
        g.text(50, y + 76, "‹", fs + 16, k["fg"], record=False)
        g.text(g.w / 2, y + 72, title, fs + 2, k["fg"], 600, "middle")
        if sub:
            g.text(g.w / 2, y + 122, sub, fs - 14, k["sub"], anchor="middle")
        return y + (170 if sub else 140)
    g.rect(0, y, g.w, 160 if sub else 130, k["bar"])
    g.text(44, y + 80, "←", fs + 6, k["fg"], record=False)
    g.text(130, y + 78, title, fs + 6, k["fg"], 600)
    if sub:
        g.text(132, y + 130, sub, fs - 12, k["sub"])
    return y + (180 if sub else 150)


def bottom_input(g: Svg, k: dict, hint: str, button: str = "发送") -> float:
    h = 150
    top = g.h - h
    g.rect(0, top, g.w, h, k["bar"])
    g.rect(
        36,
        top + 28,
        g.w - 260,
        92,
        "#00000000" if False else k["bg"],
        46,
        f'stroke="{k["line"]}" stroke-width="2"',
    )
    g.text(76, top + 88, hint, k["fs"] - 8, k["sub"])
    if button:
        g.rect(g.w - 200, top + 32, 164, 86, k["accent"], 43)
        g.text(g.w - 118, top + 90, button, k["fs"] - 6, "#ffffff", 600, "middle")
    return top


def bubbles(g: Svg, s: Screen, k: dict, y: float, bottom: float, group=False, avatars=False):
    fs = k["fs"]
    room = g.w * 0.62
    last_label = ""
    for m in s.msgs:
        lab = label(m.at, s.captured, s.extra.get("time", k["time"]))
        if lab != last_label and (m.kind != "same"):
            y += 30
            g.text(g.w / 2, y + fs * 0.6, lab, fs - 14, k["sub"], anchor="middle")
            y += fs * 0.6 + 24
            last_label = lab
        if m.kind == "image":
            continue_y = picture(g, s, k, y, m, avatars)
            y = continue_y
            continue
        lines = wrap(m.text, fs, room)
        bw = max(width_of(line, fs) for line in lines) + 56
        bh = len(lines) * fs * 1.38 + 40
        mine = m.who == "me"
        if group and not mine:
            g.text(170, y + fs * 0.6, m.name or m.who, fs - 14, k["sub"])
            y += fs * 0.6 + 14
        x = g.w - 60 - bw - (110 if avatars else 0) if mine else 60 + (110 if avatars else 0)
        if avatars:
            ax = g.w - 100 if mine else 100
            g.circle(ax, y + 46, 44, "#7aa7e8" if mine else "#e3a35a")
            if not mine:
                g.text(
                    ax, y + 62, (m.name or m.who)[:1], 40, "#ffffff", 600, "middle", record=False
                )
        if y + bh > bottom:
            raise ValueError(f"{s.name}: messages run past the screen at {m.text[:12]}")
        g.rect(x, y, bw, bh, k["me"] if mine else k["them"], 30)
        for i, line in enumerate(lines):
            g.text(
                x + 28,
                y + 22 + fs * 1.05 + i * fs * 1.38,
                line,
                fs,
                k["me_fg"] if mine else k["fg"],
                record=False,
            )
        g.texts.append(m.text)
        y += bh + 26
    return y


def picture(g: Svg, s: Screen, k: dict, y: float, m, avatars: bool) -> float:
    """A forwarded capture inside a chat bubble (the inner screen as an image)."""
    inner = s.inner
    pw = g.w * s.extra.get("pic", 0.42)
    ph = pw * inner.height / inner.width
    x = 60 + (110 if avatars else 0)
    if m.name:
        g.text(170, y + k["fs"] * 0.6, m.name, k["fs"] - 14, k["sub"])
        y += k["fs"] * 0.6 + 14
    if avatars:
        g.circle(100, y + 46, 44, "#e3a35a")
        g.text(100, y + 62, m.name[:1], 40, "#ffffff", 600, "middle", record=False)
    g.rect(x - 4, y - 4, pw + 8, ph + 8, k["line"], 14)
    g.image(x, y, pw, ph, s.extra.get("inner_uri", ""))
    g.texts.extend(s.extra.get("inner_texts", []))
    return y + ph + 30


def page_thread(g, s, k):
    y = header(g, k, s.title, s.sub, status_bar(g, s, k))
    bottom = bottom_input(g, k, "短信/彩信")
    bubbles(g, s, k, y, bottom)


def page_chat(g, s, k):
    y = status_bar(g, s, k)
    y = header(g, k, s.title, s.sub, y)
    if s.app == "xydm27":
        g.rect(30, y, g.w - 60, 170, k["them"], 20)
        g.rect(56, y + 22, 126, 126, "#c9b79c", 12)
        g.text(210, y + 70, s.extra.get("item", "九成新 电动车 急出"), k["fs"] - 6, k["fg"])
        g.text(210, y + 130, s.extra.get("price", "¥ 1200"), k["fs"] - 2, "#ff4f1f", 700)
        g.text(g.w - 60, y + 130, "宝贝", k["fs"] - 10, k["sub"], anchor="end")
        y += 200
        hint, button = "想跟TA说点什么", "发送"
    elif s.app == "dingchat27":
        hint, button = "发消息", "DING"
    elif s.app == "wxgroup27":
        hint, button = "按住说话", "发送"
    else:
        hint, button = "", "发送"
    if s.app == "qqchat27":
        top = g.h - 250
        g.rect(0, top, g.w, 250, k["bar"])
        g.rect(30, top + 20, g.w - 230, 90, k["bg"], 16)
        g.rect(g.w - 180, top + 24, 150, 82, k["accent"], 14)
        g.text(g.w - 105, top + 80, "发送", k["fs"] - 8, "#ffffff", 600, "middle")
        for i, word in enumerate(["语音", "图片", "相机", "红包", "表情"]):
            g.text(
                110 + i * (g.w - 220) / 4, top + 200, word, k["fs"] - 14, k["sub"], anchor="middle"
            )
        bottom = top
    else:
        bottom = bottom_input(g, k, hint, button)
    if s.app == "dingchat27":
        read = s.extra.get("read", "")
        if read:
            g.text(g.w - 60, bottom - 30, read, k["fs"] - 14, k["accent"], anchor="end")
            bottom -= 60
    bubbles(g, s, k, y + 10, bottom, group=s.extra.get("group", False), avatars=True)


def page_inbox(g, s, k):
    y = status_bar(g, s, k)
    fs = k["fs"]
    if k["title"] == "large":
        g.text(g.w - 60, y + 40, "编辑", fs - 6, k["accent"], anchor="end")
        g.text(48, y + 150, s.title or "信息", fs + 30, k["fg"], 700)
        y += 190
    else:
        y = header(g, k, s.title or "信息", "", y)
    g.rect(40, y, g.w - 80, 96, k["them"], 48)
    g.text(100, y + 62, "搜索信息", fs - 8, k["sub"])
    y += 130
    for m in s.msgs:
        g.circle(100, y + 80, 52, "#9bb4d8")
        g.text(100, y + 98, (m.name or m.who)[:1], 46, "#ffffff", 600, "middle", record=False)
        g.text(190, y + 60, m.name or m.who, fs, k["fg"], 600)
        g.text(
            g.w - 50,
            y + 58,
            label(m.at, s.captured, s.extra.get("time", k["time"])),
            fs - 14,
            k["sub"],
            anchor="end",
        )
        shown = m.text + ("…" if m.kind == "preview" else "")
        if width_of(shown, fs - 8) > g.w - 240:
            raise ValueError(f"{s.name}: inbox row too long: {shown}")
        g.text(190, y + 124, shown, fs - 8, k["sub"])
        y += 176
        g.rect(190, y - 6, g.w - 190, 2, k["line"])
