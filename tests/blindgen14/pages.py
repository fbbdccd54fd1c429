"""The fourteenth set's app pages, drawn as HTML from a Screen.

Every string an app draws around people's words is in CHROME (bars, buttons, input boxes), so
the truth can name it as UI.
"""

from __future__ import annotations

from html import escape

from tests.blindgen14.model import Call, Msg, Screen, when

CHROME = {
    "sms14": "新信息 发送",
    "calllog14": "键盘 最近 通讯录 群组",
    "wa14": "在线 输入消息",
    "igdm14": "查看主页 发消息",
    "xdm14": "私信 开始一条新私信",
    "shopcs14": "官方客服 查看订单 说点什么",
    "ysf14": "消息中心 交易提醒 查看详情",
    "bankmsg14": "消息中心 账户动态 全部已读",
    "aicall14": "AI代接记录 回拨 删除",
    "wxvoice14": "按住说话 转文字",
    "bill14": "首页 借款 账单 我的",
    "laosms14": "收件箱",
    "laocall14": "未接来电",
}


def _e(text: str) -> str:
    return escape(text)


def _words(app: str) -> list[str]:
    return CHROME[app].split()


def _head(title: str, bg: str, fg: str, sub: str = "", left: str = "‹") -> str:
    small = f'<div style="font-size:11px;opacity:.8">{_e(sub)}</div>' if sub else ""
    return (
        f'<div style="background:{bg};color:{fg};padding:9px 12px;display:flex;gap:10px;'
        f'align-items:center;font:15px sans-serif"><span style="font-size:22px">{left}</span>'
        f"<div><b>{_e(title)}</b>{small}</div></div>"
    )


def _input(label: str, bg: str = "#f2f2f2", button: str = "") -> str:
    tail = f'<span style="color:#1a73e8;font-weight:bold">{_e(button)}</span>' if button else ""
    return (
        f'<div style="background:{bg};padding:8px 10px;display:flex;gap:8px;align-items:center">'
        f'<div style="flex:1;background:#fff;border-radius:18px;padding:7px 12px;color:#999;'
        f'font-size:14px">{_e(label)}</div>{tail}</div>'
    )


def _bubbles(screen: Screen, mine: str, theirs: str, fg: str = "#111", names: bool = False) -> str:
    """Stamps, then bubbles: the phone's owner on the right, everyone else on the left."""
    out, last = [], None
    for msg in screen.msgs:
        stamp = when(msg.at, screen.captured)
        if stamp != last:
            out.append(
                f'<div style="text-align:center;color:#888;font-size:11px;margin:8px 0">'
                f"{_e(stamp)}</div>"
            )
            last = stamp
        out.append(_bubble(msg, mine, theirs, fg, names))
    return "".join(out)


def _bubble(msg: Msg, mine: str, theirs: str, fg: str, names: bool) -> str:
    me = msg.who == "me"
    side = "flex-end" if me else "flex-start"
    bg = mine if me else theirs
    label = "" if me or not names else f'<div style="font-size:11px;color:#888">{_e(msg.who)}</div>'
    if msg.kind == "voice":
        seconds = 4 + len(msg.text) // 4
        body = (
            f'<div style="background:{bg};color:{fg};border-radius:6px;padding:8px 12px;'
            f'width:{80 + seconds * 4}px">◉)) {seconds}″</div>'
            '<div style="font-size:10px;color:#999;margin-top:3px">转文字</div>'
            f'<div style="background:#f4f4f4;color:#222;border-radius:6px;padding:7px 10px;'
            f'font-size:14px">{_e(msg.text)}</div>'
        )
    else:
        body = (
            f'<div style="background:{bg};color:{fg};border-radius:12px;padding:8px 11px;'
            f'font-size:15px;line-height:1.35">{_e(msg.text)}</div>'
        )
    return (
        f'<div style="display:flex;justify-content:{side};margin:5px 10px">'
        f'<div style="max-width:76%">{label}{body}</div></div>'
    )


def _scroll(inner: str, bg: str) -> str:
    return f'<div style="flex:1;overflow:hidden;background:{bg};padding:4px 0">{inner}</div>'


def sms(screen: Screen) -> str:
    dark = screen.skin == "darktab14"
    head = _head(screen.title, "#1e1e1e" if dark else "#f7f7f7", "#eee" if dark else "#111")
    theirs = "#2d2d2d" if dark else "#e9e9eb"
    fg = "#eee" if dark else "#111"
    body = _bubbles(screen, "#0a84ff", theirs, fg)
    label, button = _words("sms14")
    return head + _scroll(body, "#121212" if dark else "#fff") + _input(label, button=button)


def wa(screen: Screen) -> str:
    online, label = _words("wa14")
    head = _head(screen.title, "#075e54", "#fff", online)
    return head + _scroll(_bubbles(screen, "#dcf8c6", "#fff"), "#ece5dd") + _input(label, "#ece5dd")


def igdm(screen: Screen) -> str:
    profile, label = _words("igdm14")
    head = _head(screen.title, "#fff", "#000", screen.extra.get("handle", ""))
    card = (
        '<div style="text-align:center;padding:10px;font:13px sans-serif;color:#555">'
        f'<div style="width:56px;height:56px;border-radius:50%;margin:0 auto 6px;background:'
        f'linear-gradient(45deg,#f09433,#dc2743,#bc1888)"></div><b>{_e(screen.title)}</b><br>'
        f'<span style="border:1px solid #ccc;border-radius:6px;padding:2px 8px">{profile}</span>'
        "</div>"
    )
    body = card + _bubbles(screen, "#3797f0", "#efefef")
    return head + _scroll(body, "#fff") + _input(label, "#fff")


def xdm(screen: Screen) -> str:
    dms, label = _words("xdm14")
    head = _head(screen.title, "#000", "#e7e9ea", f"{dms} · {screen.extra.get('handle', '')}")
    body = _bubbles(screen, "#1d9bf0", "#2f3336", "#e7e9ea")
    return head + _scroll(body, "#000") + _input(label, "#000")


def shopcs(screen: Screen) -> str:
    official, order, label = _words("shopcs14")
    head = _head(screen.title, "#e02e24", "#fff", official)
    card = (
        '<div style="margin:8px 10px;background:#fff;border-radius:8px;padding:8px;display:flex;'
        'gap:8px;font-size:13px"><div style="width:48px;height:48px;background:#f5c6a5"></div>'
        f'<div>{_e(screen.extra["item"])}<br><span style="color:#e02e24">'
        f"{_e(screen.extra['price'])}</span> <u>{order}</u></div></div>"
    )
    body = card + _bubbles(screen, "#ffe0d6", "#fff", names=True)
    return head + _scroll(body, "#f4f4f4") + _input(label)


def _notices(screen: Screen, app: str, accent: str) -> str:
    words = _words(app)
    tabs = "".join(
        f'<span style="padding:6px 10px;{"border-bottom:2px solid " + accent if i == 1 else ""}">'
        f"{w}</span>"
        for i, w in enumerate(words[1:])
    )
    cards = "".join(
        '<div style="background:#fff;margin:8px 10px;border-radius:8px;padding:10px;'
        f'font-size:14px"><div style="color:#888;font-size:12px">{_e(m.who)} · '
        f'{_e(when(m.at, screen.captured))}</div><div style="margin-top:4px">{_e(m.text)}</div>'
        "</div>"
        for m in screen.msgs
    )
    return (
        _head(words[0], accent, "#fff")
        + f'<div style="display:flex;background:#fff;font-size:14px">{tabs}</div>'
        + _scroll(cards, "#f2f3f5")
    )


def ysf(screen: Screen) -> str:
    return _notices(screen, "ysf14", "#d7000f")


def bankmsg(screen: Screen) -> str:
    return _notices(screen, "bankmsg14", "#00509e")


def aicall(screen: Screen) -> str:
    title, back, delete = _words("aicall14")
    heard = when(screen.msgs[0].at, screen.captured)
    head = _head(title, "#fff", "#111", f"{screen.title} · {heard}")
    lines = "".join(
        f'<div style="margin:8px 12px;font-size:14px"><b style="color:'
        f'{"#0a7" if m.who == "小艺" else "#c33"}">'
        f"{_e(m.who if m.who == '小艺' else '对方')}：</b>"
        f"{_e(m.text)}</div>"
        for m in screen.msgs
    )
    foot = (
        '<div style="display:flex;justify-content:space-around;padding:10px;border-top:1px solid '
        f'#ddd;font-size:15px;color:#1a73e8"><span>{back}</span><span>{delete}</span></div>'
    )
    return head + _scroll(lines, "#fafafa") + foot


def wxvoice(screen: Screen) -> str:
    hold, _ = _words("wxvoice14")
    head = _head(screen.title, "#ededed", "#111")
    return head + _scroll(_bubbles(screen, "#95ec69", "#fff"), "#ededed") + _input(hold)


def bill(screen: Screen) -> str:
    loan = screen.extra["loan"]
    rows = [
        ("借款本金", loan["amount"]),
        ("实际到账", loan["received"]),
        ("砍头服务费", loan["deducted"]),
        ("当前应还", loan["demanded"]),
    ]
    items = "".join(
        f'<div style="display:flex;justify-content:space-between;padding:12px 16px;border-bottom:'
        f'1px solid #eee;font-size:15px"><span>{k}</span><b>{v}.00</b></div>'
        for k, v in rows
    )
    tabs = "".join(f"<span>{w}</span>" for w in _words("bill14"))
    return (
        _head(screen.title, "#ff7a00", "#fff", screen.extra.get("due", ""))
        + _scroll(items, "#fff")
        + f'<div style="display:flex;justify-content:space-around;padding:8px;font-size:13px;'
        f'border-top:1px solid #ddd">{tabs}</div>'
    )


def _big(screen: Screen, inner: str) -> str:
    style = "flex:1;overflow:hidden;background:#fff;font:bold 18px sans-serif"
    return f'<div style="{style}">{inner}</div>'


def laosms(screen: Screen) -> str:
    """One message open on the feature phone: sender, time, the text in a big font."""
    msg = screen.msgs[0]
    inbox = _words("laosms14")[0]
    return _big(
        screen,
        f'<div style="background:#ffd54f;padding:2px 6px">{inbox}</div>'
        f'<div style="padding:2px 6px;font-size:16px">{_e(msg.who)}<br>'
        f"{msg.at:%m-%d %H:%M}</div>"
        f'<div style="padding:4px 6px;line-height:1.25">{_e(msg.text)}</div>',
    )


def _row_count(call: Call) -> str:
    return f" ({call.count})" if call.count > 1 else ""


def laocall(screen: Screen) -> str:
    title = _words("laocall14")[0]
    rows = "".join(
        f'<div style="padding:3px 6px;border-bottom:1px solid #999;font-size:17px">'
        f"{_e(c.name or c.number)}{_row_count(c)}<br>"
        f'<span style="font-size:14px">{c.at:%m-%d %H:%M}</span></div>'
        for c in screen.calls
    )
    return _big(screen, f'<div style="background:#ffd54f;padding:2px 6px">{title}</div>{rows}')


def calllog(screen: Screen) -> str:
    dark = screen.skin == "darktab14"
    fg, bg = ("#e6e6e6", "#121212") if dark else ("#111", "#fff")
    rows = "".join(
        f'<div style="display:flex;justify-content:space-between;padding:9px 14px;'
        f'border-bottom:1px solid {"#333" if dark else "#eee"};color:{fg}">'
        f'<div><div style="font-size:16px;color:{"#e53935" if c.missed else fg}">'
        f"{_e(c.name or c.number)}{_row_count(c)}</div>"
        f'<div style="font-size:12px;color:#888">{"↙" if c.missed else "↗"} '
        f"{_e(c.place)}</div></div>"
        f'<div style="font-size:12px;color:#888">{_e(when(c.at, screen.captured))} ⓘ</div></div>'
        for c in screen.calls
    )
    tabs = "".join(f"<span>{w}</span>" for w in _words("calllog14"))
    return (
        _scroll(rows, bg)
        + f'<div style="display:flex;justify-content:space-around;padding:9px;font-size:13px;'
        f'color:#1a73e8;border-top:1px solid #444;background:{bg}">{tabs}</div>'
    )


BODIES = {
    "sms14": sms,
    "calllog14": calllog,
    "wa14": wa,
    "igdm14": igdm,
    "xdm14": xdm,
    "shopcs14": shopcs,
    "ysf14": ysf,
    "bankmsg14": bankmsg,
    "aicall14": aicall,
    "wxvoice14": wxvoice,
    "bill14": bill,
    "laosms14": laosms,
    "laocall14": laocall,
}
