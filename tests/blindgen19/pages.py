"""HTML pages of the nineteenth set's apps, on any of its skins; and the text each page draws."""

from __future__ import annotations

import re
from html import escape, unescape

from tests.blindgen19.model import Call, Deco, Msg, Screen
from tests.blindgen19.skins import css, status_bar

# Every bar, button and input-box string per app, one bar a line.
CHROME = {
    "sms19": "短信/彩信\n发送",
    "smsbox19": "信息\n搜索短信",
    "calls19": "全部通话 未接来电\n拨号 通话 联系人 收藏",
    "recs19": "通话录音\n搜索录音",
    "aiassist19": "小智代接\n回拨 标记 删除",
    "wxchat19": "",
    "wxnew19": "新的朋友 添加朋友\n微信号/手机号",
    "wxinfo19": "聊天信息\n查找聊天内容\n消息免打扰 置顶聊天\n设置备注和标签\n清空聊天记录 投诉",
    "soul19": "来自广场\n说点什么吧 发送",
    "xianyu19": "去购买\n想跟TA说点什么",
    "bill19": "借款详情\n立即还款 申请展期",
    "idcard19": "",
    "letter19": "",
}

APP_CSS = """
.hd { display: flex; align-items: center; gap: 10px; padding: 10px 14px; font-size: 17px;
      font-weight: 600; border-bottom: 1px solid rgba(128,128,128,.18); }
.hd small { display: block; font-size: 11px; font-weight: 400; color: var(--mute); }
.bk { font-size: 20px; color: var(--acc); }
.body { padding: 8px 12px 16px; }
.sep { text-align: center; color: var(--mute); font-size: 11.5px; margin: 12px 0 6px; }
.row { display: flex; gap: 8px; margin: 6px 0; align-items: flex-start; }
.row.out { flex-direction: row-reverse; }
.av { width: 36px; height: 36px; border-radius: 8px; flex: none; color: #fff; font-size: 14px;
      display: flex; align-items: center; justify-content: center; }
.who { font-size: 11px; color: var(--mute); margin-bottom: 2px; }
.bub { max-width: 250px; padding: 8px 11px; border-radius: var(--rad); background: var(--in);
       font-size: 15px; line-height: 1.45; word-break: break-all; }
.out .bub { background: var(--out); color: var(--outfg); }
.tm { font-size: 10.5px; color: var(--mute); margin-top: 2px; }
.pat { text-align: center; font-size: 12px; color: var(--mute); margin: 8px 0; }
.xfer { width: 210px; border-radius: 8px; background: #f79c46; color: #fff; padding: 10px 12px;
        font-size: 15px; }
.xfer.red { background: #f25542; }
.xfer small { display: block; font-size: 11px; border-top: 1px solid rgba(255,255,255,.4);
              margin-top: 8px; padding-top: 3px; }
body { min-height: 100vh; display: flex; flex-direction: column; }
.body { flex: 1; }
.ft { display: flex; gap: 8px; padding: 8px 12px;
      background: var(--bg); border-top: 1px solid rgba(128,128,128,.2); font-size: 14px;
      align-items: center; }
.ft .box { flex: 1; border-radius: 18px; background: var(--in); padding: 7px 12px;
           color: var(--mute); }
.ft .btn { color: var(--acc); font-weight: 600; }
.ft .ico { width: 24px; height: 24px; border: 2px solid var(--mute); border-radius: 50%; }
.tabs { display: flex; justify-content: space-around; color: var(--mute); }
.card { background: var(--card); border-radius: 12px; padding: 10px 14px; margin: 8px 0; }
.li { display: flex; justify-content: space-between; padding: 9px 0; gap: 8px;
      border-bottom: 1px solid rgba(128,128,128,.13); }
.li b { font-weight: 500; font-size: 15px; } .li .c { color: #d93025; }
.li p { font-size: 12px; color: var(--mute); } .li .t { font-size: 12px; color: var(--mute);
      white-space: nowrap; }
.tag { color: #e8710a; }
.kv { display: flex; justify-content: space-between; padding: 8px 0; font-size: 14px; }
.big { font-size: 30px; font-weight: 700; text-align: center; margin: 10px 0 2px; }
.prod { display: flex; gap: 10px; background: var(--card); border-radius: 10px; padding: 8px; }
.prod i { width: 56px; height: 56px; background: #c9ccd3; border-radius: 6px; }
.btnx { border: 1px solid var(--acc); color: var(--acc); border-radius: 14px; padding: 1px 10px;
        font-size: 12px; height: fit-content; }
.tr { font-size: 14.5px; line-height: 1.5; margin: 8px 0; }
.tr span { color: var(--mute); font-size: 12px; display: block; }
"""

_COLORS = ("#6b8afd", "#f0a04b", "#57b894", "#d46a8c", "#8e7cc3", "#4aa3c8")


def _avatar(who: str) -> str:
    color = _COLORS[sum(map(ord, who)) % len(_COLORS)]
    return f'<div class=av style="background:{color}">{escape(who[:1])}</div>'


def _bubble(msg: Msg, group: bool, avatars: bool) -> str:
    name = f"<div class=who>{escape(msg.who)}</div>" if group and msg.side == "in" else ""
    tm = f"<div class=tm>{escape(msg.label)}</div>" if msg.label and not avatars else ""
    sep = f"<div class=sep>{escape(msg.label)}</div>" if msg.label and avatars else ""
    av = _avatar(msg.who if msg.side == "in" else "我") if avatars else ""
    return (
        f"{sep}<div class='row {msg.side}'>{av}<div>{name}"
        f"<div class=bub>{escape(msg.text)}</div>{tm}</div></div>"
    )


def _deco(d: Deco) -> str:
    if d.kind == "sep":
        return f"<div class=sep>{escape(d.text)}</div>"
    if d.kind == "pat":
        return f"<div class=pat>{escape(d.text)}</div>"
    if d.kind in ("xfer", "red"):
        side, who = d.extra.split("|")
        label = "微信转账" if d.kind == "xfer" else "微信红包"
        return (
            f"<div class='row {side}'>{_avatar(who)}<div class='xfer {d.kind}'>"
            f"{escape(d.text)}<small>{label}</small></div></div>"
        )
    if d.kind == "kv":
        return f"<div class=kv><span>{escape(d.text)}</span><b>{escape(d.extra)}</b></div>"
    if d.kind == "big":
        return f"<div class=big>{escape(d.text)}</div><div class=sep>{escape(d.extra)}</div>"
    if d.kind == "prod":
        return (
            f"<div class=prod><i></i><div><b>{escape(d.text)}</b><p class=tag>"
            f"{escape(d.extra)}</p></div><span class=btnx>去购买</span></div>"
        )
    if d.kind == "li":
        return f"<div class=li><b>{escape(d.text)}</b><span class=t>{escape(d.extra)}</span></div>"
    return f"<p class=tr>{escape(d.text)}</p>"


def _call_row(c: Call) -> str:
    count = f" ({c.count})" if c.count > 1 else ""
    cls = " class=c" if c.tag or c.extra == "missed" else ""
    sub = " · ".join(x for x in (c.place, c.tag) if x)
    sub_html = f"<p>{escape(sub)}</p>" if sub else ""
    if c.extra and c.extra != "missed":
        sub_html = f"<p>{escape(c.label)} · {escape(c.extra)}</p>"
        return f"<div class=li><div><b>{escape(c.name or c.number)}</b>{sub_html}</div></div>"
    return (
        f"<div class=li><div><b{cls}>{escape(c.name or c.number)}{count}</b>{sub_html}</div>"
        f"<span class=t>{escape(c.label)}</span></div>"
    )


def _preview(m: Msg) -> str:
    return (
        f"<div class=li><div>{_avatar(m.who)}</div><div style='flex:1'><b>{escape(m.who)}</b>"
        f"<p>{escape(m.text)}…</p></div><span class=t>{escape(m.label)}</span></div>"
    )


def _request(m: Msg, button: str) -> str:
    return (
        f"<div class=li>{_avatar(m.who)}<div style='flex:1'><b>{escape(m.who)}</b>"
        f"<p>{escape(m.text)}</p></div><span class=btnx>{escape(button)}</span></div>"
    )


def _transcript(m: Msg) -> str:
    side = "来电方" if m.side == "in" else "小智"
    return f"<div class=tr><span>{side} {escape(m.label)}</span>{escape(m.text)}</div>"


def _body(s: Screen) -> str:
    group = "(" in s.title
    avatars = s.app in ("wxchat19", "soul19", "xianyu19")
    out = []
    for i, item in enumerate(s.items):
        out.append(f"<div data-i={i}>")
        if isinstance(item, Call):
            out.append(_call_row(item))
        elif isinstance(item, Deco):
            out.append(_deco(item))
        elif item.kind == "preview":
            out.append(_preview(item))
        elif item.kind == "req":
            out.append(_request(item, "接受" if item.side == "in" else "已添加"))
        elif item.kind == "transcript":
            out.append(_transcript(item))
        else:
            out.append(_bubble(item, group, avatars))
        out.append("</div>")
    return "".join(out)


def _header(s: Screen) -> str:
    title, _, sub = s.title.partition("|")
    small = f"<small>{escape(sub)}</small>" if sub else ""
    return f"<div class=hd><span class=bk>‹</span><div>{escape(title)}{small}</div></div>"


def _footer(app: str) -> str:
    bars = CHROME[app].split("\n")
    if app in ("sms19", "soul19"):
        words = bars[-1].split() if app == "soul19" else [bars[0], bars[1]]
        box, button = words
        return f"<div class=ft><span class=box>{box}</span><span class=btn>{button}</span></div>"
    if app == "xianyu19":
        return f"<div class=ft><span class=box>{bars[1]}</span><span class=ico></span></div>"
    if app == "wxchat19":
        # Voice, an empty box, emoji and plus: WeChat's input bar draws no words.
        icon = "<span class=ico></span>"
        return f"<div class=ft>{icon}<span class=box>&nbsp;</span>{icon}{icon}</div>"
    if app == "calls19":
        tabs = "".join(f"<span>{w}</span>" for w in bars[1].split())
        return f"<div class='ft tabs'>{tabs}</div>"
    if app in ("aiassist19", "bill19"):
        tabs = "".join(f"<span class=btn>{w}</span>" for w in bars[-1].split())
        return f"<div class='ft tabs'>{tabs}</div>"
    return ""


def _top(s: Screen) -> str:
    """The app's own chrome above the items: tab bars, search boxes, section titles."""
    bars = CHROME[s.app].split("\n")
    if s.app == "calls19":
        tabs = "".join(f"<span>{w}</span>" for w in bars[0].split())
        return f"<div class='card tabs'>{tabs}</div>"
    if s.app in ("smsbox19", "recs19"):
        search = f"<div class=card style='color:var(--mute)'>{bars[1]}</div>"
        return f"<div class=hd>{bars[0]}</div>{search}"
    if s.app == "wxnew19":
        first, second = bars[0].split()
        return (
            f"<div class=hd><span class=bk>‹</span>{first}<span style='margin-left:auto;"
            f"font-size:14px'>{second}</span></div><div class=card style='color:var(--mute);"
            f"text-align:center'>{bars[1]}</div>"
        )
    if s.app == "wxinfo19":
        rows = "".join(
            f"<div class=card>{b.replace(' ', '</div><div class=card>')}</div>" for b in bars[1:]
        )
        return f"<div class=hd><span class=bk>‹</span>{bars[0]}</div>{rows}"
    if s.app in ("aiassist19", "bill19"):
        return f"<div class=hd><span class=bk>‹</span>{bars[0]}</div>"
    if s.app == "soul19":
        return _header(s) + f"<div class=sep>{bars[0]}</div>"
    return _header(s) if s.title else ""


def page_html(s: Screen) -> str:
    """The whole page for chromium: skin CSS, status bar, the app's chrome and items."""
    clock, net, pct = s.captured.strftime("%H:%M"), s.net, s.battery
    bar = (
        ""
        if "crop19" in s.post or s.app in ("idcard19", "letter19")
        else status_bar(s.skin, clock, net, pct)
    )
    if s.app in ("idcard19", "letter19"):
        from tests.blindgen19.papers import paper_html

        return paper_html(s)
    body = _body(s)
    return (
        f"<html><head><meta charset=utf-8><style>{css(s.skin)}{APP_CSS}</style></head><body>"
        f"{bar}{_top(s)}<div class=body>{body}</div>{_footer(s.app)}</body></html>"
    )


def drawn_text(s: Screen) -> str:
    """What the page draws as text: tags stripped, entities read, the dot clock's label kept."""
    html = page_html(s)
    html = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    labels = " ".join(re.findall(r'aria-label="([^"]*)"', html))
    return unescape(re.sub(r"<[^>]+>", "\n", html)) + "\n" + labels
