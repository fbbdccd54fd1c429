"""A screen as one HTML page: phone chrome (status bar, title, tabs, input) around its body."""

from __future__ import annotations

from html import escape as e

from tests.blindgen6.model import Call, Screen, label
from tests.blindgen6.skins import INPUT, SKINS, TABS

_CSS = """
*{box-sizing:border-box}body{margin:0;width:360px;height:%(h)spx;overflow:hidden;background:%(bg)s;
color:%(fg)s;font-family:%(font)s;display:flex;flex-direction:column;font-size:14px}
.sb{height:26px;display:flex;justify-content:space-between;align-items:center;padding:0 14px;
font-size:12px;font-weight:600}.sb .r span{margin-left:6px}
.dot{background:radial-gradient(circle,%(fg)s 48%%,transparent 55%%) 0 0/2px 2px;
-webkit-background-clip:text;color:transparent;letter-spacing:1px}
.tb{height:50px;display:flex;align-items:center;padding:0 14px;font-size:18px;font-weight:600;
border-bottom:1px solid %(line)s;gap:10px}.tb .sub{font-size:11px;color:%(dim)s;font-weight:400}
.tb .act{margin-left:auto;font-size:13px;color:%(accent)s;font-weight:400}
.main{flex:1;overflow:hidden;padding:6px 10px}
.tabs{display:flex;justify-content:space-around;border-top:1px solid %(line)s;height:52px;
align-items:center;font-size:12px;color:%(dim)s}.tabs span:first-child{color:%(accent)s}
.inp{margin:6px 10px 10px;border-radius:20px;background:%(card)s;padding:9px 14px;color:%(dim)s;
border:1px solid %(line)s}
.sep{text-align:center;color:%(dim)s;font-size:11px;margin:10px 0 6px}
.row{display:flex;margin:5px 0}.row.me{justify-content:flex-end}
.av{width:34px;height:34px;border-radius:%(avr)s;background:%(accent)s;color:#fff;flex:none;
display:flex;align-items:center;justify-content:center;font-size:13px;margin:0 6px}
.bub{max-width:245px;padding:8px 11px;border-radius:14px;background:%(theirs)s;line-height:1.45;
white-space:pre-wrap;word-break:break-all}.me .bub{background:%(mine)s;color:%(mine_fg)s}
.nm{font-size:11px;color:%(dim)s;margin:0 0 2px 2px}
.li{display:flex;padding:9px 4px;border-bottom:1px solid %(line)s;align-items:center;gap:10px}
.li .c{flex:1;min-width:0}.li .t{font-size:15px}.li .s{font-size:12px;color:%(dim)s;
white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.li .w{font-size:11px;color:%(dim)s}
.miss{color:#e5484d}.tag{color:#e8912d}
"""


def _chrome(screen: Screen, body: str, css: str = "", title: bool = True) -> str:
    skin = SKINS[screen.skin]
    sheet = _CSS % {**skin, "h": screen.height, "avr": "50%" if skin["dot"] else "8px"}
    parts = []
    if screen.status:
        clock, net, battery = screen.status.split()
        cls = ' class="dot"' if skin["dot"] else ""
        parts.append(
            f'<div class="sb"><span{cls}>{e(clock)}</span><span class="r"><span>{e(net)}</span>'
            f"<span>{e(battery)}</span></span></div>"
        )
    if title and screen.title:
        cls = ' class="dot"' if skin["dot"] else ""
        sub = screen.extra.get("sub", "")
        act = screen.extra.get("act", "")
        parts.append(
            f'<div class="tb"><span>‹</span><div><div{cls}>{e(screen.title)}</div>'
            + (f'<div class="sub">{e(sub)}</div>' if sub else "")
            + "</div>"
            + (f'<span class="act">{e(act)}</span>' if act else "")
            + "</div>"
        )
    parts.append(f'<div class="main">{body}</div>')
    inbox = bool(screen.extra.get("inbox"))
    if screen.app in INPUT and not inbox:
        parts.append(f'<div class="inp">{e(INPUT[screen.app])}</div>')
    bar = screen.extra.get("tabs", screen.app)
    if bar in TABS and (inbox or screen.app not in INPUT) and screen.app != "incall":
        parts.append(
            '<div class="tabs">'
            + "".join(f"<span>{e(w)}</span>" for w in TABS[bar].split())
            + "</div>"
        )
    head = f"<meta charset=utf-8><style>{sheet}{css}</style>"
    return f"<!doctype html><html><head>{head}</head><body>{''.join(parts)}</body></html>"


def when(screen: Screen, moment) -> str:
    return label(moment, screen.captured, SKINS[screen.skin]["times"])


def thread(screen: Screen, names: bool = False) -> str:
    """A 1:1 or group thread: theirs left, mine right, separators where a message says so."""
    out = []
    for msg in screen.msgs:
        if msg.stamp:
            out.append(f'<div class="sep">{e(when(screen, msg.at))}</div>')
        if msg.who == "me":
            out.append(f'<div class="row me"><div class="bub">{e(msg.text)}</div></div>')
            continue
        name = f'<div class="nm">{e(msg.who)}</div>' if names else ""
        out.append(
            f'<div class="row"><div class="av">{e(msg.who[:1])}</div><div>{name}'
            f'<div class="bub">{e(msg.text)}</div></div></div>'
        )
    return "".join(out)


def inbox(screen: Screen) -> str:
    """A message list: sender, one cut line of the last message, time on the right."""
    out = []
    for msg in screen.msgs:
        out.append(
            f'<div class="li"><div class="av">{e(msg.who[:1])}</div><div class="c">'
            f'<div class="t">{e(msg.who)}</div><div class="s">{e(msg.text)}</div></div>'
            f'<div class="w">{e(when(screen, msg.at))}</div></div>'
        )
    return "".join(out)


def call_row(screen: Screen, call: Call) -> str:
    who = call.name or call.number
    count = f" ({call.count})" if call.count > 1 else ""
    arrow = "↗" if call.outgoing else "↙"
    cls = "miss" if call.missed and not call.outgoing else ""
    second = " · ".join(x for x in (call.tag, call.place) if x) or (
        "呼出" if call.outgoing else "来电"
    )
    tag = "tag" if call.tag else ""
    return (
        f'<div class="li"><span class="{cls}">{arrow}</span><div class="c">'
        f'<div class="t {cls}">{e(who)}{count}</div><div class="s {tag}">{e(second)}</div></div>'
        f'<div class="w">{e(when(screen, call.at))}</div><span style="color:#888">ⓘ</span></div>'
    )


def call_log(screen: Screen) -> str:
    return "".join(call_row(screen, c) for c in screen.calls)


def page_of(screen: Screen) -> str:
    """The screen's whole HTML page."""
    from tests.blindgen6 import special

    app = screen.app
    if app.startswith("dialer"):
        return _chrome(screen, call_log(screen))
    if app.startswith("sms") and app != "sms_rcs":
        body = inbox(screen) if screen.extra.get("inbox") else thread(screen)
        return _chrome(screen, body)
    if app == "wechat_dark_own":
        return _chrome(
            screen, thread(screen, names=bool(screen.extra.get("group"))), special.WECHAT_DARK
        )
    if app == "merged_record":
        return _chrome(screen, special.merged(screen), special.MERGED)
    return special.page(screen, _chrome)
