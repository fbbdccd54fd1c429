"""List and paper pages: call logs, inboxes, the blocker, a number's detail page, a bill, photos."""

from __future__ import annotations

from html import escape

from tests.blindgen8.model import Call, Screen, label
from tests.blindgen8.skins import frame, tab_bar


def count_text(call: Call, app: str) -> str:
    """How a row shows its count: "(3)" in call logs, "拦截3次" on the blocker."""
    if app == "blocker":
        return f"拦截{call.count}次"
    return f"({call.count})" if call.count > 1 else ""


def _call_row(screen: Screen, call: Call) -> str:
    who = escape(call.name or call.number)
    count = count_text(call, screen.app)
    red = " red" if call.missed else ""
    tag = f'<span class="tag"> {escape(call.tag)}</span>' if call.tag else ""
    place = escape(call.place)
    when = escape(label(call.at, screen.captured, screen.style))
    if screen.skin == "kaios":
        return (
            f'<div class="item"><div class="row"><span class="grow cut{red}">{who} {count}</span>'
            f'</div><div class="sub">{when}{tag}</div></div>'
        )
    arrow = "↙" if call.missed else "↘"
    return (
        f'<div class="item row"><span class="sub" style="width:22px">{arrow}</span>'
        f'<div class="grow"><div class="{red.strip()}">{who} {count}</div>'
        f'<div class="sub">{place}{tag}</div></div><span class="sub">{when}</span></div>'
    )


def dialer(screen: Screen) -> str:
    rows = "".join(_call_row(screen, c) for c in screen.calls)
    if screen.skin == "hm_large":
        rows = f'<div class="card">{rows}</div>'
    bottom = "" if screen.skin == "kaios" else tab_bar("dialer")
    css = ".tag{color:#f57c00}"
    return frame(screen.skin, screen.status, screen.title or "通话记录", rows, bottom, css)


def msg_inbox(screen: Screen) -> str:
    rows = []
    for msg in screen.msgs:
        when = escape(label(msg.at, screen.captured, screen.style))
        rows.append(
            f'<div class="item"><div class="row"><b class="grow cut">{escape(msg.who)}</b>'
            f'<span class="sub">{when}</span></div>'
            f'<div class="sub cut">{escape(msg.text)}</div></div>'
        )
    bottom = "" if screen.skin == "kaios" else tab_bar("msg_inbox")
    return frame(screen.skin, screen.status, screen.title or "信息", "".join(rows), bottom)


def blocker(screen: Screen) -> str:
    """A phone-security app's 骚扰拦截 page: blocked calls with counts, blocked SMS previews."""
    calls = "".join(_call_row(screen, c) for c in screen.calls)
    sms = "".join(
        f'<div class="item"><div class="row"><b class="grow">{escape(m.who)}</b>'
        f'<span class="sub">{escape(label(m.at, screen.captured, screen.style))}</span></div>'
        f'<div class="sub cut">{escape(m.text)}</div></div>'
        for m in screen.blocked_sms
    )
    # Two security apps' looks: a green guard on the old phone, a blue one elsewhere.
    hero = "#12b886" if screen.skin == "holo" else "#2f7cf6"
    css = (
        f".hero{{background:{hero};color:#fff;padding:16px;font-size:14px}}"
        ".hero b{font-size:26px;display:block}.sec{padding:8px 12px;font-weight:bold;"
        "background:#eef;color:#334}.seg{display:flex;font-size:13px;background:#fff}"
        ".seg span{flex:1;text-align:center;padding:8px;color:#1a8f6a}.tag{color:#f57c00}"
    )
    total = sum(c.count for c in screen.calls) + len(screen.blocked_sms)
    body = (
        f'<div class="hero">已累计拦截骚扰<b>{total} 次</b></div>'
        '<div class="seg"><span>拦截记录</span><span>拦截设置</span></div>'
        f'<div class="sec">拦截的电话</div>{calls}<div class="sec">拦截的短信</div>{sms}'
    )
    return frame(screen.skin, screen.status, "骚扰拦截", body, tab_bar("blocker"), css)


def contact_detail(screen: Screen) -> str:
    """One number's page: the number, a crowd tag, buttons, and its own 通话记录 list."""
    number = escape(screen.extra["number"])
    mark = escape(screen.extra["mark"])
    rows = []
    for call in screen.calls:
        kind = "未接来电" if call.missed else f"呼入 {call.seconds // 60}分{call.seconds % 60}秒"
        when = escape(label(call.at, screen.captured, "ymd"))
        red = "red" if call.missed else ""
        rows.append(
            f'<div class="item row"><span class="grow">{when}</span>'
            f'<span class="sub {red}">{kind}</span></div>'
        )
    css = ".big{font-size:30px;padding:18px 20px 4px}.mark{display:inline-block;margin:4px 20px;"
    css += "background:#fde8e8;color:#d93025;border-radius:12px;padding:4px 12px;font-size:17px}"
    css += ".btns{display:flex;padding:12px}.btns span{flex:1;text-align:center}"
    body = (
        f'<div class="big">{number}</div><div class="sub" style="padding:0 20px">'
        f'{escape(screen.extra["place"])}</div><div class="mark">{mark}</div>'
        '<div class="btns accent"><span>呼叫</span><span>发短信</span><span>加黑名单</span></div>'
        f'<div class="sub" style="padding:8px 20px">通话记录</div><div class="card">{"".join(rows)}'
        '</div><div class="sub" style="text-align:center;padding:10px">全部通话</div>'
    )
    return frame(screen.skin, screen.status, "", body, "", css)


def bill(screen: Screen) -> str:
    """A loan app's 借款详情: the lines as given, amounts right-aligned."""
    rows = "".join(
        f'<div class="item row"><span class="grow sub">{escape(k)}</span><b>{escape(v)}</b></div>'
        for k, v in screen.fields
    )
    head = escape(screen.extra["head"])
    head = f'<div style="padding:18px;font-size:22px" class="accent">{head}</div>'
    body = f'{head}<div class="card" style="background:#fff;color:#222">{rows}</div>'
    return frame(screen.skin, screen.status, "借款详情", body)


def paper(screen: Screen) -> str:
    """A photographed paper or card: no phone chrome, a desk behind it, a slight turn."""
    kind = screen.extra["paper"]
    lines = "".join(f"<p>{escape(v)}</p>" for _, v in screen.fields)
    if kind == "idcard":
        inner = (
            '<div class="card"><div class="ph"></div>'
            + "".join(f"<p><i>{escape(k)}</i> {escape(v)}</p>" for k, v in screen.fields)
            + "</div>"
        )
        css = (
            ".card{width:560px;height:350px;border-radius:18px;background:linear-gradient(135deg,"
            "#e9f1f7,#cfe0ea);padding:30px;position:relative;font-size:20px;color:#222}"
            ".card p{margin:8px 0}.card i{color:#4a6a85;font-style:normal;margin-right:10px}"
            ".ph{position:absolute;right:30px;top:40px;width:130px;height:165px;background:#b7c4cf}"
        )
    else:
        seal = '<div class="seal">章</div>'
        inner = f'<div class="doc"><h1>{escape(screen.title)}</h1>{lines}{seal}</div>'
        css = (
            ".doc{width:620px;background:#fbfaf4;padding:44px 50px;font-size:19px;line-height:1.8;"
            "color:#1d1d1d;font-family:'Noto Serif CJK SC',serif;position:relative}"
            ".doc h1{text-align:center;font-size:32px;margin-bottom:18px;letter-spacing:6px}"
            ".seal{position:absolute;right:70px;bottom:40px;width:110px;height:110px;"
            "border:4px solid #d22;border-radius:50%;color:#d22;display:flex;align-items:center;"
            "justify-content:center;opacity:.75;font-size:30px}"
        )
    return (
        '<!doctype html><html><head><meta charset="utf-8"><style>*{margin:0;padding:0;'
        "box-sizing:border-box}body{width:760px;background:#6d5c4a;padding:50px;"
        "font-family:'Noto Sans CJK SC',sans-serif}.turn{transform:rotate(-2.2deg);"
        f"box-shadow:0 8px 20px rgba(0,0,0,.5);display:inline-block}}{css}</style></head>"
        f'<body><div class="turn">{inner}</div></body></html>'
    )
