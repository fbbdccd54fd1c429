"""The HTML of one screen of the fifth blind set: status bar, title, content, tab bar, input.

Plain string templates (no earlier generator's page code): a screen's text is written whole into
the HTML, so the truth test can find every message and row in it.
"""

from __future__ import annotations

from html import escape

from tests.blindgen5.model import Call, Msg, Screen
from tests.blindgen5.skins import INPUT, SKINS, TABS

_FONT = "'Noto Sans CJK SC','Noto Sans CJK TC','WenQuanYi Zen Hei',sans-serif"
_CSS = """
*{box-sizing:border-box;margin:0;padding:0}
body{width:%(w)spx;background:%(bg)s;color:%(fg)s;font-family:%(font)s;font-size:%(px)spx}
.sb{display:flex;justify-content:space-between;padding:6px 16px;font-size:%(sbpx)spx;
 background:%(bar)s;color:%(barfg)s}
.sb span{margin-left:6px}
.tt{background:%(bar)s;color:%(barfg)s;padding:12px 16px;font-weight:700;
 font-size:%(ttpx)spx;display:flex;gap:12px;align-items:center}
.tt .bk{font-size:%(ttpx)spx}
.sep{text-align:center;color:%(muted)s;font-size:%(smpx)spx;margin:14px 0 4px}
.m{display:flex;margin:8px 12px;gap:8px;align-items:flex-start}
.m.me{flex-direction:row-reverse}
.m.same{flex-direction:row}
.av{flex:none;width:%(av)spx;height:%(av)spx;border-radius:50%%;background:%(accent)s;
 color:#fff;display:flex;align-items:center;justify-content:center;font-size:%(smpx)spx}
.col{max-width:72%%;display:flex;flex-direction:column}
.nm{font-size:%(smpx)spx;color:%(muted)s;margin-bottom:3px}
.bb{background:%(left)s;padding:9px 12px;border-radius:16px;line-height:1.5;word-break:break-all}
.me .bb{background:%(right)s;color:%(righttext)s}
.row{display:flex;align-items:center;gap:12px;padding:11px 16px;border-bottom:1px solid %(line)s}
.row .mid{flex:1;min-width:0}
.row .a{font-size:%(px)spx}
.row .a.miss{color:#d93025}
.row .nw{white-space:nowrap}
.row .b{font-size:%(smpx)spx;color:%(muted)s;margin-top:3px}
.row .t{font-size:%(smpx)spx;color:%(muted)s;text-align:right;white-space:nowrap}
.pv{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.tag{color:#e8710a}
.post{padding:14px 16px;border-bottom:8px solid %(line)s;line-height:1.6}
.cm{padding:8px 16px;line-height:1.5}
.cm b{color:%(accent)s;font-weight:600}
.cm .t{color:%(muted)s;font-size:%(smpx)spx;margin-left:8px}
.card{background:%(left)s;margin:10px 14px;border-radius:12px;padding:14px;line-height:1.7}
.kv{display:flex;justify-content:space-between;border-bottom:1px dashed %(line)s;padding:6px 0}
.btn{margin:16px;background:%(accent)s;color:#fff;text-align:center;padding:12px;
 border-radius:24px}
.ib{display:flex;gap:8px;padding:10px 12px;border-top:1px solid %(line)s;background:%(bar)s}
.ib div{flex:1;background:%(bg)s;border-radius:18px;padding:8px 12px;color:%(muted)s}
.tb{display:flex;justify-content:space-around;padding:10px 0;border-top:1px solid %(line)s;
 background:%(bar)s;color:%(barfg)s;font-size:%(smpx)spx}
.mark{position:absolute;border:4px solid #ff1a1a;border-radius:50%%;pointer-events:none}
.arrow{position:absolute;color:#ff1a1a;font-size:54px;font-weight:900}
"""


def _css(skin: str) -> str:
    s = dict(SKINS[skin])
    px = int(s["px"])
    s.setdefault("righttext", s["fg"])
    s.update(font=_FONT, sbpx=max(13, px - 3), ttpx=px + 2, smpx=max(12, px - 4), av=px * 2 + 8)
    return _CSS % s


def _e(text: str) -> str:
    return escape(text)


def status_bar(status: str) -> str:
    """The clock left, the network and battery right, each part its own span."""
    clock, _, rest = status.partition(" ")
    spans = "".join(f"<span>{_e(p)}</span>" for p in rest.split())
    return f'<div class="sb"><span>{_e(clock)}</span><div>{spans}</div></div>'


def _initial(who: str) -> str:
    return _e(who[:1]) if who and not who[0].isdigit() else "#"


def _message(m: Msg, same_side: bool) -> str:
    stamp = f'<div class="sep">{_e(m.stamp)}</div>' if m.stamp else ""
    me = m.who == "me"
    side = "same" if same_side else ("me" if me else "")
    # Both parties on one side: only the name above each bubble says who wrote it.
    nick = f'<div class="nm">{"我" if me else _e(m.who)}</div>' if same_side else ""
    face = f'<div class="av">{"我" if me else _initial(m.who)}</div>'
    return (f'{stamp}<div class="m {side}">{face}<div class="col">{nick}'
            f'<div class="bb">{_e(m.text)}</div></div></div>')  # fmt: skip


def _call(c: Call, stacked: bool = False) -> str:
    """One row; stacked (a large-type phone): the time goes under the number, never beside it."""
    shown = c.name or c.number
    count = f" ({c.count})" if c.count > 1 else ""
    miss = " miss" if c.way == "missed" else ""
    way = {"missed": "未接来电", "in": "呼入", "out": "呼出"}[c.way]
    sub = " · ".join(x for x in (c.number if c.name else "", c.place, way) if x)
    tag = f' <span class="tag">{_e(c.tag)}</span>' if c.tag else ""
    if stacked:
        return (f'<div class="row"><div class="av">{_initial(c.name)}</div><div class="mid">'
                f'<div class="a{miss} nw">{_e(shown)}{count}</div><div class="b">{_e(sub)}{tag}'
                f'</div><div class="b">{_e(c.label)}</div></div></div>')  # fmt: skip
    return (f'<div class="row"><div class="av">{_initial(c.name)}</div><div class="mid">'
            f'<div class="a{miss}">{_e(shown)}{count}</div><div class="b">{_e(sub)}{tag}</div>'
            f'</div><div class="t">{_e(c.label)}</div></div>')  # fmt: skip


def _preview(m: Msg) -> str:
    return (f'<div class="row"><div class="av">{_initial(m.who)}</div><div class="mid">'
            f'<div class="a">{_e(m.who)}</div><div class="b pv">{_e(m.text)}</div></div>'
            f'<div class="t">{_e(m.stamp)}</div></div>')  # fmt: skip


def _comment(m: Msg) -> str:
    who = "我" if m.who == "me" else m.who
    return (f'<div class="cm"><b>{_e(who)}</b>：{_e(m.text)}'
            f'<span class="t">{_e(m.stamp)}</span></div>')  # fmt: skip


def _bill(s: Screen) -> str:
    rows = "".join(
        f'<div class="kv"><span>{_e(k)}</span><span>{_e(v)}</span></div>' for k, v in s.fields
    )
    return f'<div class="card">{rows}</div><div class="btn">立即还款</div>'


def body(s: Screen) -> str:
    """The screen's content between the title and the bottom bars."""
    if s.kind == "call_log":
        return "".join(_call(c, s.skin == "elder") for c in s.calls)
    if s.kind == "sms_list":
        return "".join(_preview(m) for m in s.msgs)
    if s.kind == "comments":
        return f'<div class="post">{_e(s.post)}</div>' + "".join(_comment(m) for m in s.msgs)
    if s.kind == "bill":
        return _bill(s)
    same = s.app in ("sms_same", "elder_sms")
    return "".join(_message(m, same) for m in s.msgs)


def _bottom(s: Screen) -> str:
    if s.cropped:
        return ""
    key = "sms" if s.app == "sms_same" else s.app
    if s.kind in ("dm", "sms_thread", "notice", "comments") and INPUT.get(key):
        return f'<div class="ib"><div>{_e(INPUT[key])}</div></div>'
    if s.kind in ("call_log", "bill") and s.app in TABS:
        return (
            '<div class="tb">'
            + "".join(f"<span>{_e(w)}</span>" for w in TABS[s.app].split())
            + "</div>"
        )
    return ""


def page_html(s: Screen) -> str:
    """The whole page of one screen."""
    top = ""
    if not s.cropped:
        top = status_bar(s.status) if s.status else ""
        if s.title:
            top += f'<div class="tt"><span class="bk">‹</span><span>{_e(s.title)}</span></div>'
    mark = ""
    if s.marked:
        mark = ('<div class="mark" style="left:6px;top:38%;width:92%;height:120px"></div>'
                '<div class="arrow" style="right:10px;top:22%">↙</div>')  # fmt: skip
    return (f"<!doctype html><html><head><meta charset='utf-8'><style>{_css(s.skin)}</style>"
            f"</head><body style='position:relative'>{top}{body(s)}{_bottom(s)}{mark}"
            f"</body></html>")  # fmt: skip
