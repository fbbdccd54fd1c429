"""Set 28's pages: each builds one screen's HTML on a Page and records every word it draws."""

from __future__ import annotations

from tests.blindgen28 import timefmt as tf
from tests.blindgen28.kit import Page
from tests.blindgen28.model import Msg, Screen

# The chrome words each app draws (tab bars, buttons, input placeholders): truth's "tabs".
BARS = {
    "sms": "短信 发送",
    "sms_ios": "信息 短信",
    "inbox": "信息 通知信息 搜索",
    "calllog": "拨号 通话记录 联系人 收藏",
    "calltop": "全部 未接",
    "callpage": "呼叫 发信息 拉黑 通话记录",
    "qiwei": "消息 邮件 文档 工作台 通讯录",
    "qiwei_in": "发送 按住说话",
    "flybook": "消息 云文档 日历 通讯录",
    "shortvid": "发消息 陌生人消息 发送",
    "alichat": "说点什么 转账 发送",
    "weibodm": "私信 回复 发送",
    "clan": "微信 通讯录 发现 我",
    "clan_in": "发送 表情",
    "lock": "上滑解锁 相机",
    "bill": "立即还款 账单详情 还款计划",
}
BAR_WORDS = list(BARS.values())

ME_NAMES = {"me": "我"}


def _clock(p: Page, s: Screen) -> None:
    p.status(f"{s.captured:%H:%M}", s.extra.get("battery", 64), s.extra.get("net", "5G"))


def _bar(p: Page, key: str, on: str = "") -> None:
    words = BARS[key].split()
    cells = "".join(f'<div class="{"on" if w == on else ""}">{p.t(w)}</div>' for w in words)
    p.add(f'<div class="tabs">{cells}</div>')


def _top(p: Page, title: str, sub: str = "", back: str = "‹", more: str = "···") -> None:
    sub_html = f'<div class="sub">{p.t(sub)}</div>' if sub else ""
    p.add(
        f'<div class="top"><div class="back">{back}</div><div class="tt"><div class="name">'
        f'{p.t(title)}</div>{sub_html}</div><div class="more">{more}</div></div>'
    )


def _pic(p: Page, m: Msg) -> str:
    """A picture sent in a chat: the borrower's ID card and a page of their contacts."""
    lines = m.text.split("\n")
    rows = "".join(f'<div style="padding:2px 0">{p.t(x)}</div>' for x in lines[1:])
    return (
        '<div class="pic" style="width:210px;font-size:12px;line-height:1.35">'
        f'<div style="background:#dfe9f3;padding:6px 8px;font-weight:700">{p.t(lines[0])}</div>'
        f'<div style="padding:6px 8px">{rows}</div></div>'
    )


def _fwd(p: Page, m: Msg, s: Screen) -> str:
    src = s.extra.get("inner_src", "")
    width = s.extra.get("inner_w", 170)
    if s.inner is not None:
        p.texts.extend(page_of(s.inner).texts)
    return (
        f'<div class="pic"><img src="{src}" style="display:block;width:{width}px;'
        f'min-height:40px"></div>'
    )


def chat_body(
    p: Page,
    s: Screen,
    avatars: str = "both",
    group: bool = False,
    style: str = "rel",
    every: int = 3,
    photo: bool = False,
) -> None:
    """Bubbles with a time line every few messages or after a long gap."""
    p.add('<div class="body">')
    last = None
    since = 0
    for m in s.msgs:
        if m.kind == "sys":
            p.add(f'<div class="sys">{p.t(m.text)}</div>')
            continue
        gap = last is None or (m.at - last).total_seconds() > 3 * 3600
        if gap or since >= every:
            p.add(f'<div class="sep">{p.t(tf.sep(m.at, s.captured, style))}</div>')
            since = 0
        since += 1
        last = m.at
        mine = m.who == "me"
        name = m.shown or m.who
        av = ""
        if avatars == "both" or (avatars == "them" and not mine):
            av = p.avatar(s.owner if mine else name, photo)
        nick = f'<div class="nick">{p.t(name)}</div>' if group and not mine else ""
        if m.kind == "pic":
            inner = _pic(p, m)
        elif m.kind == "fwd":
            inner = _fwd(p, m, s)
        else:
            inner = f'<div class="bub">{p.t(m.text)}</div>'
        p.add(
            f'<div class="row{" me" if mine else ""}">{av}<div class="col">{nick}{inner}'
            "</div></div>"
        )
    p.add("</div>")


def sms_thread(s: Screen) -> Page:
    p = Page(s.skin, s.extra.get("height"))
    _clock(p, s)
    ios = s.skin == "iosphoto28"
    if ios:
        p.add(
            '<div style="flex:none;text-align:center;padding:4px 0 8px;border-bottom:1px solid '
            f'#e5e5ea"><div style="display:flex;justify-content:center">{p.avatar(s.title, True)}'
            f'</div><div style="font-size:12px;margin-top:3px">{p.t(s.title)} ›</div>'
            + (f'<div style="font-size:11px;color:#8e8e93">{p.t(s.sub)}</div>' if s.sub else "")
            + "</div>"
        )
        p.css += ".av{width:52px;height:52px;font-size:22px}"
    else:
        _top(p, s.title, s.sub)
    chat_body(p, s, avatars="none", style=s.clock, every=s.extra.get("every", 4))
    if ios:
        p.add(
            f'<div class="bot"><div style="font-size:22px;color:#8e8e93">＋</div>'
            f'<div class="in">{p.t("短信")}</div></div>'
        )
    else:
        p.add(
            f'<div class="bot"><div class="in">{p.t("短信")}</div>'
            f'<div class="btn">{p.t("发送")}</div></div>'
        )
    return p


def sms_inbox(s: Screen) -> Page:
    p = Page(s.skin)
    _clock(p, s)
    p.add(f'<div style="padding:14px 18px 6px;font-size:28px;font-weight:700">{p.t("信息")}</div>')
    p.add(
        f'<div style="margin:4px 16px 8px;padding:7px 12px;border-radius:10px;'
        f'background:rgba(128,128,128,.12);font-size:14px;color:#888">{p.t("搜索")}</div>'
    )
    p.add('<div class="list">')
    p.add(
        f'<div class="li"><div class="av" style="background:#6f7b8a">≡</div><div class="main">'
        f'<div class="n1">{p.t("通知信息")}</div><div class="n2">{p.t(s.extra["folder"])}'
        "</div></div></div>"
    )
    for m in s.msgs:
        name = m.shown or m.who
        dot = ""
        if m.kind == "preview":
            dot = '<div style="width:8px;height:8px;border-radius:50%;background:#2f7bff"></div>'
        p.add(
            f'<div class="li">{p.avatar(name, True)}<div class="main"><div class="n1">'
            f'{p.t(name)}</div><div class="n2">{p.t(m.text + ("…" if m.kind == "preview" else ""))}'
            f'</div></div><div class="rt">{p.t(tf.rel(m.at, s.captured, s.clock))}'
            f"<div style='margin-top:6px;display:flex;justify-content:flex-end'>{dot}</div>"
            "</div></div>"
        )
    p.add("</div>")
    return p


def _fmt_number(n: str) -> str:
    if n.startswith("0"):
        return n
    if len(n) == 11:
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    return n


def call_log(s: Screen) -> Page:
    p = Page(s.skin)
    _clock(p, s)
    p.add(
        f'<div style="display:flex;gap:18px;padding:12px 18px 8px;font-size:15px">'
        f'<b>{p.t("全部")}</b><span style="color:#888">{p.t("未接")}</span></div>'
    )
    p.add('<div class="list">')
    for c in s.calls:
        who = c.name or _fmt_number(c.number)
        count = f" ({c.count})" if c.count > 1 else ""
        cls = "miss" if c.kind == "missed" else ""
        tag = f'<span class="tag">{p.t(c.tag)}</span>' if c.tag else ""
        arrow = {"missed": "↙", "in": "↙", "out": "↗"}[c.kind]
        p.add(
            f'<div class="li"><div style="width:14px;color:#999">{arrow}</div><div class="main">'
            f'<div class="n1 {cls}">{p.t(who + count)}</div><div class="n2">{tag}'
            f'{p.t(c.place)}</div></div><div class="rt">{p.t(tf.rel(c.at, s.captured, s.clock))}'
            "</div></div>"
        )
    p.add("</div>")
    _bar(p, "calllog", on="通话记录")
    return p


def call_page(s: Screen) -> Page:
    """One number's page on the phone of the one it called, each call on its own line."""
    p = Page(s.skin)
    _clock(p, s)
    c = s.calls[0]
    p.add(
        f'<div style="text-align:center;padding:18px 0 10px"><div style="display:flex;'
        f'justify-content:center">{p.avatar(c.name or c.number, True)}</div>'
        f'<div style="font-size:24px;font-weight:600;margin-top:10px">'
        f"{p.t(c.name or _fmt_number(c.number))}</div>"
        + (
            f'<div style="font-size:14px;margin-top:4px">{p.t(_fmt_number(c.number))}</div>'
            if c.name
            else ""
        )
        + f'<div style="font-size:13px;color:#8a8f99;margin-top:4px">{p.t(c.place)}</div>'
        + (
            f'<div style="margin-top:8px"><span class="tag">{p.t(c.tag)}</span></div>'
            if c.tag
            else ""
        )
        + "</div>"
    )
    p.css += ".av{width:64px;height:64px;font-size:26px}"
    btns = "".join(f"<div>{p.t(w)}</div>" for w in ("呼叫", "发信息", "拉黑"))
    p.add(
        f'<div style="display:flex;justify-content:space-around;padding:8px 30px 14px;'
        f'font-size:14px">{btns}</div>'
    )
    p.add(f'<div style="padding:8px 18px;font-size:13px;color:#8a8f99">{p.t("通话记录")}</div>')
    p.add('<div class="list">')
    for e in sorted(c.events, reverse=True):
        kind = s.extra.get("kinds", {}).get(e.isoformat(), "未接来电")
        p.add(
            f'<div class="li"><div class="main"><div class="n1" style="font-size:15px">'
            f'{p.t(tf.full(e))}</div></div><div class="rt {"miss" if "未接" in kind else ""}">'
            f"{p.t(kind)}</div></div>"
        )
    p.add("</div>")
    return p


def im_chat(s: Screen) -> Page:
    """企业微信-, 飞书-, 抖音-, 支付宝-, 微博- and family-group-like chats, each its own look."""
    p = Page(s.skin, s.extra.get("height"))
    _clock(p, s)
    app = s.app
    look = {
        "qiwei28": dict(av="both", bar="qiwei_in", top="#f3f4f6", ph="按住说话"),
        "flybook28": dict(av="both", bar=None, top="#ffffff", ph="发送给 " + s.title),
        "shortvid28": dict(av="them", bar="shortvid", top="#161823", ph="发消息"),
        "alichat28": dict(av="both", bar="alichat", top="#1677ff", ph="说点什么"),
        "weibodm28": dict(av="none", bar="weibodm", top="#ffffff", ph="回复"),
        "clan28": dict(av="both", bar="clan_in", top="#ededed", ph=""),
        "workgroup28": dict(av="both", bar="qiwei_in", top="#f3f4f6", ph="按住说话"),
    }[app]
    _top(p, s.title, s.sub)
    if app == "shortvid28":
        p.css += ".top{background:#161823;color:#fff}.row.me .bub{background:#fe2c55}"
    if app == "flybook28":
        p.css += ".bub{font-size:14px;padding:6px 10px}.row{margin:3px 0}"
    if app == "alichat28":
        p.css += ".top{background:#1677ff;color:#fff}.top .back,.top .more{color:#fff}"
    group = bool(s.extra.get("group"))
    chat_body(
        p,
        s,
        avatars=look["av"],
        group=group,
        style=s.clock,
        every=s.extra.get("every", 3),
        photo=app in ("flybook28", "shortvid28"),
    )
    ph = look["ph"]
    if app in ("clan28",):
        p.add(
            f'<div class="bot"><div style="font-size:20px">◎</div><div class="in">&nbsp;</div>'
            f'<div class="btn">{p.t("表情")}</div><div class="btn">{p.t("发送")}</div></div>'
        )
    elif app in ("qiwei28", "workgroup28"):
        p.add(
            f'<div class="bot"><div style="font-size:20px">◎</div><div class="in" '
            f'style="text-align:center">{p.t(ph)}</div><div class="btn">{p.t("发送")}</div>'
            "</div>"
        )
    elif app == "flybook28":
        p.add(f'<div class="bot"><div class="in">{p.t(ph)}</div><div class="btn">＋</div></div>')
    else:
        btn = "发送"
        p.add(
            f'<div class="bot"><div class="in">{p.t(ph)}</div>'
            + (f'<div class="btn">{p.t(btn)}</div>' if btn else "")
            + "</div>"
        )
    return p


def lock(s: Screen) -> Page:
    p = Page(s.skin)
    p.css += (
        "body{background:linear-gradient(160deg,#23324d,#6b4a6e 60%,#c07a5a);color:#fff}"
        ".card{margin:6px 12px;padding:10px 14px;border-radius:16px;background:rgba(255,255,255,"
        ".22);backdrop-filter:blur(8px)}.card .h{display:flex;justify-content:space-between;"
        "font-size:12px;opacity:.85}.card .b{font-size:15px;font-weight:600;margin-top:3px}"
        ".card .x{font-size:14.5px;margin-top:2px;line-height:1.4}"
    )
    _clock(p, s)
    t = s.captured
    p.add(
        f'<div style="text-align:center;margin-top:26px"><div style="font-size:15px">'
        f'{p.t(f"{t.month}月{t.day}日 星期{tf.WEEK[t.weekday()]}")}</div><div style="font-size:'
        f'78px;font-weight:300;line-height:1.1">{t:%H:%M}</div></div>'
        '<div style="height:20px"></div>'
    )
    for m in s.msgs:
        app, title = m.shown.split("|")
        p.add(
            f'<div class="card"><div class="h"><span>{p.t(app)}</span><span>'
            f'{p.t(tf.rel(m.at, s.captured))}</span></div><div class="b">{p.t(title)}</div>'
            f'<div class="x">{p.t(m.text)}</div></div>'
        )
    for c in s.calls:
        p.add(
            f'<div class="card"><div class="h"><span>{p.t("电话")}</span><span>'
            f'{p.t(tf.rel(c.at, s.captured))}</span></div><div class="b">'
            f"{p.t(f'未接来电 ({c.count})' if c.count > 1 else '未接来电')}</div>"
            f'<div class="x">{p.t(c.name or _fmt_number(c.number))} {p.t(c.place)}</div></div>'
        )
    p.add(
        '<div style="flex:1"></div><div style="display:flex;justify-content:space-between;'
        f'padding:0 40px 30px;font-size:13px"><span>⚲</span>{p.t("上滑解锁")}'
        f"{p.t('相机')}</div>"
    )
    return p


def bill(s: Screen) -> Page:
    p = Page(s.skin)
    _clock(p, s)
    e = s.extra
    _top(p, e["app_name"], "")
    p.add(
        f'<div style="margin:14px;padding:18px;border-radius:14px;background:{e["color"]};'
        f'color:#fff"><div style="font-size:13px">{p.t(e["head"])}</div>'
        f'<div style="font-size:34px;font-weight:700;margin:6px 0">{p.t(e["due_total"])}</div>'
        f'<div style="font-size:13px">{p.t(e["overdue"])}</div></div>'
    )
    p.add(f'<div style="margin:0 14px;font-size:15px;font-weight:600">{p.t("账单详情")}</div>')
    p.add('<div style="margin:8px 14px;background:var(--c,#fff);border-radius:12px">')
    for k, v in e["rows"]:
        p.add(
            f'<div class="li" style="padding:11px 14px"><div class="main">{p.t(k)}</div>'
            f'<div style="font-size:15px">{p.t(v)}</div></div>'
        )
    p.add("</div>")
    p.add(
        f'<div style="margin:6px 18px;font-size:12.5px;color:#8a8f99;line-height:1.5">'
        f"{p.t(e['note'])}</div>"
    )
    p.add('<div style="flex:1"></div>')
    p.add(
        f'<div style="margin:0 16px 26px;padding:13px;border-radius:24px;text-align:center;'
        f'background:{e["color"]};color:#fff;font-size:17px">{p.t("立即还款")}</div>'
    )
    return p


def paper(s: Screen) -> Page:
    """A forged 律师函 / 通知 printed on paper, photographed (the photo is made in render)."""
    p = Page("paper28")
    e = s.extra
    p.css += "body{padding:34px 40px;line-height:1.75}"
    p.add(
        f'<div style="text-align:center;font-size:30px;font-weight:700;letter-spacing:10px;'
        f'margin-bottom:14px">{p.t(e["head"])}</div>'
    )
    p.add(f'<div style="text-align:right;font-size:14px">{p.t(e["no"])}</div>')
    for para in e["paras"]:
        p.add(f'<div style="text-indent:2em;margin-top:8px">{p.t(para)}</div>')
    p.add(
        f'<div style="margin-top:26px;text-align:right;position:relative">{p.t(e["sign"])}<br>'
        f'{p.t(e["date"])}<div style="position:absolute;right:30px;top:-30px;width:120px;'
        "height:120px;border:4px solid rgba(200,20,25,.75);border-radius:50%;color:rgba(200,20,25,"
        ".75);display:flex;align-items:center;justify-content:center;font-size:15px;"
        f'transform:rotate(-14deg)">★</div></div>'
    )
    return p


PAGES = {
    "smsthread28": sms_thread,
    "smsinbox28": sms_inbox,
    "calllog28": call_log,
    "callpage28": call_page,
    "lock28": lock,
    "bill28": bill,
    "lawyer28": paper,
}


def page_of(s: Screen) -> Page:
    return PAGES.get(s.app, im_chat)(s)
