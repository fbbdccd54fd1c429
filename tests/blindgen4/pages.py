"""One shot as an HTML page of its own: status bar, header, content by kind, system overlays."""

from __future__ import annotations

from html import escape

from tests.blindgen4.model import Call, Say, Shot
from tests.blindgen4.skins import APPS, PHONES

_CSS = """
*{box-sizing:border-box;margin:0;padding:0}
body{width:%(width)spx;font-family:%(font)s,sans-serif;background:%(bg)s;color:%(fg)s;
 position:relative;min-height:100vh;display:flex;flex-direction:column}
.grow{flex:1}
.sb{height:30px;display:flex;justify-content:space-between;align-items:center;padding:0 14px;
 font-size:13px;background:%(bar)s;color:%(barfg)s}
.hd{min-height:54px;display:flex;align-items:center;gap:12px;padding:6px 14px;background:%(bar)s;
 color:%(barfg)s;border-bottom:1px solid %(line)s}
.hd .t{font-size:18px;font-weight:600}.hd .s{font-size:12px;opacity:.75}
.arrow{width:11px;height:11px;border-left:2px solid currentColor;border-bottom:2px solid
 currentColor;transform:rotate(45deg);flex:none}
.sep{text-align:center;font-size:12px;color:%(muted)s;margin:16px 0 4px}
.m{display:flex;margin:8px 10px;gap:8px;align-items:flex-start}.m.me{flex-direction:row-reverse}
.av{width:38px;height:38px;border-radius:50%%;flex:none;background:%(accent)s;opacity:.55}
.cl{display:flex;flex-direction:column;max-width:72%%}.me .cl{align-items:flex-end}
.nk{font-size:12px;color:%(muted)s;margin:0 0 3px 2px}
.bb{padding:9px 12px;border-radius:14px;font-size:16px;line-height:1.5;background:%(left)s;
 color:%(leftfg)s;word-break:break-all}
.me .bb{background:%(right)s;color:%(rightfg)s}
.vc{width:120px}.tr{margin-top:4px;font-size:14px;padding:7px 10px;border-radius:8px;
 background:%(line)s;color:%(fg)s;line-height:1.5}
.in{height:54px;display:flex;align-items:center;gap:10px;padding:0 12px;background:%(bar)s;
 border-top:1px solid %(line)s}.in .bx{flex:1;height:36px;border-radius:18px;
 background:%(bg)s;color:%(muted)s;font-size:14px;padding:8px 14px}
.tabs{display:flex;justify-content:space-around;padding:10px 0;font-size:12px;
 color:%(barfg)s;opacity:.85;background:%(bar)s;border-top:1px solid %(line)s}
.row{display:flex;align-items:center;gap:12px;padding:11px 16px;border-bottom:1px solid %(line)s}
.row .w{flex:1;min-width:0}.row .n{font-size:17px}.row .n.x{color:#d93025}
.row .p{font-size:13px;color:%(muted)s;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.row .r{font-size:13px;color:%(muted)s;white-space:nowrap}
.fl{display:flex;justify-content:space-between;padding:13px 18px;font-size:16px;
 border-bottom:1px solid %(line)s}.fl b{font-weight:600}
.big{padding:22px 18px;background:%(accent)s;color:#fff}.big .k{font-size:14px}
.big .v{font-size:30px;font-weight:700}
.doc{margin:26px;padding:28px 24px;background:#fff;border:1px solid #ccc;
 box-shadow:0 2px 8px #0003;font-size:16px;line-height:1.9}
.doc h1{text-align:center;font-size:24px;margin-bottom:14px;letter-spacing:6px}
.ov{position:absolute;z-index:5}
.banner{top:36px;left:8px;right:8px;padding:10px 14px;border-radius:16px;background:#f2f2f7ee;
 box-shadow:0 4px 18px #0003;font-size:14px;color:#000}
.vol{top:150px;right:10px;width:40px;height:200px;border-radius:20px;background:#333c;
 box-shadow:0 0 0 2px #fff4}.vol i{position:absolute;bottom:0;left:0;right:0;height:55%%;
 border-radius:20px;background:#fffd}
.thumb{left:14px;bottom:80px;width:110px;padding:6px;border-radius:10px;background:#fff;
 box-shadow:0 2px 12px #0005;font-size:12px;color:#333;text-align:center}
.thumb i{display:block;height:150px;background:#ccd;margin-bottom:6px}
.float{top:120px;right:0;padding:6px 12px;border-radius:16px 0 0 16px;background:#e53935;
 color:#fff;font-size:13px}
"""


def _css(shot: Shot) -> str:
    phone, app = PHONES[shot.skin], APPS[shot.app]
    values = {"barfg": phone["fg"], **phone, "left": "#ffffff", "right": "#cce0ee", "leftfg": "",
              "rightfg": phone["fg"]}  # fmt: skip
    values.update({k: v for k, v in app.items() if k in values and k != "rightfg"})
    if phone.get("dark") and "dleft" in app:  # the app's own dark mode on a dark phone
        values.update(left=app["dleft"], right=app["dright"])
    values["leftfg"] = _ink(values["left"])
    values["rightfg"] = _ink(values["right"])
    return _CSS % values


def _ink(background: str) -> str:
    """Dark text on a light bubble, light text on a dark one."""
    red, green, blue = (int(background[i : i + 2], 16) for i in (1, 3, 5))
    return "#111111" if red * 0.3 + green * 0.59 + blue * 0.11 > 150 else "#f2f2f2"


def _status(shot: Shot) -> str:
    if not shot.status:
        return ""
    head, _, rest = shot.status.partition(" ")
    return f'<div class="sb"><span>{escape(head)}</span><span>{escape(rest)}</span></div>'


def _header(shot: Shot, sub: str = "") -> str:
    title = escape(shot.title)
    if shot.members:
        title += f"({escape(shot.members)})"
    extra = f'<div class="s">{escape(sub)}</div>' if sub else ""
    return (
        f'<div class="hd"><i class="arrow"></i><div><div class="t">{title}</div>{extra}</div></div>'
    )


def _bubble(say: Say, group: bool) -> str:
    sep = f'<div class="sep">{escape(say.stamp)}</div>' if say.stamp else ""
    me = say.who == "me"
    nick = f'<div class="nk">{escape(say.who)}</div>' if group and not me else ""
    if say.kind == "voice":
        seconds = max(3, len(say.text) // 3)
        body = (f'<div class="bb vc">{seconds}″ ▷</div>'
                f'<div class="tr">{escape(say.text)}</div>')  # fmt: skip
    else:
        body = f'<div class="bb">{escape(say.text)}</div>'
    cls = "m me" if me else "m"
    return f'{sep}<div class="{cls}"><i class="av"></i><div class="cl">{nick}{body}</div></div>'


def _chat(shot: Shot) -> str:
    app = APPS[shot.app]
    sub = {"tg_dark": "last seen recently", "meituan_cs": "在线"}.get(shot.app, "")
    head = _header(shot, sub)
    if shot.app == "xianyu":
        head += '<div class="fl"><span>九成新 婴儿推车 可折叠</span><b>¥ 180</b></div>'
    rows = "".join(_bubble(s, shot.kind == "group") for s in shot.says)
    box = f'<div class="in"><div class="bx">{escape(app["input"])}</div></div>'
    box = '<div class="grow"></div>' + box
    tabs = _tabs(app["tabs"])
    return head + rows + box + tabs


def _tabs(words: str) -> str:
    if not words:
        return ""
    return (
        '<div class="tabs">'
        + "".join(f"<span>{escape(w)}</span>" for w in words.split())
        + "</div>"
    )


def _inbox(shot: Shot) -> str:
    app = APPS[shot.app]
    head = f'<div class="hd"><div class="t">{escape(app["title"])}</div></div>'
    rows = "".join(
        f'<div class="row"><i class="av"></i><div class="w"><div class="n">{escape(s.who)}</div>'
        f'<div class="p">{escape(s.text)}</div></div><div class="r">{escape(s.stamp)}</div></div>'
        for s in shot.says
    )
    extra = app.get("extra", "")
    fab = f'<div class="sep">{escape(extra)}</div>' if extra else ""
    return head + rows + fab


_WAY = {"missed": "未接来电", "rejected": "已拒接", "in": "呼入", "out": "呼出"}


def _call(call: Call) -> str:
    who = escape(call.name or call.number)
    count = f" ({call.count})" if call.count > 1 else ""
    red = " x" if call.way in ("missed", "rejected") else ""
    sub = " · ".join(p for p in (_WAY[call.way], call.place) if p)
    return (f'<div class="row"><i class="av"></i><div class="w"><div class="n{red}">{who}{count}'
            f'</div><div class="p">{escape(sub)}</div></div>'
            f'<div class="r">{escape(call.label)}</div></div>')  # fmt: skip


def _call_log(shot: Shot) -> str:
    app = APPS[shot.app]
    top = (f'<div class="in"><div class="bx">{escape(app["input"])}</div></div>' if app["input"]
           else f'<div class="hd"><div class="t">{escape(app["title"])}</div></div>')  # fmt: skip
    rows = "".join(_call(c) for c in shot.calls)
    return top + rows + '<div class="grow"></div>' + _tabs(app["tabs"])


def _bill(shot: Shot) -> str:
    app = APPS[shot.app]
    head = f'<div class="hd"><i class="arrow"></i><div class="t">{escape(app["title"])}</div></div>'
    (k0, v0), rest = shot.fields[0], shot.fields[1:]
    big = (
        f'<div class="big"><div class="k">{escape(k0)}</div><div class="v">{escape(v0)}</div></div>'
    )
    rows = "".join(
        f'<div class="fl"><span>{escape(k)}</span><b>{escape(v)}</b></div>' for k, v in rest
    )
    return head + big + rows + '<div class="grow"></div>' + _tabs(app["tabs"])


def _paper(shot: Shot) -> str:
    body = "".join(f"<p>{escape(k)}{escape(v)}</p>" for k, v in shot.fields)
    return f'<div class="doc"><h1>{escape(shot.title)}</h1>{body}</div>'


def _overlay(shot: Shot) -> str:
    if shot.overlay == "banner":
        app, text = shot.banner
        return (f'<div class="ov banner"><b>{escape(app)}</b> <span style="float:right">现在</span>'
                f'<div>{escape(text)}</div></div>')  # fmt: skip
    return {
        "volume": '<div class="ov vol"><i></i></div>',
        "thumb": '<div class="ov thumb"><i></i>分享 编辑</div>',
        "float": '<div class="ov float">● 录屏 00:41</div>',
    }.get(shot.overlay, "")


_BODY = {"chat": _chat, "group": _chat, "sms_thread": _chat, "sms_list": _inbox,
         "call_log": _call_log, "bill": _bill, "paper": _paper}  # fmt: skip


def page_html(shot: Shot) -> str:
    """The whole page of one shot."""
    body = _status(shot) + _BODY[shot.kind](shot) + _overlay(shot)
    return (f'<!doctype html><html><head><meta charset="utf-8"><style>{_css(shot)}</style>'
            f"</head><body>{body}</body></html>")  # fmt: skip
