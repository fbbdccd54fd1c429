"""Chat apps of the twelfth set, drawn with HTML/CSS of their own.

KakaoTalk-like (grey-blue room, yellow own bubbles, names over bubbles, time beside the bubble),
Viber-like (purple), Zalo-like (blue bar, cards), a Discord-like channel (no bubbles: avatar, name,
time on one line, words under), a 贝壳-like housing chat with a listing card, a 旺旺-like shop chat
with an order card, a 网易云-like 私信, 豆邮-like mails and an SMS thread dressed per phone.
"""

from __future__ import annotations

from html import escape

from tests.blindgen12.model import Msg, Screen, when

# The words each app draws around people's words: composer, buttons, quick actions.
CHAT_CHROME = {
    "kakao12": "发送 搜索",
    "viber12": "撰写消息… 贴图 GIF",
    "zalo12": "输入消息 相册 名片",
    "discord12": "发消息 成员 话题",
    "house12": "发房源 约看房 打电话 换微信",
    "wangwang12": "订单 优惠券 评价",
    "netease12": "发私信 分享歌曲",
    "douban12": "回复 举报 删除",
    "sms12": "短信/彩信 发送",
}

_STYLE = {
    # app: header bg, header fg, room bg, their bubble, own bubble, own text, time style
    "kakao12": ("#b2c7d9", "#222", "#b2c7d9", "#fff", "#fee500", "#222", "half"),
    "viber12": ("#7360f2", "#fff", "#f4f2fb", "#fff", "#e3dcff", "#222", "cn"),
    "zalo12": ("#0068ff", "#fff", "#e2e9f1", "#fff", "#d5e8ff", "#123", "cn"),
    "house12": ("#fff", "#222", "#f5f6f8", "#fff", "#2f9e6e", "#fff", "cn"),
    "wangwang12": ("#ff6a00", "#fff", "#f2f2f2", "#fff", "#ffd9bf", "#222", "full"),
    "netease12": ("#e4393c", "#fff", "#f6f6f6", "#fff", "#e4393c", "#fff", "cn"),
}
# Room backgrounds dark enough that names and times over them are drawn light.
_DARK = ("#000", "#161a2b", "#2c3440", "#1f2a3a")
_SMS = {
    # phone skin: room bg, their bubble, own bubble, own text, their text, time style
    "metro12": ("#000", "#1ba1e2", "#0a5d85", "#fff", "#fff", "en"),
    "sense12": ("#eceff1", "#fff", "#8bc34a", "#fff", "#222", "cn"),
    "xos12": ("#161a2b", "#2a3150", "#3d7bff", "#fff", "#e8ecff", "half"),
    "cupertino12": ("#fff", "#e5e5ea", "#34c759", "#fff", "#000", "cn"),
    "webos12": ("#d9d4cc", "#fff", "#f6b93b", "#222", "#222", "en"),
}


def _avatar(who: str, color: str = "#8aa") -> str:
    glyph = escape(who.lstrip("+")[:1])
    return (
        f'<div style="width:36px;height:36px;border-radius:12px;background:{color};color:#fff;'
        f'flex:none;display:flex;align-items:center;justify-content:center;font-size:15px">'
        f"{glyph}</div>"
    )


def _words(msg: Msg, color: str) -> str:
    if msg.kind == "image":
        return '<div style="width:150px;height:110px;background:linear-gradient(#9ab,#456)"></div>'
    if msg.kind == "voice":
        secs = 4 + len(msg.text) // 5
        return (
            f'<div>&#9654; <span style="letter-spacing:2px">)))</span> {secs}"</div>'
            f'<div style="margin-top:6px;padding-top:6px;border-top:1px solid rgba(0,0,0,.1);'
            f'color:{color}">{escape(msg.text)}</div>'
        )
    return escape(msg.text)


def _separators(msgs: list[Msg], captured, style: str):
    """Each line with the time separator a chat draws before it (a gap of over 20 minutes)."""
    last = None
    for msg in msgs:
        gap = last is None or (msg.at - last).total_seconds() > 1200
        yield (when(msg.at, captured, style) if gap else ""), msg
        last = msg.at


def _sep(text: str, color: str = "#889") -> str:
    return (
        f'<div style="text-align:center;color:{color};font-size:11px;margin:10px 0">'
        f"{escape(text)}</div>"
    )


def bubbles(screen: Screen, room: tuple[str, str, str, str, str, str], names: bool) -> str:
    """The message list: their bubbles left with an avatar, own bubbles right."""
    bg, theirs, mine, mine_fg, theirs_fg, style = room
    widest = 520 if screen.skin == "land12" else 250  # a landscape room lets lines run long
    out = []
    for sep, msg in _separators(screen.msgs, screen.shot_at, style):
        if sep:
            out.append(_sep(sep, "#aab" if bg in _DARK else "#778"))
        if msg.kind == "system":
            out.append(_sep(msg.text, "#99a"))
            continue
        own = msg.who == "me"
        fill, ink = (mine, mine_fg) if own else (theirs, theirs_fg)
        bubble = (
            f'<div style="max-width:{widest}px;background:{fill};color:{ink};padding:8px 11px;'
            f"border-radius:{'14px 4px 14px 14px' if own else '4px 14px 14px 14px'};"
            f'font-size:14.5px;line-height:1.45;overflow-wrap:break-word">{_words(msg, ink)}</div>'
        )
        label = (
            f'<div style="font-size:11.5px;color:{"#ccd" if bg in _DARK else "#556"};'
            f'margin-bottom:3px">{escape(msg.who)}</div>'
            if names and not own
            else ""
        )
        if own:
            out.append(
                f'<div style="display:flex;justify-content:flex-end;margin:8px 10px">{bubble}</div>'
            )
        else:
            out.append(
                f'<div style="display:flex;gap:8px;margin:8px 10px">{_avatar(msg.who)}'
                f"<div>{label}{bubble}</div></div>"
            )
    return f'<div style="background:{bg};padding:4px 0 10px">{"".join(out)}</div>'


def _header(title: str, bg: str, fg: str, sub: str = "") -> str:
    small = f'<div style="font-size:11px;opacity:.8">{escape(sub)}</div>' if sub else ""
    return (
        f'<div style="height:52px;background:{bg};color:{fg};display:flex;align-items:center;'
        f'gap:14px;padding:0 14px;border-bottom:1px solid rgba(0,0,0,.08)"><span>&#8592;</span>'
        f'<div style="flex:1"><div style="font-size:16px;font-weight:600">{escape(title)}</div>'
        f"{small}</div><span>&#8942;</span></div>"
    )


def _composer(app: str, bg: str = "#fff", fg: str = "#999") -> str:
    words = CHAT_CHROME[app].split()
    if app == "house12":
        quick = "".join(
            f'<span style="border:1px solid #ddd;border-radius:14px;padding:3px 9px">{w}</span>'
            for w in words
        )
        return (
            f'<div style="background:#fff;padding:8px;display:flex;gap:6px;font-size:12px;'
            f'color:#333">{quick}</div>'
            '<div style="background:#fff;padding:6px 10px 10px"><div style="height:34px;'
            'border-radius:17px;background:#f0f0f0"></div></div>'
        )
    hint, rest = words[0], words[1:]
    tail = "".join(f'<span style="margin-left:10px">{escape(w)}</span>' for w in rest)
    return (
        f'<div style="background:{bg};padding:8px 10px;display:flex;align-items:center;'
        f'color:{fg};font-size:13px;border-top:1px solid rgba(0,0,0,.08)">'
        f'<div style="flex:1;height:34px;border-radius:17px;background:rgba(127,127,127,.15);'
        f'padding:8px 14px">{escape(hint)}</div>{tail}</div>'
    )


def _column(head: str, middle: str, foot: str, bg: str) -> str:
    return (
        f'<div style="height:100%;display:flex;flex-direction:column;background:{bg}">{head}'
        f'<div style="flex:1;overflow:hidden">{middle}</div>{foot}</div>'
    )


def _card(screen: Screen) -> str:
    card = screen.extra.get("card")
    if not card:
        return ""
    lines = "".join(f"<div>{escape(line)}</div>" for line in card)
    return (
        '<div style="margin:8px 10px;background:#fff;border-radius:8px;padding:10px;'
        f'font-size:12.5px;color:#444;box-shadow:0 1px 3px rgba(0,0,0,.1)">{lines}</div>'
    )


def room_chat(screen: Screen) -> str:
    """Kakao-, Viber-, Zalo-, housing-, 旺旺- and 网易云-like rooms, one drawing, own colours."""
    head_bg, head_fg, bg, theirs, mine, mine_fg, style = _STYLE[screen.app]
    dark = screen.extra.get("dark_wall")
    if dark:  # a dark wallpaper set behind the chat
        bg = dark
    room = (bg, theirs, mine, mine_fg, "#222", style)
    names = screen.app in ("kakao12", "zalo12")
    return _column(
        _header(screen.title, head_bg, head_fg, screen.extra.get("sub", "")),
        _card(screen) + bubbles(screen, room, names),
        _composer(screen.app),
        bg,
    )


def sms12(screen: Screen, skin: str) -> str:
    """An SMS thread in the phone's own messaging app."""
    room = _SMS[skin]
    if skin == "metro12":  # Metro: lower-case title, no header bar
        head = (
            f'<div style="padding:10px 16px;color:#fff;background:#000"><div style="font-size:'
            f'12px;color:#1ba1e2">MESSAGING</div><div style="font-size:26px;font-weight:300">'
            f"{escape(screen.title.lower())}</div></div>"
        )
    elif skin == "cupertino12":
        head = (
            '<div style="background:#f7f7f7;text-align:center;padding:6px 0;'
            'border-bottom:1px solid #ddd"><div style="width:40px;height:40px;margin:auto;'
            'border-radius:20px;background:#aab"></div>'
            f'<div style="font-size:12px">{escape(screen.title)} &#8250;</div></div>'
        )
    else:
        dark = skin == "xos12"
        head = _header(screen.title, "#22283f" if dark else "#37474f", "#fff")
    foot = _composer("sms12", "#000" if skin == "metro12" else "#fff", "#888")
    return _column(head, bubbles(screen, room, False), foot, room[0])


def discord12(screen: Screen) -> str:
    """A Discord-like DM: dark, avatar and name with time, the words beneath (no bubbles)."""
    rows = []
    for sep, msg in _separators(screen.msgs, screen.shot_at, "full"):
        if sep:
            rows.append(_sep(sep, "#949ba4"))
        who = "Me" if msg.who == "me" else msg.who
        rows.append(
            f'<div style="display:flex;gap:10px;margin:10px 12px">{_avatar(who, "#5865f2")}'
            f'<div><div style="font-size:13px"><b style="color:#f2f3f5">{escape(who)}</b> '
            f'<span style="color:#949ba4;font-size:11px">{msg.at:%H:%M}</span></div>'
            '<div style="color:#dbdee1;font-size:14.5px;line-height:1.45;'
            f'overflow-wrap:break-word">'
            f"{escape(msg.text)}</div></div></div>"
        )
    hint, *rest = CHAT_CHROME["discord12"].split()
    head = (
        '<div style="height:50px;background:#2b2d31;color:#f2f3f5;display:flex;'
        f'align-items:center;gap:10px;padding:0 14px"><span>&#8592; @</span>'
        f'<b style="flex:1">{escape(screen.title)}</b>'
        f'<span style="font-size:12px;color:#b5bac1">{" ".join(rest)}</span></div>'
    )
    foot = (
        '<div style="padding:10px;background:#313338"><div style="background:#383a40;'
        f'border-radius:8px;padding:10px;color:#80848e;font-size:13px">给 @{escape(screen.title)}'
        f" {hint}</div></div>"
    )
    return _column(head, "".join(rows), foot, "#313338")


def douban12(screen: Screen) -> str:
    """豆邮-like mails: each one a block with its sender, date and whole body."""
    blocks = []
    for msg in screen.msgs:
        who = "我" if msg.who == "me" else msg.who
        blocks.append(
            '<div style="border-bottom:1px solid #e5e5e5;padding:12px 14px">'
            f'<div style="font-size:13px"><span style="color:#37a">{escape(who)}</span>'
            f'<span style="color:#aaa;float:right">{msg.at:%Y-%m-%d %H:%M:%S}</span></div>'
            f'<div style="font-size:14px;line-height:1.6;color:#111;margin-top:6px;'
            f'white-space:pre-wrap">{escape(msg.text)}</div></div>'
        )
    words = "".join(
        f'<span style="color:#37a;margin-right:16px">{w}</span>'
        for w in CHAT_CHROME["douban12"].split()
    )
    head = _header(f"豆邮 · {screen.title}", "#fff", "#072")
    return _column(head, "".join(blocks), f'<div style="padding:12px 14px">{words}</div>', "#fff")
