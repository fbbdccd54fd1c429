"""HTML pages of the seventeenth set: one phone screen each, laid out with CSS, shot by Chromium."""

from __future__ import annotations

from html import escape

from tests.blindgen17.chrome import CHROME, SKINS
from tests.blindgen17.model import Msg, Screen
from tests.blindgen17.style import css

CHATS = {"thread17", "wxchat17", "group17", "wework17", "ding17", "weibo17", "douyin17",
         "express17", "insbot17"}  # fmt: skip
_LISTS = {"inbox17", "block17"}


def _e(text: str) -> str:
    return escape(text)


def _bars(app: str) -> list[str]:
    return [b for b in CHROME.get(app, "").split("\n") if b]


def _bar_html(bar: str, cls: str) -> str:
    cells = "".join(f"<span>{_e(w)}</span>" for w in bar.split())
    return f'<div class="{cls}">{cells}</div>'


def status_bar(s: Screen) -> str:
    if not s.statuses:  # a cropped shot: its top (and the clock) was cut off
        return ""
    clock, *rest = s.statuses
    right = "".join(f"<b>{_e(x)}</b>" for x in rest)
    if SKINS[s.skin]["bar"] == "split":  # clock in the middle, icons at both ends
        return (
            f'<div class="sb split"><b>{_e(rest[0])}</b><b class="ck">{_e(clock)}</b>'
            f"<span>{''.join(f'<b>{_e(x)}</b>' for x in rest[1:])}<i class='bat'></i></span></div>"
        )
    icons = f'<span>{right}<i class="bat"></i></span>'
    return f'<div class="sb"><b class="ck">{_e(clock)}</b>{icons}</div>'


def _avatar(who: str) -> str:
    hue = sum(map(ord, who)) % 360
    return f'<i class="av" style="background:hsl({hue},45%,62%)">{_e(who[:1])}</i>'


def _bubble(m: Msg, group: bool) -> str:
    stamp = f'<div class="stamp">{_e(m.stamp)}</div>' if m.stamp else ""
    if m.kind == "note":
        return f'{stamp}<div class="note">{_e(m.text)}</div>'
    if m.kind == "out":
        return f'{stamp}<div class="row out"><p class="bub me">{_e(m.text)}</p></div>'
    name = f'<div class="nm">{_e(m.who)}</div>' if group else ""
    words = f'<div>{name}<p class="bub">{_e(m.text)}</p></div>'
    return f'{stamp}<div class="row in">{_avatar(m.who)}{words}</div>'


def _chat(s: Screen) -> str:
    group = s.app in ("group17", "ding17")
    bars = _bars(s.app)
    top = _bar_html(bars[0], "tabs") if len(bars) > 1 else ""
    sub = f'<div class="sub">{_e(s.extra["sub"])}</div>' if s.extra.get("sub") else ""
    body = []
    for i, m in enumerate(s.msgs):
        body.append(_bubble(m, group))
        if s.wrap == "long17" and i in s.extra.get("seams", ()):
            # The stitched capture repeats the last bubble of one shot at the top of the next.
            body.append('<div class="seam"></div>' + _bubble(m, group))
    head = f'<div class="hd"><span class="back">‹</span><h1>{_e(s.title)}</h1>{sub}</div>'
    foot = _bar_html(bars[-1], "input") if bars else ""
    return head + top + f'<div class="chat">{"".join(body)}</div>' + foot


def _inbox(s: Screen) -> str:
    bars = _bars(s.app)
    rows = []
    for m in s.msgs:
        text = m.text + ("…" if m.kind == "preview" else "")
        rows.append(
            f'<div class="li">{_avatar(m.who)}<div class="lt"><div class="l1"><b>{_e(m.who)}</b>'
            f'<span>{_e(m.stamp)}</span></div><div class="l2">{_e(text)}</div></div></div>'
        )
    return (
        f'<div class="big">{_e(s.title)}</div>'
        + _bar_html(bars[0], "tabs")
        + (_bar_html(bars[1], "search") if len(bars) > 1 else "")
        + "".join(rows)
    )


def _calls(s: Screen) -> str:
    bars = _bars(s.app)
    rows = []
    for c in s.calls:
        who = c.name or c.number
        count = f" ({c.count})" if c.count > 1 else ""
        cls = "miss" if c.missed else ""
        rows.append(
            f'<div class="li"><i class="ph {cls}">✆</i><div class="lt"><div class="l1">'
            f'<b class="{cls}">{_e(who)}{count}</b><span>{_e(c.stamp)}</span></div>'
            f'<div class="l2">{_e(c.tag)}</div></div></div>'
        )
    return (
        f'<div class="big">{_e(s.title)}</div>'
        + _bar_html(bars[0], "tabs")
        + "".join(rows)
        + _bar_html(bars[1], "nav")
    )


def _comments(s: Screen) -> str:
    post = f'<div class="post">{_e(s.extra["post"])}</div>'
    rows = [
        f'<div class="cm">{_avatar(m.who)}<div><div class="l1"><b>{_e(m.who)}</b>'
        f"<span>{_e(m.stamp)}</span></div><p>{_e(m.text)}</p></div></div>"
        for m in s.msgs
    ]
    return post + "".join(rows) + _bar_html(_bars(s.app)[0], "input")


def _incoming(s: Screen) -> str:
    number = s.extra["number"]
    return (
        f'<div class="inc"><div class="num">{_e(number)}</div>'
        f'<div class="tag">{_e(s.extra["tag"])}</div>'
        f'<div class="loc">{_e(s.extra["place"])}</div></div>'
        + _bar_html(_bars(s.app)[0], "callbtn")
    )


def _lock(s: Screen) -> str:
    apps = s.extra.get("apps", ["信息"] * len(s.msgs))
    cards = [
        f'<div class="card"><div class="l1"><b>{_e(app)} · {_e(m.who)}</b><span>{_e(m.stamp)}'
        f"</span></div><div class='l2'>{_e(m.text + ('…' if m.kind == 'preview' else ''))}"
        "</div></div>"
        for app, m in zip(apps, s.msgs, strict=True)
    ]
    return (
        f'<div class="lockck">{_e(s.extra["big"])}</div>'
        f'<div class="lockdt">{_e(s.extra["date"])}</div>'
        + "".join(cards)
        + _bar_html(_bars(s.app)[0], "nav")
    )


def _paper(s: Screen) -> str:
    lines = "".join(f"<p>{_e(x)}</p>" for x in s.extra["paras"])
    cls = "idc" if s.app == "idcard17" else "doc"
    seal = f'<div class="seal">{_e(s.extra.get("seal", ""))}</div>' if s.extra.get("seal") else ""
    return f'<div class="desk"><div class="{cls}"><h2>{_e(s.title)}</h2>{lines}{seal}</div></div>'


def _bill(s: Screen) -> str:
    rows = "".join(
        f'<div class="kv"><span>{_e(k)}</span><b>{_e(v)}</b></div>' for k, v in s.extra["rows"]
    )
    return (
        f'<div class="hd"><span class="back">‹</span><h1>{_e(s.title)}</h1></div>'
        f'<div class="due">{_e(s.extra["head"])}</div>{rows}' + _bar_html(_bars(s.app)[0], "nav")
    )


def body_html(s: Screen) -> str:
    if s.app in CHATS:
        return _chat(s)
    if s.app in _LISTS:
        return _inbox(s)
    return {"calls17": _calls, "toutiao17": _comments, "callid17": _incoming, "lock17": _lock,
            "bill17": _bill, "idcard17": _paper, "letter17": _paper}[s.app](s)  # fmt: skip


def page_html(s: Screen) -> str:
    """The whole page: skin style, status bar, the app's body, and a red ring when marked."""
    ring = '<div class="ring"></div><div class="arrow">➜</div>' if s.wrap == "mark17" else ""
    photo = s.app in ("idcard17", "letter17")
    bar = "" if photo else status_bar(s)
    classes = f"{s.skin} {s.app} {s.wrap} {'dark' if s.dark else ''}"
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><style>{css(s)}</style></head>'
        f'<body class="{classes}">{bar}{body_html(s)}{ring}</body></html>'
    )
