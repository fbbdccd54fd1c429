"""One capture as an HTML page: status bar, heading, bubbles, call rows or bill fields.

CSS custom properties carry the phone's and the app's colours; every drawn string goes through
html.escape, so the truth test can find each one in the page.
"""

from __future__ import annotations

from html import escape

from tests.blindgen3.model import Capture, Dial, Said
from tests.blindgen3.skins import APPS, PHONES, composer

BASE_CSS = """
* { box-sizing: border-box; margin: 0; padding: 0; }
body { width: var(--w); font-family: var(--font); font-size: var(--t); background: var(--bg);
  color: var(--fg); min-height: 100vh; display: flex; flex-direction: column; }
.wall, .fill { flex: 1; }
.sb { height: 40px; display: flex; align-items: center; padding: 0 20px; font-size: 14px;
  background: var(--bar); gap: 8px; }
.sb.center { justify-content: center; } .sb .ic { margin-left: auto; display: flex; gap: 6px; }
.sb.center .ic { position: absolute; right: 18px; }
.sb .bt { display: inline-block; width: 22px; height: 10px; border: 1.5px solid var(--fg);
  border-radius: 3px; vertical-align: middle; }
.hd { display: flex; align-items: center; min-height: 54px; padding: 6px 16px; gap: 12px;
  background: var(--bar); border-bottom: 1px solid var(--line); }
.hd .ttl { font-size: calc(var(--t) + 2px); font-weight: 600; flex: 1; text-align: center; }
.hd .sub { font-size: calc(var(--t) - 3px); color: var(--muted); text-align: center; }
.chev { width: 11px; height: 11px; border-left: 2px solid var(--fg);
  border-bottom: 2px solid var(--fg); transform: rotate(45deg); flex: none; }
.dots { width: 18px; height: 4px; flex: none; background: radial-gradient(circle, var(--fg) 2px,
  transparent 2.5px) 0 0 / 6px 4px repeat-x; }
.wall { background: var(--appbg); padding: 6px 0 14px; }
.wall.paper { background: repeating-linear-gradient(45deg, #d3e4cd 0 14px, #cbdfc4 14px 28px); }
.stamp { text-align: center; color: var(--muted); font-size: calc(var(--t) - 3px);
  margin: 16px 0 4px; }
.sys { margin: 10px auto; max-width: 80%; text-align: center; font-size: calc(var(--t) - 4px);
  color: var(--muted); background: rgba(0,0,0,.06); border-radius: 4px; padding: 3px 8px; }
.m { display: flex; gap: 9px; margin: 9px 12px; align-items: flex-start; }
.m.me { flex-direction: row-reverse; }
.av { width: calc(var(--t) * 2.6); height: calc(var(--t) * 2.6); flex: none; border-radius: 50%;
  background: linear-gradient(160deg, var(--a1), var(--a2)); }
.sq .av { border-radius: 6px; }
.col { display: flex; flex-direction: column; max-width: 72%; }
.me .col { align-items: flex-end; }
.noav .av { display: none; } .noav .col { max-width: 82%; }
.nick { font-size: calc(var(--t) - 4px); color: var(--muted); margin: 0 0 3px 2px; }
.bb { background: var(--left); padding: 9px 12px; border-radius: var(--r); line-height: 1.5;
  word-break: break-all; }
.me .bb { background: var(--right); color: var(--rfg); }
.foot { display: flex; align-items: center; gap: 10px; padding: 9px 12px; background: var(--bar);
  border-top: 1px solid var(--line); }
.foot .box { flex: 1; min-height: 38px; border-radius: 19px; background: var(--bg);
  color: var(--muted); padding: 8px 14px; font-size: calc(var(--t) - 1px); }
.foot .care { text-align: center; border-radius: 6px; color: var(--fg); font-weight: 600; }
.plus { width: 26px; height: 26px; border: 2px solid var(--muted); border-radius: 50%; flex: none; }
.chips { display: flex; gap: 8px; padding: 8px 12px; background: var(--bar); }
.chips span { border: 1px solid var(--line); border-radius: 14px; padding: 3px 10px;
  font-size: 13px; background: var(--bg); }
.tabs { display: flex; justify-content: space-around; padding: 8px 0 12px; background: var(--bar);
  border-top: 1px solid var(--line); font-size: 12px; color: var(--muted); }
.tabs span { display: flex; flex-direction: column; align-items: center; gap: 3px; }
.tabs span::before { content: ""; width: 22px; height: 22px; border-radius: 7px;
  border: 2px solid currentColor; }
.tabs span.on { color: var(--accent); }
.dayh { padding: 12px 18px 4px; font-size: calc(var(--t) - 2px); color: var(--muted);
  background: var(--bg); }
.row { display: flex; align-items: center; gap: 12px; padding: 11px 18px;
  border-bottom: 1px solid var(--line); background: var(--bar); }
.row .txt { flex: 1; min-width: 0; }
.row .nm { font-size: calc(var(--t) + 1px); }
.row .nm.miss { color: #e5262d; }
.row .ds { font-size: calc(var(--t) - 3px); color: var(--muted); margin-top: 3px;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.row .tm { font-size: calc(var(--t) - 3px); color: var(--muted); text-align: right; flex: none; }
.sim { font-size: 10px; border: 1px solid var(--muted); border-radius: 3px; padding: 0 3px;
  margin-right: 4px; color: var(--muted); vertical-align: 2px; }
.way { width: 14px; height: 14px; flex: none; border-right: 2px solid var(--muted);
  border-top: 2px solid var(--muted); transform: rotate(-135deg) scale(.7); }
.way.miss { border-color: var(--accent); } .way.out { transform: rotate(45deg) scale(.7); }
.info { width: 22px; height: 22px; border: 1.5px solid var(--accent); border-radius: 50%; }
"""


def _vars(cap: Capture) -> str:
    phone, app = PHONES[cap.skin], APPS.get(cap.app)
    size = app.type_px if app and app.type_px else phone.type_px
    pairs = {
        "w": f"{phone.width}px", "font": phone.font, "t": f"{size}px", "bg": phone.bg,
        "fg": phone.fg, "bar": phone.bar, "muted": phone.muted, "line": phone.line,
        "accent": phone.accent, "appbg": (app.bg if app and app.bg else phone.bg),
        "left": (app.left if app and app.left else phone.line),
        "right": (app.right if app and app.right else phone.accent),
        "rfg": app.right_fg if app else "#fff", "r": app.radius if app else "14px",
        "a1": "#9fb8d6", "a2": "#5d7ea8",
    }  # fmt: skip
    return "; ".join(f"--{k}: {v}" for k, v in pairs.items())


def status_bar(cap: Capture) -> str:
    """The clock first, then the network and battery words, as the phone lays them out."""
    if not cap.status:
        return ""
    clock, *rest = cap.status.split()
    where = PHONES[cap.skin].clock
    icons = "".join(f"<span>{escape(part)}</span>" for part in rest)
    return (
        f'<div class="sb {where}"><span class="ck">{escape(clock)}</span>'
        f'<span class="ic">{icons}<i class="bt"></i></span></div>'
    )


def heading(title: str, sub: str = "") -> str:
    """A back chevron, the centred title (and a grey line under it), a more-button."""
    under = f'<div class="sub">{escape(sub)}</div>' if sub else ""
    return (
        f'<div class="hd"><i class="chev"></i><div class="ttl">{escape(title)}{under}</div>'
        '<i class="dots"></i></div>'
    )


def bubble(line: Said, names: bool) -> str:
    """One message: a system line, or an avatar and a bubble (the sender's name in groups)."""
    if line.system:
        return f'<div class="sys">{escape(line.text)}</div>'
    mine = line.who == "me"
    nick = f'<div class="nick">{escape(line.who)}</div>' if names and not mine else ""
    return (
        f'<div class="m{" me" if mine else ""}"><i class="av"></i><div class="col">{nick}'
        f'<div class="bb">{escape(line.text)}</div></div></div>'
    )


def thread(cap: Capture, names: bool = False) -> str:
    """Messages in order, each separator drawn above the message it belongs to."""
    out = []
    for line in cap.said:
        if line.stamp:
            out.append(f'<div class="stamp">{escape(line.stamp)}</div>')
        out.append(bubble(line, names))
    return "".join(out)


def tab_bar(words: str, on: int = 1) -> str:
    """A bottom bar of icon buttons with their words."""
    spans = (
        f'<span class="{"on" if i == on else ""}">{escape(w)}</span>'
        for i, w in enumerate(words.split())
    )
    return f'<div class="tabs">{"".join(spans)}</div>'


def footer(cap: Capture) -> str:
    """The composer of the chat's app (and its chips), or the SMS composer."""
    if cap.app == "sms":
        text = PHONES[cap.skin].sms_input
        return f'<div class="foot"><i class="plus"></i><div class="box">{escape(text)}</div></div>'
    app = APPS[cap.app]
    chips = ""
    if app.buttons and cap.app == "shopchat":
        chips = "".join(f"<span>{escape(w)}</span>" for w in app.buttons.split())
        chips = f'<div class="chips">{chips}</div>'
    if not app.composer:
        return chips + '<div class="foot"><i class="plus"></i><div class="box"></div></div>'
    care = " care" if cap.app == "wechat_care" else ""
    box = f'<div class="box{care}">{escape(composer(cap.app, cap.title))}</div>'
    return f'{chips}<div class="foot"><i class="plus"></i>{box}<i class="plus"></i></div>'


def chat_page(cap: Capture) -> str:
    """A 1:1 chat, a group or an SMS thread: heading, hint, thread, composer."""
    app = APPS[cap.app]
    hint = f'<div class="sys">{escape(app.hint)}</div>' if app.hint else ""
    wall = "wall paper" if cap.app == "wechat_family" else "wall"
    sub = "官方" if cap.app == "shopchat" else ""
    names = cap.kind == "group"
    skin = " sq" if cap.app.startswith("wechat") else ""
    if cap.app == "sms" and cap.skin == "ios_axl":  # iOS threads draw no avatars
        skin = " noav"
    body = f'<div class="{wall}{skin}">{hint}{thread(cap, names)}</div>'
    return heading(cap.title, sub) + body + footer(cap)


def dial_row(dial: Dial) -> str:
    """One call-log row: direction mark, number or name with "(n)", SIM mark, tag, time."""
    miss = " miss" if dial.way == "missed" else ""
    mark = {"missed": "way miss", "in": "way", "out": "way out"}[dial.way]
    count = f" ({dial.count})" if dial.count > 1 else ""
    sim = f'<span class="sim">{escape(dial.sim)}</span>' if dial.sim else ""
    desc = " ".join(escape(x) for x in (dial.tag, dial.place) if x)
    return (
        f'<div class="row"><i class="{mark}"></i><div class="txt">'
        f'<div class="nm{miss}">{escape(dial.shown)}{escape(count)}</div>'
        f'<div class="ds">{sim}{desc}</div></div><div class="tm">{escape(dial.when)}</div>'
        '<i class="info"></i></div>'
    )


def call_log(cap: Capture) -> str:
    """The dialer's log: day headings where the phone groups by day, then the tab bar."""
    phone = PHONES[cap.skin]
    out, day = [heading(cap.title or phone.log_title)], None
    for dial in cap.dials:
        if dial.day and dial.day != day:
            out.append(f'<div class="dayh">{escape(dial.day)}</div>')
        day = dial.day
        out.append(dial_row(dial))
    return "".join(out) + '<div class="fill"></div>' + tab_bar(phone.dialer_tabs)


def inbox(cap: Capture) -> str:
    """The SMS inbox: one row per thread, its last text cut by CSS, its time on the right."""
    rows = [heading(cap.title or PHONES[cap.skin].sms_title)]
    for line in cap.said:
        rows.append(
            f'<div class="row"><i class="av"></i><div class="txt"><div class="nm">'
            f'{escape(line.who)}</div><div class="ds">{escape(line.text)}</div></div>'
            f'<div class="tm">{escape(line.stamp)}</div></div>'
        )
    return "".join(rows) + '<div class="fill"></div>'


def wrap(cap: Capture, inner: str, extra_css: str = "") -> str:
    """The whole document around a page body."""
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><style>{BASE_CSS}{extra_css}</style>'
        f"</head><body style='{_vars(cap)}'>{status_bar(cap)}{inner}</body></html>"
    )
