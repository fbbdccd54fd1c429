"""HTML of one phone screen for the blind generator: skins, chrome and the screen kinds.

Written without reading the app's parser or the other generators' layouts: each skin is drawn
from how the phones look (vivo OriginOS, OPPO ColorOS, Honor MagicOS, Samsung One UI, iOS dark,
QQ, WeChat dark), with its own status bar, title bar, input box and tab bar.
"""

from __future__ import annotations

import html
from datetime import datetime

from tests.casegen.model import Screen

# Bottom bars a screen of each skin shows; the bench counts any of them in a quote as UI text.
TABS = {
    "originos_dialer": "拨号 通话记录 联系人 黄页",
    "coloros_dialer": "拨号 通话 联系人 收藏",
    "magicos_dialer": "拨号 联系人 收藏 畅连",
    "oneui_dialer": "键盘 最近记录 联系人",
    "ios_dialer": "个人收藏 最近通话 通讯录 拨号键盘 语音留言",
    "qq": "消息 频道 联系人 动态",
    "wechat": "微信 通讯录 发现 我",
    "sms_list": "信息 通知信息 收藏",
}
INPUT = {
    "originos": "短信/彩信",
    "coloros": "发送短信",
    "magicos": "输入信息",
    "oneui": "输入消息",
    "ios_dark": "iMessage信息",
    "qq": "发送",
    "wechat": "按住 说话",
}

# Other chrome the pages draw: a chat title's subtitle, call-log labels and tags, page titles.
CHROME = (
    "QQ 在线",
    "疑似催收 骚扰电话 未接来电 呼出 呼入 未知 手机",
    "通话记录 最近通话 最近记录 通话 信息",
    "立即还款",
)

SKINS = {
    "originos": dict(bg="#f4f5f7", fg="#1b1b1b", sub="#8b909a", inb="#ffffff", outb="#4a7ef7",
                     outf="#ffffff", head="#f4f5f7", line="#e6e7ea", miss="#e8483f"),
    "coloros": dict(bg="#ffffff", fg="#111111", sub="#8c8c8c", inb="#f1f1f1", outb="#2fb25b",
                    outf="#ffffff", head="#ffffff", line="#eeeeee", miss="#f0433a"),
    "magicos": dict(bg="#f1f3f5", fg="#191919", sub="#7d8590", inb="#ffffff", outb="#2673ff",
                    outf="#ffffff", head="#f1f3f5", line="#e3e5e8", miss="#e84026"),
    "oneui": dict(bg="#f6f6f6", fg="#101010", sub="#7a7a7a", inb="#ffffff", outb="#cfe3ff",
                  outf="#101010", head="#f6f6f6", line="#e4e4e4", miss="#d93b30"),
    "ios_dark": dict(bg="#000000", fg="#f2f2f7", sub="#8e8e93", inb="#26252a", outb="#0a84ff",
                     outf="#ffffff", head="#121214", line="#2c2c2e", miss="#ff453a"),
    "qq": dict(bg="#f2f3f5", fg="#1a1a1a", sub="#8d939c", inb="#ffffff", outb="#0099ff",
               outf="#ffffff", head="#ffffff", line="#e8e8e8", miss="#f04a4a"),
    "wechat_dark": dict(bg="#111111", fg="#d5d5d5", sub="#7b7b7b", inb="#2c2c2c", outb="#3eb575",
                        outf="#0f0f0f", head="#191919", line="#262626", miss="#fa5151"),
    "paper": dict(bg="#d9d4ca", fg="#1a1a1a", sub="#555555", inb="#fff", outb="#fff",
                  outf="#000", head="#d9d4ca", line="#999", miss="#c00"),
    "app": dict(bg="#fff7ef", fg="#222222", sub="#888888", inb="#fff", outb="#ff7a1a",
                outf="#fff", head="#ff7a1a", line="#f1e3d4", miss="#e33"),
}  # fmt: skip

CSS = """
*{box-sizing:border-box;margin:0;padding:0}
body{width:393px;background:%(bg)s;color:%(fg)s;font-family:"Noto Sans CJK SC",sans-serif;
 font-size:15px;min-height:852px;display:flex;flex-direction:column}
.sb{height:30px;display:flex;justify-content:space-between;align-items:center;padding:0 16px;
 font-size:12.5px;font-weight:600;background:%(head)s}
.hd{height:50px;display:flex;align-items:center;padding:0 14px;background:%(head)s;
 border-bottom:1px solid %(line)s;font-size:17px;font-weight:600}
.hd .back{width:11px;height:11px;border-left:2px solid %(fg)s;border-bottom:2px solid %(fg)s;
 transform:rotate(45deg);margin-right:14px}
.hd .t{flex:1;text-align:center;margin-right:25px}
.hd .t small{display:block;font-size:11px;color:%(sub)s;font-weight:400}
.big{font-size:30px;font-weight:400;padding:48px 22px 18px}
.body{padding:8px 12px 12px}
.sep{text-align:center;color:%(sub)s;font-size:12px;margin:14px 0 8px}
.row{display:flex;margin:7px 0;align-items:flex-start}
.row.me{flex-direction:row-reverse}
.av{width:38px;height:38px;border-radius:6px;background:#9aa4b2;flex:none}
.row.me .av{background:#b7a58c}
.col{max-width:262px;margin:0 9px}
.nick{font-size:11.5px;color:%(sub)s;margin:0 0 3px 2px}
.bub{background:%(inb)s;padding:9px 11px;border-radius:9px;line-height:1.45;word-break:break-all}
.row.me .bub{background:%(outb)s;color:%(outf)s}
.sms .av{display:none}.sms .col{max-width:285px;margin:0 4px}
.sms .bub{border-radius:17px}
.img{width:150px;height:190px;background:#eee;border:1px solid #ccc;padding:8px;font-size:11px;
 color:#333;line-height:1.5}
.inp{position:relative;margin-top:auto;display:flex;align-items:center;padding:8px 12px;
 border-top:1px solid %(line)s}
.inp span{flex:1;background:%(inb)s;border-radius:18px;padding:7px 12px;color:%(sub)s;
 font-size:13px}
.tabs{display:flex;justify-content:space-around;border-top:1px solid %(line)s;padding:8px 0 14px;
 font-size:11px;color:%(sub)s;margin-top:auto;background:%(head)s}
.tabs b{font-weight:400}.tabs b:nth-child(2){color:%(outb)s}
.li{display:flex;align-items:center;padding:11px 16px;border-bottom:1px solid %(line)s}
.li .ic{width:18px;margin-right:12px;flex:none}
.li .ic i{display:block;width:9px;height:9px;border-left:2px solid %(miss)s;
 border-bottom:2px solid %(miss)s}
.li .ic i.ok{border-color:%(sub)s}
.li .m{flex:1;min-width:0}
.li .n{font-size:16.5px}.li .n.miss{color:%(miss)s}
.li .s{font-size:12px;color:%(sub)s;margin-top:3px;white-space:nowrap;overflow:hidden}
.li .tm{font-size:12.5px;color:%(sub)s;margin-left:8px;text-align:right;white-space:nowrap}
.li .info{width:20px;height:20px;border:1.5px solid %(outb)s;border-radius:50%%;margin-left:10px}
.tag{color:%(miss)s}
.doc{margin:26px 20px;background:#fffdf8;padding:26px 22px;line-height:1.9;font-size:14px;
 box-shadow:0 2px 8px rgba(0,0,0,.35);font-family:"Noto Serif CJK SC",serif}
.doc h1{text-align:center;font-size:22px;letter-spacing:6px;margin-bottom:14px}
.doc .seal{width:96px;height:96px;border:3px solid #d22;border-radius:50%%;color:#d22;
 font-size:11px;display:flex;align-items:center;justify-content:center;margin:12px 0 0 auto;
 text-align:center}
.idc{margin:60px 16px;height:246px;padding-right:120px !important;
 border-radius:12px;background:linear-gradient(135deg,#e9f1f6,
 #d4e4ec);padding:18px 20px;font-size:13.5px;line-height:2;position:relative}
.idc .ph{position:absolute;right:18px;top:28px;width:92px;height:118px;background:#b8c3cc}
.idc .l{color:#39719a;margin-right:10px}
.bill{background:%(head)s;color:#fff;padding:14px 18px 26px}
.bill .amt{font-size:34px;font-weight:700;margin-top:8px}
.kv{display:flex;justify-content:space-between;padding:12px 18px;border-bottom:1px solid %(line)s}
.kv span:first-child{color:%(sub)s}
.btn{margin:22px 18px;background:%(outb)s;color:#fff;text-align:center;padding:12px;
 border-radius:22px;font-size:16px}
"""


def esc(text: str) -> str:
    return html.escape(text)


def stamp(at: datetime, captured: datetime, style: str = "chat") -> str:
    """A time as the phone prints it relative to the capture: 10:05, 昨天 22:10, 星期三, 3月12日."""
    days = (captured.date() - at.date()).days
    clock = at.strftime("%H:%M")
    week = "一二三四五六日"[at.weekday()]
    if days == 0:
        return clock
    if days == 1:
        return f"昨天 {clock}" if style != "list" else "昨天"
    if days < 7:
        return f"星期{week} {clock}" if style != "list" else f"星期{week}"
    if style == "ios":
        return f"{at.year}/{at.month}/{at.day}"
    return f"{at.month}月{at.day}日 {clock}" if style != "list" else f"{at.month}月{at.day}日"


def _status(screen: Screen) -> str:
    """The status bar: left and right halves split where the skin splits them (two spaces)."""
    left, _, right = screen.status.partition("  ")
    # A photo is shown in the gallery: white status bar on black above the picture.
    dark = ' style="background:#000;color:#fff"' if screen.kind in ("id_card", "court") else ""
    return f'<div class="sb"{dark}><span>{esc(left)}</span><span>{esc(right)}</span></div>'


def _header(title: str, sub: str = "") -> str:
    small = f"<small>{esc(sub)}</small>" if sub else ""
    return f'<div class="hd"><i class="back"></i><div class="t">{esc(title)}{small}</div></div>'


def _tabs(key: str) -> str:
    return '<div class="tabs">' + "".join(f"<b>{w}</b>" for w in TABS[key].split()) + "</div>"


def _chat(screen: Screen, sms: bool) -> str:
    out, last = [], None
    for msg in screen.messages:
        if last is None or (msg.at - last).total_seconds() > 300:
            style = "ios" if screen.skin == "ios_dark" else "chat"
            out.append(f'<div class="sep">{esc(stamp(msg.at, screen.captured, style))}</div>')
        last = msg.at
        me = msg.sender == "me"
        nick = (
            f'<div class="nick">{esc(msg.sender)}</div>'
            if screen.kind == "group" and not me
            else ""
        )
        if msg.text.startswith("[图片]"):
            body = f'<div class="img">{esc(msg.text[4:])}</div>'
        else:
            body = f'<div class="bub">{esc(msg.text)}</div>'
        out.append(
            f'<div class="row{" me" if me else ""}"><i class="av"></i>'
            f'<div class="col">{nick}{body}</div></div>'
        )
    cls = "body sms" if sms else "body"
    return f'<div class="{cls}">{"".join(out)}</div>'


def _sms_list(screen: Screen) -> str:
    rows = []
    for msg in screen.messages:
        preview = msg.text if len(msg.text) <= 22 else msg.text[:21] + "…"
        rows.append(
            f'<div class="li"><i class="av" style="border-radius:50%;margin-right:12px"></i>'
            f'<div class="m"><div class="n">{esc(msg.sender)}</div>'
            f'<div class="s">{esc(preview)}</div></div>'
            f'<div class="tm">{esc(stamp(msg.at, screen.captured, "list"))}</div></div>'
        )
    return f'<div class="big">{esc(screen.title)}</div>' + "".join(rows) + _tabs("sms_list")


def _call_log(screen: Screen) -> str:
    style = "ios" if screen.skin == "ios_dark" else "list"
    rows = []
    for row in screen.calls:
        who = row.name or row.number
        count = f" ({row.count})" if row.count > 1 else ""
        where = row.tag if row.tag else ("手机" if row.name else "未知")
        if not row.name and row.tag:
            where = f'<span class="tag">{esc(row.tag)}</span>'
        else:
            where = esc(where)
        kind = "未接来电" if row.missed else ("呼出" if not row.collector and row.name else "呼入")
        sub = where if screen.skin == "ios_dark" else f"{kind} · {where}"
        when = stamp(row.at, screen.captured, style)
        if screen.skin in ("coloros", "magicos") and when.startswith("昨天"):
            when = f"昨天 {row.at:%H:%M}"
        info = '<i class="info"></i>' if screen.skin == "ios_dark" else ""
        rows.append(
            f'<div class="li"><div class="ic"><i class="{"" if row.missed else "ok"}"></i></div>'
            f'<div class="m"><div class="n{" miss" if row.missed else ""}">{esc(who)}{count}</div>'
            f'<div class="s">{sub}</div></div><div class="tm">{esc(when)}</div>{info}</div>'
        )
    head = f'<div class="big">{esc(screen.title)}</div>'
    key = {"ios_dark": "ios_dialer"}.get(screen.skin, f"{screen.skin}_dialer")
    return head + "".join(rows) + _tabs(key)


def _document(screen: Screen) -> str:
    fields = dict(screen.fields)
    if screen.kind == "id_card":
        lines = "".join(
            f'<div><span class="l">{esc(k)}</span>{esc(v)}</div>'
            for k, v in screen.fields
            if k != "公民身份号码"
        )
        number = fields.get("公民身份号码", "")
        return (
            f'<div class="idc"><i class="ph"></i>{lines}'
            f'<div style="margin-top:16px"><span class="l">公民身份号码</span>'
            f'<b style="letter-spacing:2px">{esc(number)}</b></div></div>'
        )
    body = "".join(f"<p>{esc(v)}</p>" for k, v in screen.fields if k == "正文")
    seal = fields.get("落款", "")
    return (
        f'<div class="doc"><h1>{esc(screen.title)}</h1><p>{esc(fields.get("致", ""))}：</p>'
        f'{body}<p style="text-align:right;margin-top:14px">{esc(seal)}</p>'
        f'<p style="text-align:right">{esc(fields.get("日期", ""))}</p>'
        f'<div class="seal">{esc(seal[:8])}</div></div>'
    )


def _bill(screen: Screen) -> str:
    fields = list(screen.fields)
    top_label, top_value = fields[0]
    kvs = "".join(
        f'<div class="kv"><span>{esc(k)}</span><span>{esc(v)}</span></div>' for k, v in fields[1:]
    )
    return (
        f'<div class="bill"><div style="font-size:15px">{esc(top_label)}</div>'
        f'<div class="amt">{esc(top_value)}</div></div>{kvs}<div class="btn">立即还款</div>'
    )


def page_html(screen: Screen) -> str:
    """The whole page of one screen."""
    skin = SKINS[screen.skin]
    css = CSS % skin
    parts = [_status(screen)]
    if screen.kind in ("chat", "group", "sms_thread"):
        sub = "QQ 在线" if screen.app == "qq" else ""
        parts.append(_header(screen.title, sub))
        parts.append(_chat(screen, sms=screen.kind == "sms_thread"))
        key = screen.app if screen.app in ("wechat", "qq") else screen.skin
        parts.append(f'<div class="inp"><span>{esc(INPUT[key])}</span></div>')
    elif screen.kind == "sms_list":
        parts.append(_sms_list(screen))
    elif screen.kind == "call_log":
        parts.append(_call_log(screen))
    elif screen.kind == "bill":
        parts.append(_header(screen.title))
        parts.append(_bill(screen))
    else:
        parts.append(_document(screen))
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head>'
        f"<body>{''.join(parts)}</body></html>"
    )
