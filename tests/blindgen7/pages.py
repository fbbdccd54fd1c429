"""HTML for each kind of screen of the seventh blind set (its own markup and CSS)."""
# ruff: noqa: E501 — the stylesheet keeps one rule per line.

from __future__ import annotations

from html import escape

from tests.blindgen7.model import Call, Msg, Screen, when
from tests.blindgen7.skins import INPUT, SKINS, TABS, status_html

_BASE = """
*{box-sizing:border-box;margin:0;padding:0}
body{font-family:FONT;background:var(--bg);width:Wpx;height:Hpx;overflow:hidden;font-size:15px;color:#1b1b1b}
.status{height:26px;background:var(--status);color:var(--statustext);font-size:12px;display:flex;align-items:center;padding:0 12px}
.status .right{margin-left:auto;display:flex;gap:5px}
.title{height:48px;background:var(--bar);color:var(--bartext);display:flex;align-items:center;padding:0 14px;font-size:17px;font-weight:600;border-bottom:1px solid var(--line)}
.title .back{margin-right:12px;font-weight:400}
.title .sub{font-size:12px;font-weight:400;margin-left:8px;opacity:.75}
.body{padding:8px 10px}
.thread{position:absolute;top:48px;bottom:54px;left:0;right:0;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end;padding:4px 10px}
.thread.long{justify-content:flex-start}
.sep{text-align:center;color:var(--sub);font-size:12px;margin:10px 0 6px}
.row{display:flex;margin:6px 0;align-items:flex-start}
.row.me{flex-direction:row-reverse}
.av{width:34px;height:34px;border-radius:6px;background:#b8c4d2;color:#fff;font-size:13px;display:flex;align-items:center;justify-content:center;flex:none;margin:0 6px}
.bub{max-width:76%;font-size:14px;padding:8px 11px;border-radius:14px;background:var(--them);line-height:1.45;border:1px solid var(--line)}
.me .bub{background:var(--me);color:var(--metext);border-color:transparent}
.nick{font-size:11px;color:var(--sub);margin:0 0 2px 2px}
.pic{width:190px;height:140px;border-radius:8px;background:linear-gradient(135deg,#c9d3de,#8e9aab);display:flex;align-items:flex-end;padding:6px;color:#fff;font-size:11px;margin-bottom:6px}
.li{display:flex;align-items:center;padding:10px 14px;border-bottom:1px solid var(--line);background:var(--them)}
.li .main{flex:1;min-width:0}
.li .name{font-size:16px}
.li .name.miss{color:#d32f2f}
.li .meta{font-size:12px;color:var(--sub);margin-top:3px}
.li .tag{font-size:11px;color:var(--tag);border:1px solid var(--tag);border-radius:3px;padding:0 3px;margin-left:6px}
.li .time{font-size:12px;color:var(--sub);margin-left:8px;white-space:nowrap}
.li .cut{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-size:13px;color:var(--sub);margin-top:3px}
.li .text{font-size:13px;color:#333;margin-top:4px;line-height:1.4}
.tabs{position:absolute;bottom:0;left:0;right:0;height:54px;background:var(--bar);border-top:1px solid var(--line);display:flex;justify-content:space-around;align-items:center;font-size:12px;color:var(--bartext)}
.tabs span:nth-child(2){font-weight:700}
.input{position:absolute;bottom:0;left:0;right:0;height:54px;background:var(--bar);border-top:1px solid var(--line);display:flex;align-items:center;padding:0 10px;gap:8px}
.input .box{flex:1;height:36px;border-radius:18px;background:#fff;border:1px solid var(--line);color:#aaa;padding:8px 14px;font-size:14px}
.screen{position:relative;width:100%;height:100%}
.status+.screen{height:calc(100% - 26px)}
.card{margin:10px;background:#fff;border-radius:10px;padding:14px;border:1px solid var(--line)}
.kv{display:flex;justify-content:space-between;padding:7px 0;border-bottom:1px dashed var(--line)}
"""


# Per-app looks on top of the device: a LINE-like blue-grey chat, an orange shop service chat.
_APP_CSS = {
    "line_like": ".title{background:#2b3445;color:#fff}.thread{background:#93acd0}"
    ".bub{border:none;background:#fff}.me .bub{background:#79d957;color:#10200a}"
    ".nick{color:#1d2840}.av{border-radius:50%}",
    "shop_chat": ".title{background:linear-gradient(90deg,#ff7a1a,#ff4d2e);color:#fff}"
    ".me .bub{background:#ffe3cf;color:#4a2208}.thread{background:#f6f6f6}",
    "mms": ".title .sub{display:inline}",
}


def _css(screen: Screen, height: int) -> str:
    skin = SKINS[screen.skin]
    base = _BASE.replace("FONT", skin.font).replace("Wpx", f"{skin.width}px")
    base = base.replace("Hpx", f"{height}px")
    extra = "body{filter:grayscale(1) contrast(1.1)}" if screen.skin == "eink" else ""
    return f":root{{{skin.css}}}{base}{_APP_CSS.get(screen.app, '')}{extra}"


def height_of(screen: Screen) -> int:
    skin = SKINS[screen.skin]
    return int(skin.height * screen.tall)


def _label(screen: Screen, at, short: bool = False) -> str:
    return escape(when(at, screen.captured, screen.style, screen.dates, short))


def tabs_key(screen: Screen) -> str:
    """Which TABS / INPUT entry a screen draws."""
    if screen.kind == "call_log":
        return f"dialer_{screen.skin}"
    if screen.kind in ("sms_list", "sms_thread"):
        return "sms_own"
    return {
        "chat": screen.app,
        "shop": "shop_chat",
        "voicemail": "voicemail",
        "recorder": "recorder",
        "alerts": "fraud_alert",
        "bill": "loan_bill",
    }.get(screen.kind, "")


def _tabs(screen: Screen) -> str:
    key = tabs_key(screen)
    if key not in TABS:
        return ""
    cells = "".join(f"<span>{escape(w)}</span>" for w in TABS[key].split())
    return f"<div class=tabs>{cells}</div>"


def _input(screen: Screen) -> str:
    hint = INPUT.get(tabs_key(screen), "")
    return (
        f"<div class=input><span>＋</span><div class=box>{escape(hint)}</div><span>☺</span></div>"
    )


def _title(screen: Screen, sub: str = "") -> str:
    sub_html = f"<span class=sub>{escape(sub)}</span>" if sub else ""
    back = "" if screen.skin == "pc_wechat_own" else "<span class=back>‹</span>"
    return f"<div class=title>{back}{escape(screen.title)}{sub_html}</div>"


def _bubbles(screen: Screen, names: bool) -> str:
    out = []
    for m in screen.msgs:
        if m.stamp:
            out.append(f"<div class=sep>{_label(screen, m.at)}</div>")
        me = m.who == "me"
        pic = ""
        if m.kind == "mms":
            pic = "<div class=pic>彩信图片 · 1张</div>"
        nick = f"<div class=nick>{escape(m.who)}</div>" if names and not me else ""
        if names:
            av = f"<div class=av>{escape((m.who if not me else '我')[:1])}</div>"
        else:  # an SMS thread: a blank round head for the other side, none for the owner
            av = "" if me else "<div class=av style='border-radius:50%'></div>"
        out.append(
            f"<div class='row{' me' if me else ''}'>{av}<div>{nick}"
            f"<div class=bub>{pic}{escape(m.text)}</div></div></div>"
        )
    return "".join(out)


def _call_row(screen: Screen, c: Call) -> str:
    count = f"({c.count})" if c.count > 1 else ""
    cls = "name miss" if c.way == "missed" else "name"
    tag = f"<span class=tag>{escape(c.tag)}</span>" if c.tag else ""
    way = {"missed": "↙未接", "in": "↙呼入", "out": "↗呼出"}[c.way]
    place = f" {escape(c.place)}" if c.place else ""
    sub = escape(c.number) if c.name else ""
    return (
        f"<div class=li><div class=main><div class='{cls}'>{escape(c.name or c.number)}{count}"
        f"{tag}</div><div class=meta>{way}{place} {sub}</div></div>"
        f"<div class=time>{_label(screen, c.at, short=True)}</div></div>"
    )


def _secs(n: int) -> str:
    return f"{n // 60:02d}:{n % 60:02d}"


def _content(screen: Screen) -> str:
    k = screen.kind
    if k == "sms_list":
        rows = "".join(
            f"<div class=li><div class=main><div class=name>{escape(m.who)}</div>"
            f"<div class=cut>{escape(m.text)}</div></div><div class=time>"
            f"{_label(screen, m.at, short=True)}</div></div>"
            for m in screen.msgs
        )
        return f"<div class=title>信息</div>{rows}{_tabs(screen)}"
    if k in ("sms_thread", "chat", "shop"):
        names = k != "sms_thread"
        head = _title(screen, screen.info.get("sub", ""))
        goods = ""
        if k == "shop":
            goods = (
                f"<div class=card style='display:flex;gap:10px'><div class=pic style='width:60px;"
                f"height:60px'></div><div>{escape(screen.info['goods'])}<div class=meta "
                f"style='color:var(--tag)'>{escape(screen.info['price'])}</div></div></div>"
            )
        long = " long" if screen.tall > 1 else ""
        thread = f"<div class='thread{long}'>{goods}{_bubbles(screen, names)}</div>"
        return f"{head}{thread}{_input(screen)}"
    if k in ("call_log", "alerts"):
        head = "<div class=title>国家反诈中心 · 来电预警</div>" if k == "alerts" else ""
        note = ""
        if k == "alerts":
            note = "<div class=sep>以下号码被识别为风险来电，已为您提示</div>"
        rows = "".join(_call_row(screen, c) for c in screen.calls)
        return f"{head}{note}{rows}{_tabs(screen)}"
    if k == "voicemail":
        rows = "".join(
            f"<div class=li><div class=main><div class=name>{escape(m.who)}</div>"
            f"<div class=meta>{_label(screen, m.at)} · {_secs(m.secs)}</div>"
            f"<div class=text>{escape(m.text)}</div></div></div>"
            for m in screen.msgs
        )
        return f"<div class=title>语音信箱</div>{rows}{_tabs(screen)}"
    if k == "recorder":
        rows = "".join(
            f"<div class=li><div class=av>▶</div><div class=main><div class=name>"
            f"{escape(c.name or c.number)}</div><div class=meta>来电 · {_secs(c.secs)}</div></div>"
            f"<div class=time>{_label(screen, c.at)}</div></div>"
            for c in screen.calls
        )
        return f"<div class=title>通话录音</div>{rows}{_tabs(screen)}"
    if k == "bill":
        kv = "".join(
            f"<div class=kv><span>{escape(a)}</span><b>{escape(b)}</b></div>"
            for a, b in screen.info["rows"]
        )
        return (
            f"<div class=title>账单详情</div><div class=card><div style='font-size:13px;color:"
            f"var(--sub)'>{escape(screen.info['head'])}</div><div style='font-size:30px;"
            f"font-weight:700;margin:6px 0'>{escape(screen.info['big'])}</div>{kv}</div>"
            f"<div class=card style='text-align:center;background:var(--tag);color:#fff'>立即还款"
            f"</div>{_tabs(screen)}"
        )
    raise ValueError(k)


def _split(screen: Screen, inner: str) -> str:
    """Tablet and desktop: a list pane on the left, the open conversation on the right."""
    rows = "".join(
        f"<div class=li style='{'background:#e6e6e6' if i == 0 else ''}'><div class=av>"
        f"{escape(n[:1])}</div><div class=main><div class=name style='font-size:14px'>"
        f"{escape(n)}</div><div class=cut>{escape(p)}</div></div><div class=time>{escape(tm)}"
        "</div></div>"
        for i, (n, p, tm) in enumerate(screen.side)
    )
    if screen.skin == "pc_wechat_own":
        icons = "".join(
            f"<div style='margin:14px 0'>{w}</div>" for w in ("聊天", "通讯录", "收藏", "文件")
        )
        rail = (
            "<div style='width:64px;background:#2e2e2e;color:#aaa;font-size:11px;"
            f"text-align:center;padding-top:40px'><div class=av>我</div>{icons}</div>"
        )
        search = "<div style='padding:22px 12px 10px'><div class=box style='background:#e2e2e2;"
        search += "border-radius:4px;padding:5px 10px;color:#888;font-size:13px'>搜索</div></div>"
        left = f"<div style='width:290px;background:#e9e9e9;overflow:hidden'>{search}{rows}</div>"
        send = "<span style='position:absolute;right:20px;bottom:14px;background:#e9e9e9;"
        send += "padding:4px 16px;color:#07c160'>发送(S)</span>"
        right = f"<div class=screen style='flex:1'>{inner}{send}</div>"
        return f"<div style='display:flex;height:100%'>{rail}{left}{right}</div>"
    left = (
        f"<div style='width:340px;border-right:1px solid var(--line);overflow:hidden'>"
        f"<div class=title>编辑<span style='margin-left:auto'>信息</span></div>"
        f"<div style='padding:8px'><div class=box style='background:#eee;border-radius:8px;"
        f"padding:5px 10px;color:#888'>搜索</div></div>{rows}</div>"
    )
    return f"<div style='display:flex;height:100%'>{left}<div class=screen>{inner}</div></div>"


def _paper(screen: Screen) -> str:
    """A photo of an ID card or a letter on a table (the photo's tilt is added in render)."""
    info = screen.info
    if screen.kind == "id":
        lines = "".join(
            f"<div style='margin:6px 0'>{escape(a)}&nbsp;&nbsp;{escape(b)}</div>"
            for a, b in info["rows"]
        )
        return (
            "<div style='margin:90px auto;width:640px;height:400px;border-radius:22px;padding:34px;"
            "background:linear-gradient(120deg,#eef3f7,#dfe9ef 60%,#f3ede1);font-size:19px;"
            f"position:relative;box-shadow:0 10px 30px #0008'>{lines}<div style='position:absolute;"
            "right:40px;top:50px;width:150px;height:190px;background:#b9c2cc'></div></div>"
        )
    body = "".join(
        f"<p style='margin:8px 0;text-indent:2em'>{escape(p)}</p>" for p in info["paras"]
    )
    return (
        "<div style='margin:24px auto;width:720px;height:650px;background:#fbfaf6;padding:34px 50px;"
        f"font-size:17px;line-height:1.6;box-shadow:0 10px 30px #0009'><h2 style='text-align:center;"
        f"letter-spacing:6px;color:#b00'>{escape(info['head'])}</h2>{body}"
        f"<p style='text-align:right;margin-top:20px'>{escape(info['sign'])}</p></div>"
    )


def page_html(screen: Screen) -> str:
    """The whole page of one screen, sized as its device draws it."""
    height = height_of(screen)
    css = _css(screen, height)
    if screen.kind in ("id", "doc"):
        return f"<html><head><meta charset=utf-8><style>{css}</style></head><body>{_paper(screen)}</body></html>"
    inner = _content(screen)
    if screen.skin in ("ipad_split", "pc_wechat_own"):
        inner = _split(screen, inner)
    body = f"{status_html(screen.skin, screen.status)}<div class=screen>{inner}</div>"
    return f"<html><head><meta charset=utf-8><style>{css}</style></head><body>{body}</body></html>"


__all__ = ["Msg", "height_of", "page_html", "tabs_key"]
