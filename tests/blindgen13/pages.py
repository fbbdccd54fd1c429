"""The thirteenth set's app bodies: each returns the HTML between the status bar and the nav bar.

Every string an app draws around people's words is in CHROME (tab bars, input boxes, buttons),
so the truth can tell a scorer which text on a screen is the app's own.
"""

from __future__ import annotations

from html import escape

from tests.blindgen13.model import Call, Msg, Screen, when

# Each app's bar, tab and input-box words, as drawn.
CHROME = {
    "sms13": "RCS消息 发送",
    "rcs13": "菜单 我的账单 立即还款 服务号",
    "calllog13": "拨号盘 通话记录 联系人 收藏",
    "contact13": "发信息 视频通话 解除拦截",
    "voicemail13": "语音信箱 转写文字 回拨",
    "wxsearch13": "取消 搜索聊天记录 图片及视频 文件 链接 日期",
    "wecom13": "新的客户 通过验证 拒绝 消息 通讯录 工作台",
    "moments13": "朋友圈 评论",
    "mail13": "收件箱 回复 转发 删除",
    "dycomment13": "条评论 留下你的精彩评论吧",
    "chat13": "按住说话 发送",
    "bill13": "首页 借款 账单 我的",
    "carmsg13": "回复 忽略 朗读",
}
_AVA = ["#e57373", "#64b5f6", "#81c784", "#ffb74d", "#ba68c8", "#4db6ac", "#a1887f"]


def _e(text: str) -> str:
    return escape(text)


def _ava(name: str, size: int = 36, round_: bool = True) -> str:
    color = _AVA[sum(map(ord, name)) % len(_AVA)]
    radius = "50%" if round_ else "6px"
    glyph = _e(name.lstrip("+0123456789 ")[:1] or "#")
    return (
        f'<div style="flex:none;width:{size}px;height:{size}px;border-radius:{radius};'
        f"background:{color};color:#fff;display:flex;align-items:center;justify-content:center;"
        f'font-size:{size // 2}px">{glyph}</div>'
    )


def _head(title: str, sub: str = "", bg: str = "#fff", fg: str = "#111") -> str:
    small = f'<div style="font-size:12px;color:#888">{_e(sub)}</div>' if sub else ""
    return (
        f'<div style="background:{bg};color:{fg};padding:10px 14px;border-bottom:1px solid #ddd">'
        f'<div style="font-size:18px;font-weight:600">‹ {_e(title)}</div>{small}</div>'
    )


def _tabs(words: str, bg: str = "#fafafa", fg: str = "#555") -> str:
    cells = "".join(f'<div style="flex:1;text-align:center">{_e(w)}</div>' for w in words.split())
    return (
        f'<div style="display:flex;background:{bg};color:{fg};font-size:13px;padding:10px 0;'
        f'border-top:1px solid #ddd">{cells}</div>'
    )


def _input(words: str, bg: str = "#f4f4f4") -> str:
    hint, button = words.split()
    return (
        f'<div style="display:flex;gap:8px;padding:8px;background:{bg};align-items:center">'
        f'<div style="flex:1;background:#fff;border-radius:18px;padding:8px 12px;color:#aaa;'
        f'font-size:14px">{_e(hint)}</div><div style="color:#2a7;font-size:14px">{_e(button)}'
        "</div></div>"
    )


def _bubble(m: Msg, cap, mine_color: str, their_color: str, stamp: bool = True) -> str:
    mine = m.who == "me"
    time = (
        '<div style="text-align:center;color:#999;font-size:11px;margin:8px 0">'
        f"{_e(when(m.at, cap))}</div>"
    )
    if m.kind == "image":
        inner = (
            '<div style="width:150px;height:200px;background:linear-gradient(#cfd8dc,#90a4ae);'
            "border-radius:8px;display:flex;align-items:center;justify-content:center;color:#fff;"
            f'font-size:12px">{_e(m.text)}</div>'
        )
    else:
        color = mine_color if mine else their_color
        inner = (
            f'<div style="max-width:250px;background:{color};padding:9px 12px;border-radius:14px;'
            f'font-size:15px;line-height:1.45;word-break:break-all">{_e(m.text)}</div>'
        )
    row = "row-reverse" if mine else "row"
    ava = "" if mine else _ava(m.who)
    return (
        time if stamp else ""
    ) + f'<div style="display:flex;flex-direction:{row};gap:8px;margin:6px 12px">{ava}{inner}</div>'


def _stamped(screen: Screen, mine: str, theirs: str) -> str:
    out, last = [], None
    for m in screen.msgs:
        gap = last is None or (m.at - last).total_seconds() > 600
        out.append(_bubble(m, screen.captured, mine, theirs, gap))
        last = m.at
    return "".join(out)


def sms13(s: Screen) -> str:
    body = _stamped(s, "#2f80ed;color:#fff", "#eef0f3")
    return (
        _head(s.title, s.extra.get("sub", ""))
        + f'<div style="flex:1;overflow:hidden;background:#fff">{body}</div>'
        + _input(CHROME["sms13"])
    )


def chat13(s: Screen) -> str:
    body = _stamped(s, "#95ec69", "#fff")
    return (
        _head(s.title, bg="#ededed")
        + f'<div style="flex:1;overflow:hidden;background:#ededed">{body}</div>'
        + _input(CHROME["chat13"], "#f7f7f7")
    )


def carmsg13(s: Screen) -> str:
    cards = "".join(
        f'<div style="background:#2b2d31;border-radius:14px;padding:14px 18px;margin:10px 0">'
        f'<div style="color:#8ab4f8;font-size:16px">{_e(m.who)} · '
        f"{_e(when(m.at, s.captured))}</div>"
        f'<div style="color:#fff;font-size:20px;line-height:1.4;margin-top:6px">{_e(m.text)}</div>'
        "</div>"
        for m in s.msgs
    )
    buttons = "".join(
        '<div style="background:#3c4043;color:#fff;border-radius:24px;padding:10px 28px">'
        f"{_e(w)}</div>"
        for w in CHROME["carmsg13"].split()
    )
    return (
        f'<div style="flex:1;padding:8px 24px;overflow:hidden">{cards}</div>'
        f'<div style="display:flex;gap:18px;padding:12px 24px;font-size:18px">{buttons}</div>'
    )


def rcs13(s: Screen) -> str:
    cards = ""
    for m in s.msgs:
        cards += (
            '<div style="margin:12px;border-radius:12px;background:#fff;box-shadow:0 1px 4px '
            "#0002;"
            'overflow:hidden"><div style="height:70px;'
            'background:linear-gradient(90deg,#ff7043,#ffa726)"></div>'
            f'<div style="padding:10px 12px;font-size:14px;line-height:1.5">{_e(m.text)}</div>'
            f'<div style="text-align:center;color:#1e88e5;padding:8px;border-top:1px solid #eee">'
            f"立即还款</div></div>"
            '<div style="text-align:center;color:#999;font-size:11px">'
            f"{_e(when(m.at, s.captured))}</div>"
        )
    menu = _tabs("菜单 我的账单 立即还款")
    return (
        _head(s.title, "服务号 · " + s.extra.get("sub", ""))
        + f'<div style="flex:1;background:#f2f3f5;overflow:hidden">{cards}</div>'
        + menu
    )


def _call_row(c: Call, cap) -> str:
    color = "#e53935" if c.missed else "#222"
    label = c.name or c.number
    count = f" ({c.count})" if c.count > 1 else ""
    tag = (
        f'<span style="background:#fde0dc;color:#c62828;font-size:11px;padding:1px 6px;'
        f'border-radius:8px;margin-left:6px">{_e(c.tag)}</span>'
        if c.tag
        else ""
    )
    place = f'<div style="font-size:12px;color:#888">{_e(c.place)}</div>' if c.place else ""
    return (
        '<div style="display:flex;align-items:center;padding:10px 14px;border-bottom:1px solid '
        '#eee">'
        f'<div style="flex:1"><div style="font-size:16px;color:{color}">'
        f"{_e(label)}{count}{tag}</div>"
        f'{place}</div><div style="font-size:12px;color:#888">{_e(when(c.at, cap))}</div></div>'
    )


def calllog13(s: Screen) -> str:
    rows = "".join(_call_row(c, s.captured) for c in s.calls)
    return (
        _head("通话记录")
        + f'<div style="flex:1;overflow:hidden;background:#fff">{rows}</div>'
        + _tabs(CHROME["calllog13"])
    )


def contact13(s: Screen) -> str:
    number = s.extra["number"]
    notes = "".join(
        f'<div style="padding:8px 14px;font-size:13px;color:#555">{_e(n)}</div>'
        for n in s.extra.get("notes", [])
    )
    buttons = "".join(
        f'<div style="flex:1;text-align:center;color:#1e88e5">{_e(w)}</div>'
        for w in ("发信息", "视频通话")
    )
    return (
        _head("")
        + '<div style="text-align:center;padding:24px 0;background:#fff">'
        + _ava(number, 80).replace("flex:none", "flex:none;margin:0 auto")
        + f'<div style="font-size:24px;margin-top:10px">{_e(number)}</div>'
        + f'<div style="color:#888">{_e(s.extra.get("place", ""))}</div>'
        + '<span style="display:inline-block;margin-top:8px;background:#424242;color:#fff;'
        'padding:2px 10px;border-radius:10px;font-size:12px">Blocked</span></div>'
        + f'<div style="display:flex;padding:12px 0;background:#fff">{buttons}</div>'
        + f'<div style="flex:1;background:#f5f5f5">{notes}'
        + '<div style="margin:20px 14px;color:#e53935;text-align:center">解除拦截</div></div>'
    )


def voicemail13(s: Screen) -> str:
    items = ""
    for m in s.msgs:
        items += (
            '<div style="background:#fff;margin:10px;border-radius:10px;padding:12px">'
            f'<div style="display:flex;justify-content:space-between"><b>{_e(m.who)}</b>'
            f'<span style="color:#888;font-size:12px">{_e(when(m.at, s.captured))}</span></div>'
            '<div style="margin:6px 0;height:6px;background:#cfd8dc;border-radius:3px"></div>'
            f'<div style="font-size:14px;line-height:1.5;color:#333">{_e(m.text)}</div>'
            '<div style="color:#1e88e5;font-size:13px;margin-top:6px">回拨 · 转写文字</div></div>'
        )
    return (
        _head("语音信箱") + f'<div style="flex:1;background:#eceff1;overflow:hidden">{items}</div>'
    )


def wxsearch13(s: Screen) -> str:
    term = s.extra["term"]
    hits = ""
    for m in s.msgs:
        hits += (
            f'<div style="display:flex;gap:10px;padding:10px 14px;border-bottom:1px solid #eee">'
            f'{_ava(m.who, 40, False)}<div style="flex:1"><div style="display:flex;'
            f'justify-content:space-between;color:#576b95;font-size:14px"><span>{_e(m.who)}</span>'
            f'<span style="color:#aaa;font-size:12px">{_e(when(m.at, s.captured))}</span></div>'
            f'<div style="font-size:14px;line-height:1.45;margin-top:3px">{_e(m.text)}</div></div>'
            "</div>"
        )
    filters = "".join(
        f'<span style="margin:0 8px;color:#576b95">{_e(w)}</span>'
        for w in ("图片及视频", "文件", "链接", "日期")
    )
    return (
        '<div style="background:#ededed;padding:8px 12px;display:flex;gap:8px">'
        '<div style="flex:1;background:#fff;border-radius:6px;padding:6px 10px">'
        f"🔍 {_e(term)}</div>"
        '<span style="color:#576b95">取消</span></div>'
        '<div style="background:#ededed;padding:6px 0;text-align:center;font-size:13px;color:#888">'
        '搜索聊天记录</div><div style="background:#ededed;text-align:center;font-size:13px;'
        f'padding-bottom:8px">{filters}</div>'
        f'<div style="flex:1;background:#fff;overflow:hidden">{hits}</div>'
    )


def wecom13(s: Screen) -> str:
    rows = ""
    for m in s.msgs:
        rows += (
            '<div style="display:flex;gap:10px;padding:12px 14px;background:#fff;'
            'border-bottom:1px solid #eee">'
            f'{_ava(m.who, 44, False)}<div style="flex:1"><div style="font-size:15px">{_e(m.who)}'
            '<span style="color:#f0a020;font-size:12px;margin-left:4px">@微信</span></div>'
            '<div style="font-size:13px;color:#555;line-height:1.45;margin-top:4px">'
            f"{_e(m.text)}</div>"
            '<div style="font-size:11px;color:#aaa;margin-top:4px">'
            f"{_e(when(m.at, s.captured))}</div></div>"
            '<div style="display:flex;flex-direction:column;gap:6px;font-size:13px">'
            '<span style="background:#3370ff;color:#fff;padding:3px 8px;border-radius:4px">'
            "通过验证</span>"
            '<span style="color:#888;text-align:center">拒绝</span></div></div>'
        )
    return (
        _head("新的客户", bg="#f7f8fa")
        + f'<div style="flex:1;background:#f2f3f5;overflow:hidden">{rows}</div>'
        + _tabs("消息 通讯录 工作台 我")
    )


def moments13(s: Screen) -> str:
    post = s.msgs[0]
    comments = "".join(
        '<div style="font-size:13px;line-height:1.5"><span style="color:#576b95">'
        f"{_e(m.who)}</span>"
        f"：{_e(m.text)}</div>"
        for m in s.msgs[1:]
    )
    pics = "".join(
        '<div style="width:80px;height:80px;background:linear-gradient(135deg,#b0bec5,#eceff1)">'
        "</div>"
        for _ in range(3)
    )
    return (
        '<div style="height:160px;background:linear-gradient(#37474f,#78909c);position:relative">'
        '<div style="position:absolute;left:14px;top:12px;color:#fff;font-size:18px">朋友圈</div>'
        "</div>"
        f'<div style="flex:1;background:#fff;padding:14px;display:flex;gap:10px;overflow:hidden">'
        f'{_ava(post.who, 42, False)}<div style="flex:1"><div style="color:#576b95;font-size:15px">'
        f'{_e(post.who)}</div><div style="font-size:15px;line-height:1.5;margin:4px 0">'
        f"{_e(post.text)}</div>"
        f'<div style="display:flex;gap:4px">{pics}</div><div style="display:flex;justify-content:'
        'space-between;color:#aaa;font-size:12px;margin:6px 0"><span>'
        f"{_e(when(post.at, s.captured))}</span>"
        f'<span>评论</span></div><div style="background:#f3f3f5;padding:6px">{comments}</div></div>'
        "</div>"
    )


def mail13(s: Screen) -> str:
    m = s.msgs[0]
    return (
        _head("收件箱", bg="#fff")
        + '<div style="flex:1;background:#fff;padding:14px;overflow:hidden">'
        f'<div style="font-size:19px;font-weight:600">{_e(s.extra["subject"])}</div>'
        f'<div style="color:#888;font-size:13px;margin:8px 0">发件人：{_e(m.who)}'
        f"<br>时间：{m.at:%Y年%m月%d日 %H:%M}</div>"
        f'<div style="font-size:15px;line-height:1.6;border-top:1px solid #eee;padding-top:10px">'
        f"{_e(m.text)}</div></div>" + _tabs("回复 转发 删除")
    )


def dycomment13(s: Screen) -> str:
    rows = "".join(
        f'<div style="display:flex;gap:10px;padding:10px 14px">{_ava(m.who, 34)}<div '
        'style="flex:1">'
        f'<div style="color:#999;font-size:13px">{_e(m.who)}</div><div style="color:#eee;'
        f'font-size:15px;line-height:1.45">{_e(m.text)}</div><div style="color:#777;'
        'font-size:12px">'
        f"{_e(when(m.at, s.captured))} · 回复</div></div></div>"
        for m in s.msgs
    )
    return (
        '<div style="height:200px;background:linear-gradient(#222,#444)"></div>'
        '<div style="flex:1;background:#161823;border-radius:12px 12px 0 0;overflow:hidden">'
        '<div style="color:#ddd;text-align:center;padding:10px;font-size:13px">'
        f"{s.extra['total']}条评论</div>"
        f"{rows}</div>"
        '<div style="background:#161823;padding:10px 14px;color:#777;font-size:14px;'
        'border-top:1px solid #333">留下你的精彩评论吧</div>'
    )


def bill13(s: Screen) -> str:
    b = s.extra["bill"]
    rows = [
        ("借款金额", b["amount"]),
        ("实际到账", b["received"]),
        ("服务费（已扣）", b["deducted"]),
        ("应还总额", b["demanded"]),
    ]
    lines = "".join(
        f'<div style="display:flex;justify-content:space-between;padding:12px 16px;'
        f'border-bottom:1px solid #eee"><span style="color:#666">{_e(k)}</span>'
        f"<span>¥{v}.00</span></div>"
        for k, v in rows
    )
    return (
        _head(s.title)
        + '<div style="background:linear-gradient(#5c6bc0,#3949ab);color:#fff;padding:20px 16px">'
        '<div style="font-size:13px">应还总额（元）</div><div style="font-size:34px">'
        f"{b['demanded']}.00</div>"
        f'<div style="font-size:12px">到期日 {_e(s.extra["due"])}</div></div>'
        f'<div style="flex:1;background:#fff">{lines}</div>' + _tabs(CHROME["bill13"])
    )


def notice13(s: Screen) -> str:
    """A forged 'police' notice photographed on a desk (paper, no status bar)."""
    paras = "".join(
        f'<p style="text-indent:2em;margin:8px 0">{_e(p)}</p>' for p in s.extra["paper"]
    )
    return (
        '<div style="width:100%;height:100%;background:#6d5b4b;display:flex;align-items:center;'
        'justify-content:center"><div style="width:600px;background:#fbfaf4;padding:36px 40px;'
        "transform:rotate(-2.5deg);box-shadow:4px 6px 14px #0008;font-family:serif;font-size:17px;"
        'line-height:1.6"><div style="text-align:center;font-size:26px;color:#c00;'
        'letter-spacing:4px">'
        f'{_e(s.title)}</div>{paras}<div style="text-align:right;margin-top:24px">'
        f"{_e(s.extra['sign'])}</div></div></div>"
    )


BODIES = {
    "sms13": sms13,
    "chat13": chat13,
    "carmsg13": carmsg13,
    "rcs13": rcs13,
    "calllog13": calllog13,
    "contact13": contact13,
    "voicemail13": voicemail13,
    "wxsearch13": wxsearch13,
    "wecom13": wecom13,
    "moments13": moments13,
    "mail13": mail13,
    "dycomment13": dycomment13,
    "bill13": bill13,
    "notice13": notice13,
}
