"""Set 25's pages as HTML with its own CSS, for headless Chromium; each also lists its words."""

# ruff: noqa: E501 -- the pages are HTML and CSS templates, kept one tag per line.

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from tests.blindgen25.model import Screen

# UI chrome each app draws (tab bars, buttons, placeholders): never a person's words.
CHROME = {
    "sms25": "快捷回复 发送短信\n好的 稍后回复 已收到",
    "inbox25": "信息 编辑\n全部 通知 陌生人",
    "calls25": "拨号 通话 联系人 收藏\n全部通话 未接来电",
    "wxchat25": "按住 说话\n转文字 发送",
    "dm25": "消息请求 回复后对方可继续发消息\n接受 删除 举报",
    "lock25": "上滑解锁",
    "bill25": "立即还款 查看协议\n账单详情 还款计划",
    "contact25": "呼叫 信息 视频\n加入黑名单 分享联系人",
    "report25": "举报受理回执 返回首页",
    "paper25": "",
}

SKINS = {
    # font, background, bar, text, dim, mine bubble, their bubble, accent
    "aurora25": ("-apple-system,'Noto Sans CJK SC'", "#f2f2f7", "#f9f9fb", "#111", "#8e8e93",
                 "#0a84ff", "#e5e5ea", "#0a84ff"),
    "ember25": ("'Noto Sans CJK SC',Roboto", "#121212", "#1d1d1f", "#ececec", "#9a9a9a",
                "#2f6b3f", "#2a2a2c", "#58c27d"),
    "mint25": ("'Noto Sans CJK SC',sans-serif", "#f4f7f6", "#ffffff", "#1b1f1e", "#7a8481",
               "#95ec69", "#ffffff", "#12b886"),
    "dusk25": ("-apple-system,'Noto Sans CJK SC'", "#000", "#161618", "#f5f5f7", "#8d8d93",
               "#3a7bfd", "#262629", "#3a7bfd"),
}  # fmt: skip


@dataclass
class Page:
    html: str
    texts: list[str] = field(default_factory=list)


def _css(s: Screen) -> str:
    font, bg, bar, fg, dim, mine, theirs, acc = SKINS[s.skin]
    mine_fg = "#111" if s.skin == "mint25" else "#fff"
    return f"""
*{{box-sizing:border-box}} body{{margin:0;width:{s.size[0]}px;height:{s.size[1]}px;overflow:hidden;
background:{bg};color:{fg};font-family:{font};font-size:15px}}
.sb{{height:40px;display:flex;justify-content:space-between;align-items:center;padding:0 22px;
font-weight:600;font-size:14px;background:{bar}}}
.hd{{background:{bar};padding:6px 14px 10px;display:flex;align-items:center;gap:10px;
box-shadow:0 1px 0 rgba(127,127,127,.25)}} .hd b{{font-size:17px}} .hd small{{color:{dim}}}
.back{{color:{acc};font-size:22px}}
.body{{padding:8px 12px}} .stamp{{text-align:center;color:{dim};font-size:12px;margin:12px 0 6px}}
.row{{display:flex;margin:6px 0;gap:8px;align-items:flex-start}} .row.me{{flex-direction:row-reverse}}
.av{{width:36px;height:36px;border-radius:9px;flex:none;display:flex;align-items:center;
justify-content:center;color:#fff;font-size:14px;background:linear-gradient(135deg,#7c8cf8,#4bb3a8)}}
.bub{{max-width:72%;padding:9px 12px;border-radius:16px;background:{theirs};line-height:1.45;
box-shadow:0 1px 2px rgba(0,0,0,.12);word-break:break-all}}
.me .bub{{background:{mine};color:{mine_fg}}} .nick{{font-size:12px;color:{dim};margin-bottom:2px}}
.voice{{font-size:13px;color:{dim}}} .vt{{margin-top:6px;padding:7px 10px;border-radius:10px;
background:rgba(127,127,127,.15)}}
.chips{{display:flex;gap:8px;padding:8px 12px;flex-wrap:wrap}} .chip{{border:1px solid {acc};
color:{acc};border-radius:16px;padding:4px 12px;font-size:13px}}
.input{{position:absolute;bottom:0;left:0;right:0;background:{bar};padding:10px 12px 26px;
display:flex;gap:8px;align-items:center}} .input span{{flex:1;background:rgba(127,127,127,.15);
border-radius:18px;padding:8px 14px;color:{dim}}} .btn{{color:{acc};font-weight:600}}
.list .it{{display:flex;gap:10px;padding:11px 14px;border-bottom:1px solid rgba(127,127,127,.2)}}
.it .mid{{flex:1;min-width:0}} .it .t{{font-weight:600}} .it .p{{color:{dim};font-size:14px;
line-height:1.4}} .it .r{{color:{dim};font-size:12px;text-align:right}}
.grp{{padding:8px 14px 4px;color:{dim};font-size:13px;font-weight:600}}
.miss{{color:#ff453a}} .sim{{display:inline-block;font-size:10px;border:1px solid {dim};
border-radius:4px;padding:0 3px;margin-right:4px;color:{dim}}} .tag{{color:#ff9f0a;font-size:12px}}
.tabs{{position:absolute;bottom:0;left:0;right:0;display:flex;justify-content:space-around;
background:{bar};padding:10px 0 24px;color:{dim};font-size:12px}} .tabs .on{{color:{acc}}}
.notice{{margin:6px 10px;padding:8px 12px;border-radius:10px;background:rgba(255,180,0,.18);
font-size:13px}}
"""


def _doc(s: Screen, inner: str, bar: bool = True) -> str:
    sb = ""
    if bar:
        sb = f'<div class="sb"><span>{s.clock}</span><span>▂▄▆ ▮ {s.battery}</span></div>'
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><style>{_css(s)}</style></head>'
        f'<body style="position:relative">{sb}{inner}</body></html>'
    )


def e(text: str) -> str:
    return escape(text)


def _head(s: Screen, sub: str = "") -> str:
    small = f"<small>{e(sub)}</small>" if sub else ""
    return f'<div class="hd"><span class="back">‹</span><div><b>{e(s.title)}</b><br>{small}</div></div>'


def _bubbles(s: Screen, texts: list[str], names: bool) -> str:
    out = []
    for m in s.msgs:
        if m.stamp:
            out.append(f'<div class="stamp">{e(m.stamp)}</div>')
            texts.append(m.stamp)
        me = m.who == "me"
        av = (
            ""
            if me and not names
            else f'<div class="av">{e((m.who if not me else "我")[:1])}</div>'
        )
        nick = f'<div class="nick">{e(m.who)}</div>' if names and not me else ""
        if names and not me:
            texts.append(m.who)
        if m.kind == "voice":
            secs = 4 + len(m.text) // 4
            body = f'<div class="voice">▶ ))) {secs}″</div><div class="vt">{e(m.text)}</div>'
        else:
            body = e(m.text)
        texts.append(m.text)
        out.append(
            f'<div class="row{" me" if me else ""}">{av}<div>{nick}<div class="bub">{body}</div></div></div>'
        )
    return "".join(out)


def _input(app: str) -> str:
    if app == "wxchat25":
        return '<div class="input">◉<span>按住 说话</span>☺ ⊕</div>'
    return '<div class="input">⊕<span>发送短信</span><b class="btn">发送</b></div>'


def sms(s: Screen) -> Page:
    texts = [s.title]
    sub = s.lines[0] if s.lines else ""
    texts += s.lines[:1]
    chips = '<div class="chips" style="position:absolute;bottom:74px">' + "".join(
        f'<span class="chip">{c}</span>' for c in ("好的", "稍后回复", "已收到")
    )
    chips += '<span class="chip">快捷回复</span></div>'
    inner = _head(s, sub) + f'<div class="body">{_bubbles(s, texts, False)}</div>' + chips
    return Page(_doc(s, inner + _input(s.app)), texts)


def chat(s: Screen) -> Page:
    texts = [s.title]
    notice = ""
    if s.notice:
        notice = f'<div class="notice">群公告：{e(s.notice)}</div>'
        texts.append(s.notice)
    pic = ""
    if s.inner is not None:
        pic = f'<div class="row"><div class="av">{e(s.title[:1])}</div><img src="{{INNER}}" style="width:64%;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.3)"></div>'
    body = _bubbles(s, texts, s.group)
    if pic:
        # the picture goes after the first message (the one that sends it)
        first = body.find('<div class="row', body.find("</div></div></div>"))
        body = body[:first] + pic + body[first:] if first > 0 else pic + body
    head = _head(s, "")
    return Page(_doc(s, head + notice + f'<div class="body">{body}</div>' + _input(s.app)), texts)


def dm(s: Screen) -> Page:
    texts = [s.title, "消息请求", "回复后对方可继续发消息"]
    top = (
        f'{_head(s, "")}<div class="notice" style="background:rgba(254,44,85,.14)">消息请求 · '
        "对方不是你的关注 回复后对方可继续发消息</div>"
    )
    foot = '<div class="chips" style="position:absolute;bottom:30px;left:0;right:0;justify-content:space-around">'
    foot += '<span class="chip">接受</span><span class="chip">删除</span><span class="chip">举报</span></div>'
    return Page(_doc(s, top + f'<div class="body">{_bubbles(s, texts, False)}</div>' + foot), texts)


def inbox(s: Screen) -> Page:
    texts = [s.title]
    rows = []
    for m in s.msgs:
        shown = m.text + ("…" if m.kind == "preview" else "")
        texts += [m.who, shown, m.stamp]
        rows.append(
            f'<div class="it"><div class="av">{e(m.who[:1])}</div><div class="mid"><div class="t">{e(m.who)}</div>'
            f'<div class="p">{e(shown)}</div></div><div class="r">{e(m.stamp)}</div></div>'
        )
    tabs = '<div class="chips"><span class="chip">全部</span><span class="chip">通知</span><span class="chip">陌生人</span></div>'
    head = f'<div class="hd"><b style="font-size:26px">{e(s.title)}</b><span style="margin-left:auto" class="back">编辑</span></div>'
    return Page(_doc(s, head + tabs + f'<div class="list">{"".join(rows)}</div>'), texts)


def calls(s: Screen) -> Page:
    texts = [s.title]
    rows, day = [], None
    for c in s.calls:
        if c.day and c.day != day:
            day = c.day
            rows.append(f'<div class="grp">{e(day)}</div>')
            texts.append(day)
        who = c.name or c.number
        count = f" ({c.count})" if c.count > 1 else ""
        texts += [who + count, c.stamp]
        sub = f'<span class="sim">{e(c.sim)}</span>' if c.sim else ""
        sub += e(c.place)
        if c.tag:
            sub += f' <span class="tag">{e(c.tag)}</span>'
            texts.append(c.tag)
        if c.place:
            texts.append(c.place)
        cls = "t miss" if c.missed else "t"
        rows.append(
            f'<div class="it"><div class="mid"><div class="{cls}">{e(who)}{count}</div>'
            f'<div class="p">{sub}</div></div><div class="r">{e(c.stamp)}<br>ⓘ</div></div>'
        )
    head = f'<div class="hd"><b style="font-size:24px">{e(s.title)}</b></div>'
    head += '<div class="chips"><span class="chip">全部通话</span><span class="chip">未接来电</span></div>'
    tabs = '<div class="tabs"><span>拨号</span><span class="on">通话</span><span>联系人</span><span>收藏</span></div>'
    return Page(_doc(s, head + f'<div class="list">{"".join(rows)}</div>' + tabs), texts)


def contact(s: Screen) -> Page:
    texts = [s.title, *s.lines]
    top = (
        f'{_head(s, "")}<div style="text-align:center;padding:18px"><div class="av" style="width:72px;'
        f'height:72px;border-radius:36px;margin:0 auto;font-size:28px">{e(s.title[:1])}</div>'
        f'<div style="font-size:22px;margin-top:8px">{e(s.title)}</div>'
        + "".join(f'<div class="voice">{e(x)}</div>' for x in s.lines)
        + '</div><div class="chips" style="justify-content:space-around"><span class="chip">呼叫</span>'
        '<span class="chip">信息</span><span class="chip">视频</span></div><div class="grp">通话记录</div>'
    )
    texts.append("通话记录")
    rows = []
    for c in s.calls:
        kind = "未接来电" if c.missed else "呼入 1分12秒"
        texts += [c.stamp, kind]
        rows.append(
            f'<div class="it"><div class="mid">{e(c.stamp)}</div><div class="r">{kind}</div></div>'
        )
    foot = '<div class="tabs"><span>加入黑名单</span><span>分享联系人</span></div>'
    return Page(_doc(s, top + f'<div class="list">{"".join(rows)}</div>' + foot), texts)


def lock(s: Screen) -> Page:
    texts = []
    big = f'<div style="text-align:center;font-size:76px;font-weight:300;margin-top:40px">{s.clock}</div>'
    date = f'<div style="text-align:center;font-size:18px">{e(s.title)}</div>'
    texts += [s.title]
    cards = []
    for m in s.msgs:
        texts += [m.who, m.text, m.stamp]
        cards.append(
            '<div style="margin:10px 12px;padding:12px 14px;border-radius:18px;background:rgba(255,255,255,.55);'
            'backdrop-filter:blur(20px);color:#111;box-shadow:0 2px 8px rgba(0,0,0,.2)">'
            f'<div style="display:flex;font-size:13px;color:#444"><span>信息</span><span style="margin-left:auto">'
            f"{e(m.stamp)}</span></div><b>{e(m.who)}</b><div>{e(m.text)}</div></div>"
        )
    for c in s.calls:
        who = c.name or c.number
        line = f"未接来电 ({c.count})" if c.count > 1 else "未接来电"
        texts += [who, line]
        cards.append(
            '<div style="margin:10px 12px;padding:12px 14px;border-radius:18px;background:rgba(255,255,255,.55);color:#111">'
            f'<div style="font-size:13px;color:#444">电话 · {e(c.stamp)}</div><b>{e(who)}</b><div>{line}</div></div>'
        )
        texts.append(c.stamp)
    bg = "background:linear-gradient(160deg,#2b4162,#fa9e6b 70%,#e3c9a8)"
    inner = f'<div style="{bg};position:absolute;inset:0;color:#fff">{big}{date}{"".join(cards)}'
    inner += '<div style="position:absolute;bottom:30px;width:100%;text-align:center">上滑解锁</div></div>'
    return Page(_doc(s, inner), texts)


def bill(s: Screen) -> Page:
    texts = [s.title, *s.lines]
    rows = "".join(
        f'<div class="it"><div class="mid">{e(a)}</div><div class="r" style="font-size:15px">{e(b)}</div></div>'
        for a, b in (x.split("|") for x in s.lines[2:])
    )
    texts = [s.title, s.lines[0], s.lines[1]] + [p for x in s.lines[2:] for p in x.split("|")]
    head = _head(s, "")
    banner = f'<div style="margin:10px;padding:12px;border-radius:12px;background:#fff1f0;color:#d4380d;font-weight:600">{e(s.lines[0])}</div>'
    card = (
        '<div style="margin:10px;padding:18px;border-radius:16px;color:#fff;'
        'background:linear-gradient(135deg,#1677ff,#69b1ff);box-shadow:0 4px 12px rgba(22,119,255,.35)">'
        f'<div style="font-size:13px">应还总额（元）</div><div style="font-size:34px;font-weight:700">{e(s.lines[1])}</div></div>'
    )
    texts.append("应还总额（元）")
    foot = '<div class="input" style="justify-content:space-around"><span style="flex:none">查看协议</span><b class="btn">立即还款</b></div>'
    return Page(_doc(s, head + banner + card + f'<div class="list">{rows}</div>' + foot), texts)


def report(s: Screen) -> Page:
    texts = [s.title, *s.lines]
    body = "".join(f'<div style="padding:7px 16px">{e(x)}</div>' for x in s.lines)
    top = (
        _head(s, "")
        + '<div style="text-align:center;font-size:40px;color:#12b886;margin:16px">✔</div>'
    )
    foot = '<div class="input" style="justify-content:center"><b class="btn">返回首页</b></div>'
    return Page(_doc(s, top + body + foot), texts)


def paper(s: Screen) -> Page:
    texts = [s.title, *s.lines]
    body = "".join(
        f'<p style="text-indent:2em;margin:8px 0;line-height:1.7">{e(x)}</p>' for x in s.lines
    )
    inner = (
        "<div style=\"background:#fbfaf5;color:#111;padding:36px 34px;height:100%;font-family:'Noto Serif CJK SC',serif\">"
        f'<h2 style="text-align:center;letter-spacing:6px;color:#b00">{e(s.title)}</h2>'
        '<hr style="border:0;border-top:2px solid #b00">'
        f'{body}<div style="position:absolute;right:50px;bottom:120px;width:130px;height:130px;border:4px solid '
        'rgba(200,0,0,.6);border-radius:50%;transform:rotate(-14deg)"></div></div>'
    )
    return Page(_doc(s, inner, bar=False), texts)


PAINT = {
    "sms25": sms,
    "wxchat25": chat,
    "dm25": dm,
    "inbox25": inbox,
    "calls25": calls,
    "contact25": contact,
    "lock25": lock,
    "bill25": bill,
    "report25": report,
    "paper25": paper,
}


def page(s: Screen) -> Page:
    """The screen's HTML and every string it draws (the inner picture's words included)."""
    p = PAINT[s.app](s)
    if s.statuses:
        p.texts += s.statuses
    if s.inner is not None:
        p.texts += page(s.inner).texts
    return p
