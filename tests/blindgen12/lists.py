"""List screens of the twelfth set: call logs, a notification history, an SMS search, a call
recording's transcript with an AI summary, a 12321-like report receipt, a 云闪付-like centre."""

from __future__ import annotations

from html import escape

from tests.blindgen12.model import Screen, when

LIST_CHROME = {
    "calllog12": "全部 未接 拨号 联系人",
    "notifhist12": "通知历史记录 已关闭的通知",
    "smssearch12": "搜索 取消",
    "recording12": "转文字 摘要 分享",
    "report12": "我的举报 查看进度",
    "unionpay12": "消息中心 全部已读",
}


def _tabs(app: str, dark: bool = False) -> str:
    words = LIST_CHROME[app].split()
    color = "#ccc" if dark else "#555"
    cells = "".join(f'<span style="flex:1;text-align:center">{w}</span>' for w in words)
    return (
        f'<div style="display:flex;padding:12px 0;font-size:13px;color:{color};'
        f'border-top:1px solid rgba(127,127,127,.3)">{cells}</div>'
    )


def _column(head: str, middle: str, foot: str, bg: str, fg: str = "#111") -> str:
    return (
        f'<div style="height:100%;display:flex;flex-direction:column;background:{bg};color:{fg}">'
        f'{head}<div style="flex:1;overflow:hidden">{middle}</div>{foot}</div>'
    )


def calllog12(screen: Screen, skin: str) -> str:
    """The dialer's history: number or saved name, (n), where from, when; missed ones in red."""
    dark = skin in ("metro12", "xos12")
    style = "en" if skin in ("metro12", "webos12") else "cn"
    rows = []
    for call in screen.calls:
        label = escape(call.name or call.number)
        count = f" ({call.count})" if call.count > 1 else ""
        color = "#e51400" if call.missed else ("#fff" if dark else "#111")
        arrow = "&#8601;" if call.missed else ("&#8599;" if call.talk == "out" else "&#8600;")
        sub = escape(call.place or ("mobile" if skin == "metro12" else "手机"))
        talk = f" · {escape(call.talk)}" if call.talk and call.talk != "out" else ""
        rows.append(
            '<div style="display:flex;align-items:center;padding:10px 14px;'
            'border-bottom:1px solid rgba(127,127,127,.18)">'
            f'<span style="width:22px;color:#888">{arrow}</span><div style="flex:1">'
            f'<div style="font-size:16px;color:{color}">{label}{count}</div>'
            f'<div style="font-size:11.5px;color:#999">{sub}{talk}</div></div>'
            f'<span style="font-size:12px;color:#999">{when(call.at, screen.shot_at, style)}'
            "</span></div>"
        )
    if skin == "metro12":
        head = (
            '<div style="padding:8px 16px 4px"><div style="font-size:12px;color:#aaa">PHONE</div>'
            '<div style="font-size:34px;font-weight:300;color:#fff">history</div></div>'
        )
    else:
        head = (
            f'<div style="padding:14px;font-size:22px;font-weight:600">'
            f"{escape(screen.title or '最近通话')}</div>"
        )
    bg, fg = (
        ("#000", "#fff") if skin == "metro12" else ("#161a2b", "#eee") if dark else ("#fff", "#111")
    )
    return _column(head, "".join(rows), _tabs("calllog12", dark), bg, fg)


def notifhist12(screen: Screen) -> str:
    """Android's notification history: grouped under each app, whole texts, relative times."""
    first, second = LIST_CHROME["notifhist12"].split()
    rows = []
    for msg in screen.msgs:
        app = screen.extra.get("apps", {}).get(msg.who, "信息")
        rows.append(
            '<div style="background:#fff;border-radius:16px;margin:8px 12px;padding:12px 14px">'
            f'<div style="font-size:11.5px;color:#1a73e8">{escape(app)} · '
            f"{when(msg.at, screen.shot_at)}</div>"
            f'<div style="font-size:14px;font-weight:600;margin-top:4px">{escape(msg.who)}</div>'
            f'<div style="font-size:13.5px;line-height:1.5;color:#333">{escape(msg.text)}</div>'
            "</div>"
        )
    head = (
        f'<div style="padding:18px 16px 6px;font-size:24px">{first}</div>'
        f'<div style="padding:0 16px 6px;font-size:12px;color:#777">过去 24 小时 · {second}</div>'
    )
    return _column(head, "".join(rows), "", "#eef1f6")


def smssearch12(screen: Screen) -> str:
    """Search results in the messaging app: each row a sender, a date and a line cut short."""
    word = screen.extra["query"]
    hint, cancel = LIST_CHROME["smssearch12"].split()
    rows = []
    for msg in screen.msgs:
        rows.append(
            '<div style="padding:10px 14px;border-bottom:1px solid #eee">'
            f'<div style="display:flex;justify-content:space-between"><b style="font-size:14px">'
            f'{escape(msg.who)}</b><span style="font-size:11px;color:#999">'
            f"{msg.at:%Y/%m/%d}</span></div>"
            f'<div style="font-size:13px;color:#666;white-space:nowrap;overflow:hidden">'
            f"{escape(msg.text)}</div></div>"
        )
    head = (
        '<div style="display:flex;gap:10px;align-items:center;padding:10px 12px">'
        '<div style="flex:1;background:#f1f1f1;border-radius:18px;padding:8px 14px;'
        f'font-size:14px">&#9906; {hint} <b>{escape(word)}</b></div>'
        f'<span style="color:#2a7">{cancel}</span></div>'
        f'<div style="padding:4px 14px;font-size:12px;color:#999">{len(screen.msgs)} 条信息</div>'
    )
    return _column(head, "".join(rows), "", "#fff")


def recording12(screen: Screen) -> str:
    """One call's recording: a player, an AI summary box, then the transcript by speaker."""
    words = LIST_CHROME["recording12"].split()
    summary = escape(screen.extra["summary"])
    lines = []
    for msg in screen.msgs:
        me = msg.who == "me"
        who = "我" if me else "对方"
        lines.append(
            f'<div style="margin:8px 14px"><div style="font-size:11px;color:'
            f'{"#2a7" if me else "#d60"}">{who} {msg.at:%H:%M:%S}</div>'
            f'<div style="font-size:14px;line-height:1.5">{escape(msg.text)}</div></div>'
        )
    head = (
        f'<div style="padding:12px 14px"><div style="font-size:17px;font-weight:600">'
        f"{escape(screen.title)}</div><div style='font-size:12px;color:#888'>"
        f"{escape(screen.extra['when'])}</div>"
        '<div style="height:6px;background:#eee;border-radius:3px;margin:10px 0">'
        '<i style="display:block;width:35%;height:6px;background:#f60;border-radius:3px"></i>'
        f'</div><div style="display:flex;gap:16px;font-size:12px;color:#f60">'
        f"{''.join(f'<span>{w}</span>' for w in words)}</div></div>"
        '<div style="margin:0 12px;padding:10px;background:#fff6ec;border-radius:10px;'
        'font-size:12.5px;line-height:1.5;color:#753">'
        f"<b>AI 通话概要</b><br>{summary}</div>"
    )
    return _column(head, "".join(lines), "", "#fff")


def report12(screen: Screen) -> str:
    """A 12321-like report receipt: the number reported, the type, a case number, progress."""
    first, second = LIST_CHROME["report12"].split()
    fields = "".join(
        '<div style="display:flex;padding:9px 0;border-bottom:1px solid #eee;font-size:14px">'
        f'<span style="width:96px;color:#888">{escape(k)}</span><span>{escape(v)}</span></div>'
        for k, v in screen.extra["fields"]
    )
    head = (
        '<div style="background:#1565c0;color:#fff;padding:14px">'
        f'<div style="font-size:17px">{escape(screen.title)}</div>'
        f'<div style="font-size:12px;opacity:.85">{first}</div></div>'
    )
    body = (
        '<div style="margin:12px;background:#fff;border-radius:10px;padding:6px 14px">'
        '<div style="color:#2e7d32;font-size:16px;padding:10px 0">&#10004; 举报已受理</div>'
        f"{fields}</div>"
    )
    foot = (
        '<div style="margin:12px;padding:12px;text-align:center;background:#1565c0;color:#fff;'
        f'border-radius:22px">{second}</div>'
    )
    return _column(head, body, foot, "#f2f4f7")


def unionpay12(screen: Screen) -> str:
    """A 云闪付-like message centre: official notices from the platform, each a card."""
    first, second = LIST_CHROME["unionpay12"].split()
    cards = "".join(
        '<div style="background:#fff;border-radius:10px;margin:10px 12px;padding:12px">'
        f'<div style="font-size:12px;color:#999">{msg.at:%m-%d %H:%M}</div>'
        f'<div style="font-size:15px;font-weight:600;margin:4px 0">{escape(msg.who)}</div>'
        f'<div style="font-size:13px;line-height:1.5;color:#444">{escape(msg.text)}</div></div>'
        for msg in screen.msgs
    )
    head = (
        '<div style="background:linear-gradient(90deg,#e60012,#f55);color:#fff;padding:14px;'
        f'display:flex;justify-content:space-between"><b style="font-size:17px">{first}</b>'
        f'<span style="font-size:13px">{second}</span></div>'
    )
    return _column(head, cards, "", "#f3f3f3")
