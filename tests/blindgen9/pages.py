"""The bodies of this set's pages: one builder per app, all drawn from the model's rows."""

from __future__ import annotations

from datetime import timedelta
from html import escape as e

from tests.blindgen9.model import Call, Msg, Screen, label
from tests.blindgen9.skins import INPUT, tab_bar


def _style(s: Screen) -> str:
    return s.extra.get("style", "hm")


def _seps(s: Screen) -> list[tuple[str, Msg]]:
    """Each message with the separator drawn above it (a gap of ten minutes or more)."""
    out, last = [], None
    for m in s.msgs:
        sep = ""
        if last is None or m.at - last >= timedelta(minutes=10):
            sep = label(m.at, s.captured, _style(s))
        out.append((sep, m))
        last = m.at
    return out


def _bubble(m: Msg, group: bool) -> str:
    if m.kind == "revoked":
        return f'<div class="sys">{e(m.text)}</div>'
    if m.kind == "system":
        return f'<div class="sys">{e(m.text)}</div>'
    mine = m.who == "me"
    if m.kind == "voice":
        secs = m.quoted or "9"
        inner = f'<span class="voice">{"◀)) " if not mine else ""}{e(secs)}"</span>'
        under = f'<div class="vt">{e(m.text)}</div>'
    elif m.kind == "sticker":
        inner, under = f'<span style="font-size:44px">{e(m.text)}</span>', ""
    elif m.kind == "image":
        inner = '<div style="width:150px;height:110px;background:#9aa4b066"></div>'
        under = ""
    else:
        inner, under = e(m.text), ""
        if m.kind == "quote_reply":
            under = f'<div class="q">{e(m.quoted)}</div>'
    name = "" if mine or not group else f'<div class="s" style="font-size:12px">{e(m.who)}</div>'
    av = f'<div class="av">{e(m.who[:1] if not mine else "我")}</div>'
    body = f'<div>{name}<div class="bub">{inner}</div>{under}</div>'
    side = " me" if mine else ""
    return f'<div class="row{side}">{"" if mine else av}{body}{av if mine else ""}</div>'


def chat(s: Screen, group: bool = False, input_key: str = "wechat") -> str:
    parts = [f'<div class="tb">{e(s.title)}</div>']
    for sep, m in _seps(s):
        if sep:
            parts.append(f'<div class="sep">{e(sep)}</div>')
        parts.append(_bubble(m, group))
    parts.append(f'<div class="in">{e(INPUT[input_key])}</div>')
    return "".join(parts)


def sms_thread(s: Screen) -> str:
    return chat(s, False, "sms")


def sms_inbox(s: Screen) -> str:
    rows = [f'<div class="tb">{e(s.title)}</div>']
    for m in s.msgs:
        when = label(m.at, s.captured, _style(s))
        rows.append(
            f'<div class="li"><div><div class="n">{e(m.who)}</div><div class="pv">{e(m.text)}'
            f'</div></div><div class="t">{e(when)}</div></div>'
        )
    return "".join(rows) + tab_bar("sms")


def sms_spam(s: Screen) -> str:
    rows = [
        f'<div class="tb">{e(s.title)}<small>已拦截 {len(s.msgs)} 条</small></div>',
        tab_bar("spam", False),
    ]
    for m in s.msgs:
        when = label(m.at, s.captured, _style(s))
        rows.append(
            f'<div class="card"><div class="li" style="padding:0 0 6px;border:0"><span class="n">'
            f'{e(m.who)}</span><span class="t">{e(when)}</span></div><div>{e(m.text)}</div></div>'
        )
    return "".join(rows)


def _call_row(c: Call, s: Screen) -> str:
    who = e(c.name or c.number) + (f" ({c.count})" if c.count > 1 else "")
    tag = f'<span class="tag">{e(c.tag)}</span>' if c.tag else ""
    place = f'<div class="s">{e(c.place)}</div>' if c.place else ""
    cls = "n miss" if c.missed else "n"
    when = c.label or label(c.at, s.captured, _style(s))
    return (
        f'<div class="li"><div><span class="{cls}">{who}</span>{tag}{place}</div>'
        f'<div class="t">{e(when)}</div></div>'
    )


def calllog(s: Screen) -> str:
    key = "dialer_tw" if s.skin == "touchwiz" else "dialer"
    return (
        f'<div class="tb">{e(s.title)}</div>'
        + "".join(_call_row(c, s) for c in s.calls)
        + tab_bar(key)
    )


def calllog_grouped(s: Screen) -> str:
    """Rows under a header per contact (or number), as some dialers group them."""
    parts = [f'<div class="tb">{e(s.title)}</div>', tab_bar("grouped", False)]
    seen: list[str] = []
    for c in s.calls:
        head = c.name or c.number
        if head not in seen:
            seen.append(head)
            tag = f'<span class="tag">{e(c.tag)}</span>' if c.tag else ""
            parts.append(
                f'<div class="sep" style="text-align:left;padding-left:16px">{e(head)}{tag}</div>'
            )
        when = c.label or label(c.at, s.captured, _style(s))
        kind = "未接来电" if c.missed else "呼入"
        times = f" ({c.count})" if c.count > 1 else ""
        parts.append(
            f'<div class="li"><span class="{"miss" if c.missed else ""}">{kind}{times}</span>'
            f'<span class="t">{e(when)}</span></div>'
        )
    return "".join(parts)


def call_detail(s: Screen) -> str:
    first = s.calls[0]
    tag = f'<span class="tag">{e(first.tag)}</span>' if first.tag else ""
    parts = [
        f'<div class="tb">通话详情</div><div class="card"><div class="n" style="font-size:22px">'
        f'{e(first.number)}</div>{tag}<div class="s">{e(first.place)}</div></div>'
    ]
    for c in s.calls:
        when = c.label or label(c.at, s.captured, "slash")
        kind = "未接来电" if c.missed else "呼入"
        parts.append(
            f'<div class="li"><div><div>{e(when)}</div><div class="s">{kind}</div></div>'
            f'<div class="t">{e(c.duration or "响铃 0秒")}</div></div>'
        )
    return "".join(parts)


def friends(s: Screen) -> str:
    """新的朋友: each request with its verification line and an 接受 button."""
    parts = ['<div class="tb">新的朋友</div>']
    for i, m in enumerate(s.msgs):
        btn = (
            '<span class="s">已添加</span>'
            if i < s.extra.get("added", 0)
            else '<span class="btn">接受</span>'
        )
        parts.append(
            f'<div class="li"><div class="av">{e(m.who[:1])}</div><div style="flex:1">'
            f'<div class="n">{e(m.who)}</div><div class="s">{e(m.text)}</div></div>{btn}</div>'
        )
    return "".join(parts) + tab_bar("wechat")


def bill(s: Screen) -> str:
    rows = "".join(
        f'<div class="li"><span>{e(k)}</span><span class="n">{e(v)}</span></div>'
        for k, v in s.extra["rows"]
    )
    return f'<div class="tb">{e(s.title)}</div><div class="card">{rows}</div>'


def idcard(s: Screen) -> str:
    lines = "".join(f"<div style='margin:6px 0'>{e(x)}</div>" for x in s.extra["lines"])
    return (
        '<div style="background:#6b5a48;padding:60px 14px;min-height:100vh;'
        'box-sizing:border-box"><div style="background:'
        "#e9eef0;color:#222;border-radius:12px;padding:16px;transform:rotate(-3deg);font-size:14px;"
        f'box-shadow:0 6px 14px #0008">{lines}</div></div>'
    )


def document(s: Screen) -> str:
    body = "".join(f"<p style='text-indent:2em;margin:6px 0'>{e(x)}</p>" for x in s.extra["lines"])
    return (
        '<div style="background:#3c3a36;padding:22px 10px;min-height:100vh;'
        'box-sizing:border-box"><div style="background:#f7f3ea;color:#222;padding:18px;'
        "transform:rotate(1.5deg);font-family:'Noto Serif CJK SC',serif;font-size:14px;"
        f'"><h3 style="text-align:center;margin:4px">{e(s.title)}</h3>{body}</div></div>'
    )


BUILDERS = {
    "sms_thread9": sms_thread,
    "sms_inbox9": sms_inbox,
    "sms_spam": sms_spam,
    "calllog9": calllog,
    "calllog_grouped": calllog_grouped,
    "call_detail": call_detail,
    "wechat_own9": chat,
    "wxgroup9": lambda s: chat(s, True),
    "wxfriends9": friends,
    "bill9": bill,
    "idcard9": idcard,
    "document9": document,
}
