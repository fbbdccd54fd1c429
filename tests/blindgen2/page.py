"""One shot as an HTML page: status bar, chats, SMS threads and inboxes, call logs.

Documents, ID cards, bill pages and contact cards live in tests/blindgen2/paper.py. Every text is
written whole into the page; chromium wraps long messages the way a phone does.
"""

from __future__ import annotations

from html import escape

from tests.blindgen2.model import Line, Ring, Shot
from tests.blindgen2.skins import APPS, INPUT, NOTICE, PHONES, TABS

BASE = """
* { box-sizing: border-box; margin: 0; padding: 0; }
html, body { background: var(--bg); overflow-x: hidden; }
body { width: var(--w); min-height: var(--h); font-family: var(--font); color: var(--fg);
  display: flex; flex-direction: column; }
.sb { height: 38px; display: flex; align-items: center; justify-content: space-between;
  padding: 0 20px 0 26px; font-size: 14px; background: var(--bar); color: var(--barfg); }
.sb b { font-weight: 600; font-size: 15px; }
.sb .ic { display: flex; gap: 6px; align-items: center; font-size: 12px; }
.sb .bt { width: 22px; height: 11px; border: 1.4px solid currentColor; border-radius: 3px; }
.hd { padding: 10px 16px; display: flex; align-items: center; gap: 10px; background: var(--head);
  border-bottom: 1px solid var(--line); min-height: 52px; }
.hd .bk { font-size: 22px; color: var(--accent); min-width: 18px; white-space: nowrap; }
.hd .tt { flex: 1; text-align: center; font-size: 17px; font-weight: 600; }
.hd .tt small { display: block; font-size: 12px; font-weight: 400; color: var(--muted); }
.hd .chip { font-size: 11px; color: #2fa84f; font-weight: 400; margin-left: 4px; }
.hd .mn { width: 30px; text-align: right; white-space: nowrap; overflow: hidden;
  color: var(--muted); }
.bd { flex: 1; padding: 6px 0 14px; }
.st { text-align: center; font-size: 12px; color: var(--muted); margin: 14px 0 8px; }
.sys { margin: 10px 40px; text-align: center; font-size: 12px; color: var(--muted);
  background: rgba(127,127,127,.12); border-radius: 4px; padding: 5px 8px; }
.m { display: flex; margin: 8px 12px; gap: 8px; align-items: flex-start; }
.m.me { flex-direction: row-reverse; }
.av { width: 38px; height: 38px; flex: none; border-radius: var(--avr);
  background: linear-gradient(140deg, var(--a1), var(--a2)); }
.cl { display: flex; flex-direction: column; max-width: 258px; }
.me .cl { align-items: flex-end; }
.nk { font-size: 12px; color: var(--muted); margin: 0 0 3px 2px; display: flex; gap: 4px; }
.nk i { font-style: normal; font-size: 10px; padding: 0 4px; border-radius: 3px;
  background: #ffb11b; color: #fff; }
.bb { padding: 9px 12px; font-size: 16px; line-height: 1.42; border-radius: var(--radius);
  background: var(--in); color: var(--fg); word-break: break-all; }
.me .bb { background: var(--out); color: var(--outfg); }
.rd { font-size: 11px; color: var(--muted); margin-top: 3px; }
.vc::before { content: "\\260E"; margin-right: 6px; }
.pic { width: 150px; height: 110px; border-radius: 6px;
  background: repeating-linear-gradient(45deg, #b9c2cc 0 12px, #d4dae0 12px 24px); }
.ip { height: 54px; display: flex; align-items: center; gap: 10px; padding: 0 12px;
  background: var(--head); border-top: 1px solid var(--line); }
.ip .o { width: 26px; height: 26px; border: 2px solid var(--muted); border-radius: 50%; }
.ip .x { flex: 1; height: 36px; border-radius: 18px; background: var(--in); color: var(--muted);
  font-size: 15px; display: flex; align-items: center; padding: 0 14px; }
.rw { display: flex; align-items: center; padding: 11px 16px; gap: 12px;
  border-bottom: 1px solid var(--line); }
.rw .av { width: 42px; height: 42px; border-radius: 50%; }
.rw .mi { flex: 1; min-width: 0; }
.rw .nm { font-size: 17px; }
.rw .nm.ms { color: #f0413b; }
.rw .nm em { font-style: normal; font-size: 15px; margin-left: 2px; }
.rw .sub { font-size: 13px; color: var(--muted); margin-top: 3px; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; }
.rw .tg { font-size: 11px; color: #e5862b; border: 1px solid #e5862b; border-radius: 3px;
  padding: 0 3px; margin-right: 5px; }
.rw .wn { font-size: 13px; color: var(--muted); text-align: right; white-space: nowrap; }
.rw .in { width: 18px; height: 18px; border: 1.5px solid var(--accent); border-radius: 50%;
  color: var(--accent); font-size: 11px; text-align: center; line-height: 15px; }
.seg { display: flex; justify-content: center; gap: 28px; padding: 8px 0 10px; font-size: 15px;
  color: var(--muted); background: var(--head); }
.seg b { color: var(--fg); }
.big { font-size: 30px; font-weight: 700; padding: 8px 18px 10px; background: var(--head); }
.tb { display: flex; justify-content: space-around; height: 58px; align-items: center;
  font-size: 11px; color: var(--muted); border-top: 1px solid var(--line);
  background: var(--head); }
.tb span { display: flex; flex-direction: column; align-items: center; gap: 3px; }
.tb span::before { content: ""; width: 22px; height: 22px; border-radius: 6px;
  border: 2px solid currentColor; }
.tb span.on { color: var(--accent); }
"""

AVATARS = [("#f6a04d", "#e0602c"), ("#6cb3f2", "#3b6fd4"), ("#8fd19e", "#3a9f5a"),
           ("#c9a0f0", "#7a4fc9"), ("#f2d16b", "#d49a22"), ("#a9b3bd", "#66717c")]  # fmt: skip


def css_vars(shot: Shot) -> dict[str, str]:
    """The phone's colours, overridden by the chat app's own when the shot is inside an app."""
    phone = PHONES[shot.skin]
    v = {"bg": phone["bg"], "fg": phone["fg"], "muted": phone["muted"], "line": phone["line"],
         "in": phone["in"], "out": phone["out"], "outfg": phone["outfg"],
         "accent": phone["accent"], "head": phone["bg"], "font": phone["font"],
         "w": phone["width"] + "px", "radius": "18px", "avr": "50%"}  # fmt: skip
    if shot.app in APPS:
        app = APPS[shot.app]
        v.update({k: app[k] for k in ("bg", "head", "in", "out", "outfg", "fg", "muted")})
        v["radius"] = app["radius"]
        v["avr"] = "6px" if shot.app in ("wecom", "wechat", "dingtalk") else "50%"
    v["bar"] = v["head"]
    dark_bar = shot.app == "douyin" or (phone["dark"] and shot.app not in APPS)
    v["barfg"] = "#ffffff" if dark_bar else "#000000"
    return v


def status_bar(shot: Shot) -> str:
    """Clock left, the rest (network, speed, battery) right, as the status string says."""
    clock, *rest = shot.status.split()
    icons = "".join(f"<span>{escape(r)}</span>" for r in rest)
    battery = '<i class="bt"></i>'
    return f'<div class="sb"><b>{escape(clock)}</b><div class="ic">{icons}{battery}</div></div>'


def header(title: str, sub: str = "", chip: str = "") -> str:
    """A back arrow, the title (with a sub line or a chip), and a menu."""
    small = f"<small>{escape(sub)}</small>" if sub else ""
    tag = f'<span class="chip">{escape(chip)}</span>' if chip else ""
    return (
        f'<div class="hd"><span class="bk">&lsaquo;</span><div class="tt">{escape(title)}{tag}'
        f'{small}</div><span class="mn">&middot;&middot;&middot;</span></div>'
    )


def _avatar(who: str) -> str:
    a1, a2 = AVATARS[sum(map(ord, who)) % len(AVATARS)]
    return f'<div class="av" style="--a1:{a1};--a2:{a2}"></div>'


def bubble(shot: Shot, line: Line) -> str:
    """One message: the separator above it, avatar, nickname in groups, text or call bubble."""
    out = f'<div class="st">{escape(line.stamp)}</div>' if line.stamp else ""
    if line.kind == "system":
        return out + f'<div class="sys">{escape(line.text)}</div>'
    me = line.who == "me"
    nick = ""
    if shot.kind == "group" and not me:
        role, _, name = line.who.rpartition("|")
        chip = f"<i>{escape(role)}</i>" if role else ""
        nick = f'<div class="nk">{chip}<span>{escape(name)}</span></div>'
    if line.kind == "image":
        body = '<div class="pic"></div>'
    else:
        cls = "bb vc" if line.kind == "voice" else "bb"
        body = f'<div class="{cls}">{escape(line.text)}</div>'
    read = ""
    if me and shot.app == "dingtalk":
        read = '<div class="rd">已读</div>'
    avatar = "" if shot.app in ("sms",) else _avatar("me" if me else line.who)
    side = "m me" if me else "m"
    return out + f'<div class="{side}">{avatar}<div class="cl">{nick}{body}{read}</div></div>'


def input_bar(app: str) -> str:
    text = INPUT.get(app, "")
    box = f'<div class="x">{escape(text)}</div>'
    return f'<div class="ip"><i class="o"></i>{box}<i class="o"></i></div>'


def chat_body(shot: Shot) -> str:
    """Chats of any app and SMS threads: header, notice, bubbles, input box."""
    sub, chip = "", ""
    if shot.app == "wecom":
        chip = "@微信"
    elif shot.kind == "group":
        sub = shot.members
    elif shot.app == "sms":
        sub = dict(shot.fields).get("place", "")
    parts = [header(shot.title, sub, chip), '<div class="bd">']
    if shot.app in NOTICE:
        notice = NOTICE[shot.app].format(title=shot.title)
        parts.append(f'<div class="sys">{escape(notice)}</div>')
    parts += [bubble(shot, line) for line in shot.lines]
    parts += ["</div>", input_bar(shot.app)]
    return "".join(parts)


def sms_list_body(shot: Shot) -> str:
    """An inbox: large title, one row per thread with a cut preview and a time label."""
    head = '<div class="hd"><span class="bk">编辑</span><div class="tt"></div>'
    rows = [
        head + f'<span class="mn">&#9998;</span></div><div class="big">{escape(shot.title)}</div>'
    ]
    for line in shot.lines:
        name, _, _ = line.who.partition("|")
        rows.append(
            f'<div class="rw">{_avatar(name)}<div class="mi"><div class="nm">{escape(name)}</div>'
            f'<div class="sub">{escape(line.text)}</div></div>'
            f'<div class="wn">{escape(line.stamp)}</div></div>'
        )
    return "".join(rows) + '<div class="bd"></div>'


def ring_row(ring: Ring) -> str:
    """A call-log row: name or number with "(n)", the tag and place below, the time right."""
    shown = ring.name or ring.number
    count = f"<em>({ring.count})</em>" if ring.count > 1 else ""
    cls = "nm ms" if ring.way == "missed" else "nm"
    tag = f'<span class="tg">{escape(ring.tag)}</span>' if ring.tag else ""
    way = {"missed": "未接", "in": "呼入", "out": "呼出"}[ring.way]
    sub = ring.place or (ring.number if ring.name else "")
    return (
        f'<div class="rw"><div class="mi"><div class="{cls}">{escape(shown)}{count}</div>'
        f'<div class="sub">{tag}{escape(way)} {escape(sub)}</div></div>'
        f'<div class="wn">{escape(ring.label)}</div><div class="in">i</div></div>'
    )


def call_log_body(shot: Shot) -> str:
    """The dialer's recents: segmented control, rows, the skin's bottom bar."""
    seg = '<div class="seg"><b>全部通话</b><span>未接来电</span></div>'
    if shot.skin == "ios_light":
        seg = (
            '<div class="hd"><span class="bk">编辑</span><div class="tt">全部 未接</div>'
            "<span></span></div>"
        )
    rows = [seg, f'<div class="big">{escape(shot.title)}</div>'] if shot.title else [seg]
    rows += [ring_row(r) for r in shot.rings]
    tabs = TABS[shot.skin].split()
    on = 1 if len(tabs) > 3 else 0
    bar = "".join(
        f'<span class="on">{escape(t)}</span>' if i == on else f"<span>{escape(t)}</span>"
        for i, t in enumerate(tabs)
    )
    return "".join(rows) + f'<div class="bd"></div><div class="tb">{bar}</div>'


def wrap(shot: Shot, body: str, height: int, extra_css: str = "", cls: str = "") -> str:
    """The whole HTML document of one shot."""
    v = css_vars(shot)
    v["h"] = f"{height}px"
    root = ":root{" + ";".join(f"--{k}:{val}" for k, val in v.items()) + "}"
    bar = status_bar(shot) if shot.status else ""
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><style>{root}{BASE}{extra_css}'
        f'</style></head><body class="{cls}">{bar}{body}</body></html>'
    )
