"""Set 27's pages as SVG documents: four phone skins and the apps a borrower screenshots.

paint(screen) gives the SVG text and every string it draws (the layout test reads those; no OCR).
An inner screen (a relative's forwarded capture, a gallery's picture) comes in as a PNG data URI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from tests.blindgen27.model import Screen
from tests.blindgen27.timefmt import WEEK, label

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


def page_calllog(g, s, k):
    y = status_bar(g, s, k)
    fs = k["fs"]
    if k["title"] == "large":
        g.text(48, y + 130, "通话记录", fs + 26, k["fg"], 700)
        y += 160
    else:
        y = header(g, k, "通话记录", "", y)
    g.rect(g.w / 2 - 240, y, 480, 84, k["them"], 42)
    g.rect(g.w / 2 - 234, y + 6, 234, 72, k["accent"], 36)
    g.text(g.w / 2 - 117, y + 56, "全部", fs - 8, "#ffffff", 600, "middle")
    g.text(g.w / 2 + 117, y + 56, "未接", fs - 8, k["fg"], 400, "middle")
    y += 120
    for c in s.calls:
        who = c.name or c.number
        red = "#e5483b" if c.missed else k["fg"]
        head = who + (f" ({c.count})" if c.count > 1 else "")
        g.text(70, y + 62, head, fs, red, 500)
        under = "  ".join(x for x in (c.tag, c.place or ("" if c.name else "未知归属地")) if x)
        if c.name:
            under = "  ".join(x for x in (c.number, c.place) if x)
        g.text(70, y + 122, under, fs - 12, k["sub"])
        g.text(
            g.w - 60,
            y + 62,
            label(c.at, s.captured, s.extra.get("time", k["time"])),
            fs - 12,
            k["sub"],
            anchor="end",
        )
        g.text(g.w - 60, y + 122, "ⓘ", fs - 6, k["accent"], anchor="end", record=False)
        y += 170
        g.rect(70, y - 8, g.w - 70, 2, k["line"])
    top = g.h - 160
    g.rect(0, top, g.w, 160, k["bar"])
    for i, word in enumerate(["拨号", "通话记录", "联系人", "收藏"]):
        g.text(
            (i + 0.5) * g.w / 4,
            top + 92,
            word,
            fs - 10,
            k["accent"] if i == 1 else k["sub"],
            500,
            "middle",
        )


def page_numpage(g, s, k):
    y = status_bar(g, s, k) + 40
    fs = k["fs"]
    g.circle(g.w / 2, y + 120, 110, "#a9b9d6")
    g.text(g.w / 2, y + 320, s.title, fs + 20, k["fg"], 600, "middle")
    g.text(g.w / 2, y + 390, s.sub, fs - 6, k["sub"], anchor="middle")
    y += 440
    if s.extra.get("tag"):
        g.rect(g.w / 2 - 230, y, 460, 70, "#fbe3df", 35)
        g.text(g.w / 2, y + 48, s.extra["tag"], fs - 12, "#c9372c", 600, "middle")
        y += 100
    for i, word in enumerate(("呼叫", "发信息", "视频通话")):
        x = (i + 0.5) * g.w / 3
        g.circle(x, y + 60, 56, k["them"])
        g.text(x, y + 170, word, fs - 12, k["fg"], anchor="middle")
    y += 230
    g.rect(40, y, g.w - 80, 110 + 140 * len(s.calls), k["them"], 28)
    g.text(80, y + 72, "通话记录", fs - 8, k["sub"], 600)
    y += 110
    for c in s.calls:
        d = f"{c.at.month}月{c.at.day}日 周{WEEK[c.at.weekday()]}"
        g.text(80, y + 56, d, fs - 8, k["fg"])
        g.text(80, y + 108, c.at.strftime("%H:%M"), fs - 12, k["sub"])
        state = "未接来电" if c.missed else "呼入 " + c.tag
        g.text(g.w - 80, y + 56, state, fs - 10, "#e5483b" if c.missed else k["sub"], anchor="end")
        y += 140
    y += 40
    g.text(g.w / 2, y + 60, "加入黑名单", fs - 6, "#e5483b", anchor="middle")


def page_lock(g, s, k):
    fs = k["fs"]
    g.rect(0, 0, g.w, g.h, "#1c2a3f")
    g.parts.append(
        f'<circle cx="{g.w * 0.8:.0f}" cy="{g.h * 0.25:.0f}" r="{g.w * 0.7:.0f}" fill="#3d4f73" '
        'opacity="0.55"/>'
    )
    g.text(60, 70, s.captured.strftime("%H:%M"), fs - 8, "#ffffff", 500, record=False)
    g.text(g.w - 60, 70, "76%", fs - 10, "#ffffff", anchor="end", record=False)
    c = s.captured
    g.text(
        g.w / 2,
        250,
        f"{c.month}月{c.day}日 星期{WEEK[c.weekday()]}",
        fs - 2,
        "#ffffff",
        anchor="middle",
    )
    g.text(g.w / 2, 470, c.strftime("%H:%M"), 200, "#ffffff", 300, "middle", record=False)
    y = 620
    style = s.extra.get("time", "rel")
    for m in s.msgs:
        lines = wrap(m.text, fs - 6, g.w - 220)
        h = 130 + len(lines) * (fs - 6) * 1.35
        g.rect(40, y, g.w - 80, h, "#ffffffd9" if False else "#eef0f4", 36, 'opacity="0.93"')
        g.text(80, y + 56, m.app or "信息", fs - 16, "#555555")
        g.text(g.w - 80, y + 56, label(m.at, s.captured, style), fs - 16, "#555555", anchor="end")
        g.text(80, y + 110, m.name or m.who, fs - 4, "#111111", 600)
        for i, line in enumerate(lines):
            g.text(80, y + 110 + (i + 1) * (fs - 6) * 1.35, line, fs - 6, "#222222", record=False)
        g.texts.append(m.text)
        y += h + 24
    for call in s.calls:
        g.rect(40, y, g.w - 80, 160, "#eef0f4", 36, 'opacity="0.93"')
        g.text(80, y + 56, "电话", fs - 16, "#555555")
        g.text(
            g.w - 80, y + 56, label(call.at, s.captured, style), fs - 16, "#555555", anchor="end"
        )
        g.text(
            80,
            y + 120,
            f"未接来电 {call.name or call.number}" + (f" ({call.count})" if call.count > 1 else ""),
            fs - 4,
            "#111111",
            600,
        )
        g.texts.append(call.name or call.number)
        y += 184
    g.text(g.w / 2, g.h - 90, "上滑解锁", fs - 12, "#ffffff", anchor="middle")


def page_bill(g, s, k):
    y = header(g, k, s.title, "", status_bar(g, s, k))
    fs = k["fs"]
    g.rect(40, y, g.w - 80, 360, k["accent"], 36)
    g.text(90, y + 80, s.extra["head"], fs - 8, "#ffffffcc")
    g.text(90, y + 200, s.extra["big"], fs + 50, "#ffffff", 700)
    g.text(90, y + 290, s.extra["warn"], fs - 8, "#ffe3a3")
    y += 400
    g.rect(40, y, g.w - 80, 120 * len(s.lines) + 60, k["them"], 30)
    y += 30
    for line in s.lines:
        left, right = line.split("|")
        g.text(90, y + 76, left, fs - 6, k["sub"])
        g.text(g.w - 90, y + 76, right, fs - 4, k["fg"], 500, "end")
        y += 120
    top = g.h - 200
    g.rect(60, top, g.w - 120, 120, "#ff6a2b", 60)
    g.text(g.w / 2, top + 78, "立即还款", fs, "#ffffff", 700, "middle")
    g.text(g.w / 2, top - 40, "借款详情    还款计划", fs - 12, k["sub"], anchor="middle")


def page_notice(g, s, k):
    g.rect(0, 0, g.w, g.h, "#f7f2e6")
    fs = 46
    g.text(g.w / 2, 220, s.title, 78, "#b01e1e", 700, "middle", SERIF)
    g.rect(120, 270, g.w - 240, 6, "#b01e1e")
    y = 380
    for para in s.lines:
        for line in wrap(para, fs, g.w - 240):
            g.text(120, y, line, fs, "#222222", 400, font=SERIF, record=False)
            y += fs * 1.6
        g.texts.append(para)
        y += 24
    g.parts.append(
        f'<circle cx="{g.w - 330}" cy="{y + 40}" r="150" fill="none" stroke="#d2232a" '
        'stroke-width="10" opacity="0.8"/>'
    )
    g.text(g.w - 330, y + 56, s.extra.get("seal", "法务部"), 40, "#d2232a", 700, "middle", SERIF)


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
