"""App pages drawn into a skin's free band: chats, lists, comments, the fold's two panes."""

from __future__ import annotations

from tests.blindgen21.model import Screen
from tests.blindgen21.skins import Skin
from tests.blindgen21.svg import Canvas, text_width, wrap
from tests.blindgen21.timefmt import stamp

# Every bar, button and input-box string each app draws, one bar a line.
CHROME = {
    "kuaidm21": "聊天设置\n说点什么… 发送",
    "bilidm21": "发个消息聊聊呗~ 表情 图片 发送",
    "riderchat21": "配送中 预计送达\n联系骑手 查看订单\n请输入消息 发送",
    "channels21": "评论 转发 喜欢\n写评论…",
    "dingread21": "已读\n未读\n发消息 表情",
    "assistant21": "骚扰拦截\n拦截电话 拦截短信\n拦截规则 清空记录",
    "voicemail21": "语音信箱\n全部 未听\n回拨 删除",
    "sms21": "短信/彩信 发送",
    "inbox21": "信息\n搜索信息\n全部 通知 骚扰",
    "calllog21": "通话记录\n全部 未接来电\n拨号 联系人 收藏",
    "relatives21": "语音 表情 发送",
    "bill21": "我的借款\n立即还款 账单明细\n首页 借款 我的",
    "foldchat21": "消息 搜索\n输入消息 发送",
}
ACCENT = {
    "kuaidm21": "#ff5000",
    "bilidm21": "#fb7299",
    "riderchat21": "#ffc300",
    "dingread21": "#3296fa",
    "sms21": "#2f7cf6",
    "relatives21": "#95ec69",
    "foldchat21": "#2aae67",
}
STYLE = {"riderchat21": "half", "dingread21": "words", "sms21": "plain", "relatives21": "plain"}


def bars(app: str) -> list[str]:
    return CHROME.get(app, "").split("\n") if app in CHROME else []


def header(cv: Canvas, skin: Skin, top: int, x0: int, width: int, title: str, scale: float) -> int:
    dark = skin.bg == "#0f0f10"
    fill = "#1a1a1c" if dark else ("none" if skin.height == 1334 else "#ffffff")
    h = int(88 * scale)
    if fill != "none":
        cv.rect(x0, top, width, h, fill)
    ink = "#ffffff" if skin.height == 1334 else skin.ink
    cv.text(x0 + 24 * scale, top + h * 0.62, "‹", 40 * scale, ink)
    cv.text(x0 + width / 2, top + h * 0.62, title, 30 * scale, ink, 600, anchor="middle")
    return top + h


def chat(cv: Canvas, skin: Skin, s: Screen, top: int, bottom: int, x0: int = 0,
         width: int | None = None) -> None:  # fmt: skip
    """Bubbles left (others) and right (the owner), time labels, names in groups, input bar."""
    width = width or skin.width
    # The fold's right pane and the landscape shot keep a phone's type size, not the width's.
    scale = 1.25 if x0 else 1.0 if skin.height < skin.width else width / 720
    y = header(cv, skin, top, x0, width, s.title, scale)
    chrome = bars(s.app)
    if s.app == "riderchat21":
        cv.rect(x0, y, width, 70 * scale, "#fff8dc")
        cv.text(x0 + 24, y + 44 * scale, chrome[0], 24 * scale, "#8a6d00")
        cv.text(x0 + width - 24, y + 44 * scale, chrome[1], 24 * scale, "#8a6d00", anchor="end")
        y += int(70 * scale)
    if s.app == "kuaidm21":
        cv.text(x0 + width - 24, top + 56 * scale, chrome[0], 22 * scale, skin.muted, anchor="end")
    input_h = int(96 * scale)
    end = bottom - input_h
    cv.limit = end
    size, pad, last = 27 * scale, 16 * scale, ""
    dark = skin.bg == "#0f0f10"
    y += 24 * scale
    for i, m in enumerate(s.msgs):
        style = "half" if s.skin == "ioslegacy21" else STYLE.get(s.app, "plain")
        label = stamp(m.at, s.captured, style)
        if label != last:
            y += 14 * scale
            cv.text(x0 + width / 2, y + 20 * scale, label, 20 * scale, skin.muted, anchor="middle")
            y += 40 * scale
            last = label
        mine = m.who == "me"
        lines = wrap(m.text, size, width * 0.6)
        bw = max(text_width(line, size) for line in lines) + 2 * pad
        bh = len(lines) * size * 1.38 + 2 * pad - size * 0.3
        av = 40 * scale
        if s.extra.get("group") and not mine:
            cv.text(x0 + 36 * scale + 2 * av, y + 18 * scale, m.who, 20 * scale, skin.muted)
            y += 28 * scale
        bx = x0 + width - 2.6 * av - bw if mine else x0 + 2.6 * av
        ax = x0 + width - 1.4 * av if mine else x0 + 1.4 * av
        cv.circle(ax, y + av * 0.9, av * 0.9, "#b8c4d6" if mine else "#d9b38c")
        if mine:
            fill = ACCENT.get(s.app, "#95ec69")
        else:
            fill = "#2b2b2e" if dark else ("#ffffff" if skin.bg != "#ffffff" else "#f0f0f2")
        cv.rect(bx, y, bw, bh, fill, rx=int(14 * scale))
        ink = (
            "#ffffff"
            if mine and s.app in ("bilidm21", "kuaidm21", "dingread21", "sms21")
            else (skin.ink if not mine or not dark else "#111")
        )
        cv.text(bx + pad, y + pad + size * 0.8, lines, size, ink)
        y += bh
        if mine and s.app == "dingread21":
            later = [n for n in s.msgs[i + 1 :] if n.who == "me"]
            mark = chrome[0] if later else chrome[1]  # only the newest is still unread
            cv.text(bx - 10, y, mark, 18 * scale, "#3296fa" if mark == "已读" else skin.muted,
                    anchor="end")  # fmt: skip
        y += 26 * scale
    _input(cv, skin, s, end, x0, width, scale)


def _input(cv: Canvas, skin: Skin, s: Screen, y: float, x0: int, width: int, scale: float):
    cv.limit = cv.height
    dark = skin.bg == "#0f0f10"
    cv.rect(x0, y, width, 96 * scale, "#1a1a1c" if dark else "#f7f7f7")
    words = bars(s.app)[-1].split()
    hint, rest = words[0], words[1:]
    cv.rect(x0 + 20, y + 18 * scale, width * 0.55, 60 * scale, "#2b2b2e" if dark else "#ffffff",
            rx=int(30 * scale))  # fmt: skip
    cv.text(x0 + 44, y + 57 * scale, hint, 23 * scale, skin.muted)
    x = x0 + 40 + width * 0.55
    for word in rest:
        cv.text(x, y + 57 * scale, word, 23 * scale, skin.ink)
        x += text_width(word, 23 * scale) + 30 * scale


def rows(cv: Canvas, skin: Skin, s: Screen, top: int, bottom: int) -> None:
    """Call log, 拦截 summary, voicemail list and inbox: one row per call or message."""
    w = skin.width
    scale = w / 720
    chrome = bars(s.app)
    y = top + 20 * scale
    cv.text(32 * scale, y + 50 * scale, chrome[0], 44 * scale, skin.ink, 700)
    y += 80 * scale
    if s.app == "inbox21":
        cv.rect(28 * scale, y, w - 56 * scale, 60 * scale, "#e9eaee", rx=30)
        cv.text(60 * scale, y + 40 * scale, chrome[1], 24 * scale, skin.muted)
        y += 80 * scale
    tabs = chrome[-1] if s.app == "inbox21" else chrome[1]
    x = 32 * scale
    for j, tab in enumerate(tabs.split()):
        cv.text(x, y + 36 * scale, tab, 26 * scale, "#2f7cf6" if j == 0 else skin.muted, 600)
        x += text_width(tab, 26 * scale) + 44 * scale
    y += 70 * scale
    cv.limit = bottom - (110 * scale if s.app in ("calllog21", "assistant21", "voicemail21") else 0)
    night = skin.bg == "#0f0f10"
    for call in s.calls:
        cv.circle(64 * scale, y + 50 * scale, 34 * scale, "#3a3a3c" if night else "#dfe3ea")
        name = call.name or call.number
        red = "#e5484d" if call.count > 1 or s.app == "assistant21" else skin.ink
        head = f"{name} ({call.count})" if call.count > 1 else name
        cv.text(120 * scale, y + 42 * scale, head, 29 * scale, red, 500)
        under = call.tag if s.app != "assistant21" else f"{call.tag}  已拦截 {call.count} 次"
        if call.name and s.app == "calllog21":
            under = f"{call.number}  {call.tag}".strip()
        cv.text(120 * scale, y + 80 * scale, under, 21 * scale, skin.muted)
        cv.text(w - 32 * scale, y + 42 * scale, stamp(call.at, s.captured), 21 * scale,
                skin.muted, anchor="end")  # fmt: skip
        y += 112 * scale
    for m in s.msgs:
        cv.circle(64 * scale, y + 50 * scale, 34 * scale, "#dfe3ea")
        cv.text(120 * scale, y + 40 * scale, m.who, 28 * scale, skin.ink, 600)
        cv.text(w - 32 * scale, y + 40 * scale, stamp(m.at, s.captured), 21 * scale,
                skin.muted, anchor="end")  # fmt: skip
        if m.preview:
            line = wrap(m.text, 23 * scale, w - 200 * scale)[0][:-1] + "…"
            cv.text(120 * scale, y + 80 * scale, line, 23 * scale, skin.muted)
            y += 116 * scale
        else:
            lines = wrap(m.text, 23 * scale, w - 170 * scale)
            y += 30 * scale + cv.text(120 * scale, y + 80 * scale, lines, 23 * scale, skin.muted)
            y += 40 * scale
    if s.app in ("calllog21", "assistant21", "voicemail21"):
        cv.limit = cv.height
        x = w / 2 - 200 * scale
        for word in chrome[2].split():
            cv.text(x, bottom - 50 * scale, word, 26 * scale, skin.ink, anchor="middle")
            x += 400 * scale / max(1, len(chrome[2].split()) - 1)
