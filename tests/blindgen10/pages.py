"""Each app's page body in this set's own HTML and CSS (the skin gives the colours).

Every drawn word comes from the Screen: its title, messages, call rows and extra fields.
"""

from __future__ import annotations

from html import escape

from tests.blindgen10.model import Call, Msg, Screen, when
from tests.blindgen10.skins import BARS

E = escape

RULES = (
    ".nav{display:flex;align-items:center;gap:10px;padding:10px 14px;background:var(--nav);"
    "border-bottom:1px solid var(--line)}.nav h1{font-size:17px;font-weight:600;flex:1}"
    ".nav small{display:block;font-size:12px;color:var(--dim);font-weight:400}"
    ".feed{padding:8px 12px 70px}.row{display:flex;margin:9px 0;gap:8px;align-items:flex-start}"
    ".row.me{flex-direction:row-reverse}.av{width:36px;height:36px;border-radius:7px;"
    "flex:none;display:flex;align-items:center;justify-content:center;font-size:14px;"
    "color:#fff;background:#7a8a9a}.bub{max-width:268px;padding:8px 11px;border-radius:9px;"
    "background:var(--theirs);word-break:break-all}.me .bub{background:var(--mine)}"
    ".who{font-size:11px;color:var(--dim);margin-bottom:2px}.stamp{text-align:center;"
    "font-size:12px;color:var(--dim);margin:12px 0 4px}.sys{text-align:center;font-size:12px;"
    "color:var(--dim);margin:8px 20px}.foot{position:fixed;left:0;right:0;bottom:0;"
    "display:flex;gap:8px;align-items:center;padding:9px 12px;background:var(--pane);"
    "border-top:1px solid var(--line);font-size:14px}.foot .in{flex:1;height:34px;"
    "border-radius:6px;background:var(--bg);border:1px solid var(--line);padding:6px 9px;"
    "color:var(--dim)}.btn{padding:6px 12px;border-radius:6px;background:var(--accent);"
    "color:#fff}.tabs{position:fixed;left:0;right:0;bottom:0;display:flex;"
    "justify-content:space-around;padding:9px 4px 14px;background:var(--pane);"
    "border-top:1px solid var(--line);font-size:12px;color:var(--dim)}.tabs .on"
    "{color:var(--accent);font-weight:600}.img{width:150px;height:110px;border-radius:6px;"
    "background:repeating-linear-gradient(45deg,#889,#889 8px,#99a 8px,#99a 16px)}"
)


def _avatar(who: str) -> str:
    hue = sum(map(ord, who)) * 37 % 360
    return f'<div class="av" style="background:hsl({hue},45%,45%)">{E(who[-2:])}</div>'


def _bubble(msg: Msg, captured, show_who: bool = False) -> str:
    """A chat bubble: text, a voice-call record, a photo or a grey system line."""
    out = f'<div class="stamp">{E(when(msg.at, captured))}</div>' if msg.stamp else ""
    if msg.kind == "system":
        return out + f'<div class="sys">{E(msg.text)}</div>'
    if msg.kind == "vcall":
        icon = "📞" if "时长" in msg.text else "☏"
        body = f'<span style="margin-right:6px">{icon}</span>{E(msg.text)}'
    elif msg.kind == "image":
        body = '<div class="img"></div>'
    else:
        body = E(msg.text)
    mine = msg.who == "me"
    who = f'<div class="who">{E(msg.who)}</div>' if show_who and not mine else ""
    return out + (
        f'<div class="row{" me" if mine else ""}">{_avatar("我" if mine else msg.who)}'
        f'<div>{who}<div class="bub">{body}</div></div></div>'
    )


def chat(s: Screen) -> str:
    """A WeChat-like chat of its own look: bubbles, voice-call records, time separators."""
    group = bool(s.extra.get("group"))
    feed = "".join(_bubble(m, s.captured, group) for m in s.msgs)
    words = BARS["wxchat10"].split()
    return (
        f'<div class="nav"><span>‹</span><h1>{E(s.title)}</h1><span>⋯</span></div>'
        f'<div class="feed">{feed}</div><div class="foot"><span>◉</span>'
        f'<div class="in"></div><span>{words[1]}</span><span class="btn">{words[0]}</span></div>'
    )


def _call_row(c: Call, s: Screen) -> str:
    who = E(c.name or c.number)
    count = f" ({c.count})" if c.count > 1 else ""
    color = "var(--accent)" if c.missed else "var(--fg)"
    hd = ' <span style="font-size:10px;border:1px solid var(--dim);padding:0 2px">HD</span>'
    place = " ".join(x for x in (c.place, c.tag) if x)
    return (
        '<div style="display:flex;align-items:center;padding:10px 16px;'
        'border-bottom:1px solid var(--line);gap:10px">'
        f'<span style="font-size:11px;border-radius:3px;padding:1px 4px;background:var(--pane);'
        f'border:1px solid var(--line)">卡{c.sim}</span>'
        f'<div style="flex:1"><div style="color:{color};font-size:16px">{who}{count}'
        f"{hd if c.hd else ''}</div>"
        f'<div style="font-size:12px;color:var(--dim)">{E(place)}</div></div>'
        f'<span style="font-size:12px;color:var(--dim)">{E(when(c.at, s.captured, "dot"))}'
        '</span><span style="color:var(--accent)">ⓘ</span></div>'
    )


def calllog(s: Screen) -> str:
    """A dual-SIM call log: 卡1/卡2 badges, HD marks, 归属地 lines and "(n)" counts."""
    top = BARS["calllog10_top"].split()
    tabs = "".join(
        f'<span class="{"on" if i == 0 else ""}">{w}</span>'
        for i, w in enumerate(BARS["calllog10"].split())
    )
    rows = "".join(_call_row(c, s) for c in s.calls)
    return (
        f'<div class="nav"><h1>{top[0]}</h1><span style="color:var(--accent)">{top[1]}</span>'
        f'</div><div style="padding-bottom:70px">{rows}</div><div class="tabs">{tabs}</div>'
    )


def shade(s: Screen) -> str:
    """A pulled-down notification shade: toggles, the date, then SMS and app notifications."""
    words = BARS["shade10"].split()
    toggles = "".join(
        f'<div style="text-align:center;font-size:11px"><div style="width:46px;height:46px;'
        f"border-radius:50%;margin:0 auto 4px;background:var(--{'accent' if i < 2 else 'pane'})"
        f'"></div>{w}</div>'
        for i, w in enumerate(words[:4])
    )
    cards = "".join(
        '<div style="background:var(--pane);border-radius:14px;padding:10px 12px;margin:8px 0;'
        'border:1px solid var(--line)"><div style="font-size:11px;color:var(--dim);display:flex">'
        f'<span style="flex:1">{E(s.extra["apps"][i])}</span>'
        f"<span>{E(when(m.at, s.captured))}</span></div>"
        f'<div style="font-weight:600">{E(m.who)}</div>'
        f'<div style="white-space:nowrap;overflow:hidden;text-overflow:ellipsis">{E(m.text)}'
        "</div></div>"
        for i, m in enumerate(s.msgs)
    )
    date = s.captured.strftime("%m月%d日 ") + "星期" + "一二三四五六日"[s.captured.weekday()]
    return (
        f'<div style="padding:6px 16px 0;font-size:30px;font-weight:300">{s.captured:%H:%M}</div>'
        f'<div style="padding:0 16px;font-size:13px;color:var(--dim)">{date}</div>'
        '<div style="display:grid;grid-template-columns:repeat(4,1fr);padding:14px 10px">'
        f'{toggles}</div><div style="padding:0 12px">{cards}</div><div style="display:flex;'
        f'justify-content:space-between;padding:6px 22px;font-size:13px;color:var(--dim)">'
        f"<span>{words[5]}</span><span>{words[4]}</span></div>"
    )


def whatsapp(s: Screen) -> str:
    """A WhatsApp-like chat: English chrome, ticks, day chips; the messages are Chinese."""
    feed = []
    for m in s.msgs:
        if m.stamp:
            day = when(m.at, s.captured, "en")
            chip = "TODAY" if ":" in day else day.upper()
            feed.append(
                '<div style="text-align:center;margin:10px"><span style="background:#d9ecf6;'
                f'color:#456;border-radius:7px;padding:3px 9px;font-size:12px">{chip}</span></div>'
            )
        mine = m.who == "me"
        clock = when(m.at, m.at, "en")
        ticks = ' <span style="color:#34b7f1">✓✓</span>' if mine else ""
        feed.append(
            f'<div style="display:flex;justify-content:{"flex-end" if mine else "flex-start"};'
            f'margin:4px 0"><div style="max-width:280px;padding:6px 9px 4px;border-radius:8px;'
            f"background:{'#d9fdd3' if mine else '#ffffff'};color:#111;"
            f'box-shadow:0 1px 1px rgba(0,0,0,.12)">{E(m.text)}<div style="text-align:right;'
            f'font-size:11px;color:#667">{clock}{ticks}</div></div></div>'
        )
    tabs = BARS["whatsapp10"].split()
    return (
        '<div style="display:flex;align-items:center;gap:10px;padding:9px 12px;'
        f'background:#075e54;color:#fff"><span>←</span>{_avatar(s.title)}<div style="flex:1">'
        f'<div style="font-weight:600">{E(s.title)}</div><div style="font-size:12px">'
        f"{E(s.extra.get('seen', 'online'))}</div></div><span>📹 ✆ ⋮</span></div>"
        '<div style="background:#efe7de;min-height:780px;padding:6px 10px 70px">'
        f'{"".join(feed)}</div><div class="foot" style="background:#f0f0f0"><div class="in" '
        f'style="border-radius:18px;background:#fff">{tabs[4]}</div>'
        '<span class="btn" style="border-radius:50%;background:#00a884">➤</span></div>'
    )


def _dm(s: Screen, head: str, card: str, tint: str, words: list[str]) -> str:
    feed = "".join(_bubble(m, s.captured) for m in s.msgs)
    buttons = "".join(
        f'<span style="border:1px solid {tint};color:{tint};border-radius:14px;'
        f'padding:3px 10px;font-size:12px">{w}</span>'
        for w in words
    )
    return (
        f'<div class="nav" style="background:{tint};color:#fff"><span>‹</span>'
        f"<h1>{head}</h1><span>⋯</span></div>"
        f'<div style="margin:10px 12px;padding:10px;border-radius:10px;background:var(--pane);'
        f'border:1px solid var(--line);font-size:13px">{card}</div>'
        f'<div style="display:flex;gap:8px;padding:0 12px;flex-wrap:wrap">{buttons}</div>'
        f'<div class="feed">{feed}</div>'
    )


def maimai(s: Screen) -> str:
    """A 脉脉-like DM a collector sent to the borrower's colleague (a stranger's card above)."""
    x = s.extra
    card = (
        f'<b>{E(s.title)}</b> · {E(x["company"])}<br><span style="color:var(--dim)">'
        f"{E(x['role'])} · 非好友，对方回复前最多发3条</span>"
    )
    return _dm(s, E(s.title) + "<small>陌生人消息</small>", card, "#2d7ff9",
               BARS["maimai10"].split()[:3])  # fmt: skip


def bossdm(s: Screen) -> str:
    """A Boss直聘-like DM: a job card the collector posed behind, then the messages."""
    x = s.extra
    card = (
        f'<b>{E(x["job"])}</b> <span style="color:#f26d5b">{E(x["pay"])}</span><br>'
        f'<span style="color:var(--dim)">{E(x["company"])} · {E(s.title)}</span>'
    )
    return _dm(s, E(s.title), card, "#19bcb0", BARS["bossdm10"].split())


def kefu(s: Screen) -> str:
    """A 京东-like or 拼多多-like customer-service chat of the lender's shop."""
    words = BARS[s.app].split()
    tint = "#e1251b" if s.app == "jdkefu10" else "#e02e24"
    shortcuts = "".join(
        f'<span style="background:var(--pane);border:1px solid var(--line);border-radius:12px;'
        f'padding:3px 10px;font-size:12px">{w}</span>'
        for w in words[:3]
    )
    feed = "".join(_bubble(m, s.captured, True) for m in s.msgs)
    return (
        f'<div class="nav" style="background:{tint};color:#fff"><span>‹</span>'
        f'<h1>{E(s.title)}<small style="color:#fde">{E(s.extra.get("sub", ""))}</small></h1>'
        f'<span>🛒</span></div><div class="feed">{feed}</div><div class="foot" '
        f'style="flex-wrap:wrap"><div style="display:flex;gap:6px;width:100%">{shortcuts}</div>'
        f'<div class="in"></div><span class="btn" style="background:{tint}">{words[3]}</span></div>'
    )


def flash(s: Screen) -> str:
    """A 闪信 pop-up over a dimmed home screen: the number, the words, two buttons."""
    m = s.msgs[0]
    words = BARS["flash10"].split()
    icons = "".join(
        '<div style="width:56px;height:56px;border-radius:14px;background:rgba(255,255,255,.25)">'
        "</div>"
        for _ in range(16)
    )
    return (
        '<div style="display:grid;grid-template-columns:repeat(4,56px);gap:26px 30px;'
        f'padding:60px 30px;opacity:.35">{icons}</div>'
        '<div style="position:absolute;left:26px;right:26px;top:250px;background:#fffdf6;'
        'color:#222;border-radius:16px;padding:18px;box-shadow:0 6px 30px rgba(0,0,0,.5)">'
        f'<div style="color:#d33;font-weight:700;font-size:13px">⚡ {words[0]}</div>'
        f'<div style="font-size:18px;font-weight:600;margin:6px 0">{E(m.who)}</div>'
        f'<div style="font-size:12px;color:#888">{E(s.extra.get("place", ""))} '
        f"{E(when(m.at, s.captured))}</div>"
        f'<div style="font-size:17px;margin:12px 0 16px">{E(m.text)}</div>'
        '<div style="display:flex;gap:12px;text-align:center">'
        f'<span style="flex:1;padding:8px;border:1px solid #ccc;border-radius:8px">{words[1]}'
        f'</span><span style="flex:1;padding:8px;border-radius:8px;background:#d33;color:#fff">'
        f"{words[2]}</span></div></div>"
    )


def smsthread(s: Screen) -> str:
    """A messages thread (on the borrower's or a relative's phone): grey and tinted bubbles."""
    feed = "".join(_bubble(m, s.captured) for m in s.msgs)
    words = BARS["smsthread10"].split()
    return (
        f'<div class="nav"><span>‹</span><h1>{E(s.title)}<small>{E(s.extra.get("place", ""))}'
        f'</small></h1><span>✆</span></div><div class="feed">{feed}</div><div class="foot">'
        f'<span>{words[1]}</span><div class="in">{words[0]}</div>'
        f'<span class="btn">{words[2]}</span></div>'
    )
